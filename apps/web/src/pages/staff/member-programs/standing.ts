import type { components } from '../../../api/api-types.generated';

type MemberProgram = Pick<components['schemas']['MemberProgram'], 'inGoodStanding' | 'membership' | 'duesPaidThrough'>;

/**
 * Why a member program is, or is not, in good standing: a member whose dues are paid
 * through the current year is (the service decides, `inGoodStanding`); otherwise the first
 * reason that applies is shown, so staff know what to chase.
 */
export type Standing =
  | { kind: 'good' }
  | { kind: 'not-member'; membership: 'lapsed' | 'withdrawn' }
  | { kind: 'no-dues' }
  | { kind: 'dues-behind'; paidThrough: number };

export function standingOf(program: MemberProgram): Standing {
  if (program.inGoodStanding) return { kind: 'good' };
  if (program.membership !== 'member') return { kind: 'not-member', membership: program.membership };
  if (program.duesPaidThrough === null) return { kind: 'no-dues' };
  return { kind: 'dues-behind', paidThrough: program.duesPaidThrough };
}
