import type { EventNotice } from './event-notice';
import type { AnyMemberProgramEvent } from './followed-events';

/** What the notices read of a member program (a row of `known_member_programs` fits). */
export interface NoticedMemberProgram {
  id: string;
  name: string;
  inGoodStanding: boolean;
  duesPaidThrough: number | null;
}

/**
 * What a member program event tells, or null for none: a new program is welcomed (its
 * admins and contacts) and staff hear of it; a change of good standing is told to the
 * program and staff; plain updates only refresh the read model (and the dues reminder).
 */
export function memberProgramNoticeOf(event: AnyMemberProgramEvent, program: NoticedMemberProgram): EventNotice | null {
  const audience = [{ kind: 'member-program' as const, memberProgramId: program.id }, { kind: 'staff' as const }];
  const webhooks = { kind: 'network' as const };
  if (event.type === 'member-program.registered.v1') {
    return { type: 'member-program.registered', facts: { memberProgramId: program.id, name: program.name }, audience, webhooks };
  }
  if (event.type === 'member-program.standing-changed.v1') {
    return {
      type: 'member-program.standing-changed',
      facts: { memberProgramId: program.id, name: program.name, inGoodStanding: program.inGoodStanding, duesPaidThrough: program.duesPaidThrough },
      audience,
      webhooks,
    };
  }
  return null;
}
