import { PARTNERSHIP_PROBLEMS as P, type AgreementSide } from '@scn/contracts';
import { problemError } from '@scn/platform/errors';
import type { PartnershipStatus } from './partnership.state';

/** The refusals of the partnership lifecycle, each with its stable code (listed in PARTNERSHIP_PROBLEMS). */
export const PartnershipErrors = {
  notFound: (id: string) => problemError(P.notFound, `No partnership ${id}`),
  illegalTransition: (status: PartnershipStatus, action: string) =>
    problemError(P.illegalTransition, `A ${status} partnership cannot be ${action}`, [
      { field: 'status', rule: 'transition', message: `${status}: cannot be ${action}` },
    ]),
  notYourSide: (side: AgreementSide) => problemError(P.notYourSide, `You do not act for the ${side} side of this partnership`),
  notAParty: () => problemError(P.notYourSide, 'You act for neither side of this partnership'),
  staleVersion: (version: number, termsHash: string) =>
    problemError(P.staleVersion, `The current version is ${version} (terms hash ${termsHash}): approve that one`, [
      // `message` is the current value, as API clients read it; `params.current` says the same for a client that words the rule itself.
      { field: 'version', rule: 'current', message: String(version), params: { current: version } },
      { field: 'termsHash', rule: 'current', message: termsHash, params: { current: termsHash } },
    ]),
  alreadyApproved: (side: AgreementSide, version: number) =>
    problemError(P.alreadyApproved, `The ${side} side has already approved version ${version}`),
  termsUnchanged: (version: number) => problemError(P.termsUnchanged, `These terms are those of version ${version}, in force`),
  amendmentPending: (version: number) =>
    problemError(P.amendmentPending, `Version ${version} waits for approval: approve or revert it before amending again`),
  nothingToRevert: () => problemError(P.nothingToRevert, 'No amendment is pending'),
  terminationPending: (side: AgreementSide) =>
    problemError(P.terminationPending, `The ${side} side already proposed a termination: the other side approves it`),
  noTerminationPending: () => problemError(P.noTerminationPending, 'No termination has been proposed'),
  ownTermination: (side: AgreementSide) =>
    problemError(P.ownTermination, `The ${side} side proposed this termination: the other side must approve it`),
  staffOnly: () => problemError(P.staffOnly, 'Only network staff may terminate a partnership at once'),
  signedInFuture: (signedOn: string) =>
    problemError(P.signedInFuture, `The signing date ${signedOn} is in the future`, [
      { field: 'signedOn', rule: 'not_future', message: 'must not be in the future' },
    ]),
  memberProgramUnknown: (id: string) => problemError(P.memberProgramUnknown, `No member program ${id} that you may act for`),
  partnerCityUnknown: (id: string) => problemError(P.partnerCityUnknown, `No city ${id} in the gazetteer`),
  sameCountry: (countryCode: string) =>
    problemError(P.sameCountry, `The partner city is in ${countryCode}, like the member city: partners are abroad`),
  duplicate: (existingId: string) =>
    problemError(P.duplicate, `Partnership ${existingId} already links these two cities`, [
      { field: 'partnerCityId', rule: 'unique', message: existingId, params: { partnershipId: existingId } },
    ]),
};
