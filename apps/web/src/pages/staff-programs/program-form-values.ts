import { createExchangeProgramBodySchema } from '@scn/contracts/exchanges/exchange-programs.rpc';
import type { z } from 'zod';
import type { ManagedProgram } from './staff-queries';

// The program form edits the very body the API takes (the contract's schema validates it
// in the browser as the gateway will), so the API's field errors (`body.capacity.member`)
// land on the field of the same path.

export const programBodySchema = createExchangeProgramBodySchema;
export type ProgramFormValues = z.input<typeof programBodySchema>;
export type ProgramBody = z.output<typeof programBodySchema>;

/** Every path the form shows a field for: a field error elsewhere is listed in the alert. */
export const PROGRAM_FORM_PATHS: ReadonlySet<string> = new Set([
  'partnershipId',
  'season',
  'category',
  'title',
  'description',
  'languages',
  'direction',
  'travelStart',
  'travelEnd',
  'applicationOpensAt',
  'applicationClosesAt',
  'decisionReleaseAt',
  'offerResponseDeadline',
  'capacity.member',
  'capacity.partner',
  'costs.amount',
  'costs.currency',
  'costs.covers',
  'eligibility.minAge',
  'eligibility.maxAge',
  'eligibility.residence',
  'eligibility.languages',
  'eligibility.requiredDocuments',
  'eligibility.maxApplicationsPerSeason',
]);

/** A new program's starting values: next year's season, empty where staff must decide. */
export function newProgramValues(now = new Date()): ProgramFormValues {
  const season = now.getFullYear() + 1;
  return {
    partnershipId: '',
    season,
    category: 'youth-education',
    title: '',
    description: '',
    languages: [],
    direction: 'reciprocal',
    travelStart: '',
    travelEnd: '',
    applicationOpensAt: '',
    applicationClosesAt: '',
    decisionReleaseAt: null,
    offerResponseDeadline: null,
    capacity: { member: 0, partner: 0 },
    costs: { amount: 0, currency: 'EUR', covers: [] },
    eligibility: { minAge: 16, maxAge: 30, residence: 'member-city', languages: [], requiredDocuments: [], maxApplicationsPerSeason: 1 },
  };
}

/** A saved program as the form edits it. */
export function programValues(program: ManagedProgram): ProgramFormValues {
  return {
    partnershipId: program.partnershipId,
    season: program.season,
    category: program.category,
    title: program.title,
    description: program.description,
    languages: program.languages,
    direction: program.direction,
    travelStart: program.travelStart,
    travelEnd: program.travelEnd,
    applicationOpensAt: program.applicationOpensAt,
    applicationClosesAt: program.applicationClosesAt,
    decisionReleaseAt: program.decisionReleaseAt,
    offerResponseDeadline: program.offerResponseDeadline,
    capacity: { ...program.capacity },
    costs: { amount: program.costs.amount, currency: program.costs.currency, covers: program.costs.covers ?? [] },
    eligibility: { ...program.eligibility },
  };
}

/** What an edit sends: every editable field (the partnership is fixed once created). */
export function updateBody(body: ProgramBody): Omit<ProgramBody, 'partnershipId'> {
  const { partnershipId: _fixed, ...editable } = body;
  return editable;
}
