import { PARTNERSHIP_PROBLEMS as P, type AgreementSide } from '@scn/contracts';
import { DomainError, type ErrorKind } from '@scn/platform';
import type { PartnershipStatus } from './partnership.state';

const KIND_BY_STATUS: Record<number, ErrorKind> = { 400: 'invalid', 403: 'forbidden', 404: 'not-found', 409: 'conflict' };

function fail(problem: { code: string; status: number }, message: string, details?: DomainError['details']): DomainError {
  return new DomainError(problem.code, KIND_BY_STATUS[problem.status] ?? 'invalid', message, details);
}

/** The refusals of the partnership lifecycle, each with its stable code (listed in PARTNERSHIP_PROBLEMS). */
export const PartnershipErrors = {
  notFound: (id: string) => fail(P.notFound, `No partnership ${id}`),
  illegalTransition: (status: PartnershipStatus, action: string) =>
    fail(P.illegalTransition, `A ${status} partnership cannot be ${action}`, [
      { field: 'status', rule: 'transition', message: `${status}: cannot be ${action}` },
    ]),
  notYourSide: (side: AgreementSide) => fail(P.notYourSide, `You do not act for the ${side} side of this partnership`),
  notAParty: () => fail(P.notYourSide, 'You act for neither side of this partnership'),
  staleVersion: (version: number, termsHash: string) =>
    fail(P.staleVersion, `The current version is ${version} (terms hash ${termsHash}): approve that one`, [
      { field: 'version', rule: 'current', message: String(version) },
      { field: 'termsHash', rule: 'current', message: termsHash },
    ]),
  alreadyApproved: (side: AgreementSide, version: number) =>
    fail(P.alreadyApproved, `The ${side} side has already approved version ${version}`),
  termsUnchanged: (version: number) => fail(P.termsUnchanged, `These terms are those of version ${version}, in force`),
  amendmentPending: (version: number) =>
    fail(P.amendmentPending, `Version ${version} waits for approval: approve or revert it before amending again`),
  nothingToRevert: () => fail(P.nothingToRevert, 'No amendment is pending'),
  terminationPending: (side: AgreementSide) =>
    fail(P.terminationPending, `The ${side} side already proposed a termination: the other side approves it`),
  noTerminationPending: () => fail(P.noTerminationPending, 'No termination has been proposed'),
  ownTermination: (side: AgreementSide) =>
    fail(P.ownTermination, `The ${side} side proposed this termination: the other side must approve it`),
  staffOnly: () => fail(P.staffOnly, 'Only network staff may terminate a partnership at once'),
  signedInFuture: (signedOn: string) =>
    fail(P.signedInFuture, `The signing date ${signedOn} is in the future`, [
      { field: 'signedOn', rule: 'not_future', message: 'must not be in the future' },
    ]),
  memberProgramUnknown: (id: string) => fail(P.memberProgramUnknown, `No member program ${id} that you may act for`),
  partnerCityUnknown: (id: string) => fail(P.partnerCityUnknown, `No city ${id} in the gazetteer`),
  sameCountry: (countryCode: string) =>
    fail(P.sameCountry, `The partner city is in ${countryCode}, like the member city: partners are abroad`),
  duplicate: (existingId: string) =>
    fail(P.duplicate, `Partnership ${existingId} already links these two cities`, [
      { field: 'partnerCityId', rule: 'unique', message: existingId },
    ]),
};
