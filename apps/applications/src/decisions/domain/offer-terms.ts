import type { AgreementSide } from '@scn/contracts';
import type { KnownProgramState } from '../../known-programs/domain/known-program';

/**
 * The deadline of an offer made `now`: the program's response deadline when it names one
 * still ahead and the offer is the release's; otherwise (a promotion from a waitlist, or a
 * deadline already past) `hours` from now, so every offer has time to be answered.
 */
export function offerDeadline(program: Pick<KnownProgramState, 'offerResponseDeadline'> | null, now: Date, hours: number, promoted: boolean): Date {
  const named = program?.offerResponseDeadline;
  if (!promoted && named && named.getTime() > now.getTime()) return named;
  return new Date(now.getTime() + hours * 3_600_000);
}

/** Places of a program's side: its capacity there, none for the side a one-way program does not take. */
export function placesOf(program: Pick<KnownProgramState, 'direction' | 'capacityMember' | 'capacityPartner'>, side: AgreementSide): number {
  if (side === 'member') return program.direction === 'from_partner' ? 0 : program.capacityMember;
  return program.direction === 'to_partner' ? 0 : program.capacityPartner;
}

/** The city on `hostSide` of a program's partnership: it hosts the participants travelling from the other side. */
export function hostCityOf(program: Pick<KnownProgramState, 'memberCityId' | 'partnerCityId'>, hostSide: AgreementSide): string | null {
  return hostSide === 'partner' ? program.partnerCityId : program.memberCityId;
}
