import { registerMemberProgramBodySchema } from '@scn/contracts/partnerships/member-programs.rpc';
import type { z } from 'zod';
import type { components } from '../../../api/api-types.generated';

type MemberProgram = components['schemas']['MemberProgram'];

/**
 * What staff write of a member program besides its city and membership: its name, website
 * and contacts, checked by the rules the API registers and updates them with (the register
 * schema's, which the update's share).
 */
export const memberProgramDetailsSchema = registerMemberProgramBodySchema.pick({ name: true, website: true, contacts: true });
export type DetailsInput = z.input<typeof memberProgramDetailsSchema>;
export type DetailsBody = z.output<typeof memberProgramDetailsSchema>;

/** As many contacts as the API keeps for a program. */
export const MAX_CONTACTS = 20;
export const CONTACT_FIELDS = ['name', 'role', 'email', 'phone', 'language'] as const;

export const emptyDetails = (): DetailsInput => ({ name: '', website: null, contacts: [] });

/** The form's values for a program as the API shows it. */
export function detailsOf(program: MemberProgram): DetailsInput {
  return { name: program.name, website: program.website, contacts: program.contacts.map((contact) => ({ ...contact })) };
}

/** The form paths that have a field, for the API's field errors (`contacts.1.email`). */
export function detailPaths(contactCount: number): Set<string> {
  const contacts = Array.from({ length: contactCount }, (_, index) => CONTACT_FIELDS.map((field) => `contacts.${index}.${field}`));
  return new Set(['name', 'website', ...contacts.flat()]);
}
