import {
  agreementSideSchema,
  amendTermsBodySchema,
  approveAgreementBodySchema,
  approveTerminationBodySchema,
  historyQuerySchema,
  listPartnershipsQuerySchema,
  pageOf,
  partnershipChangeSchema,
  partnershipSummarySchema,
  partnershipViewSchema,
  PARTNERSHIP_PROBLEMS as P,
  proposePartnershipBodySchema,
  proposeTerminationBodySchema,
  setContactsBodySchema,
  suspendPartnershipBodySchema,
  type Role,
  type RpcOperationName,
} from '@scn/contracts';
import { z } from 'zod';
import { defineRoute, type ForwardCheckOf, type RouteAccess, type RouteDeclaration } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';

const TAG = 'partnerships';
const STAFF_AND_ADMINS: readonly Role[] = ['network-staff', 'program-admin'];
const PARTIES: readonly Role[] = ['network-staff', 'program-admin', 'partner-contact'];
const params = z.object({ partnershipId: z.uuid({ message: 'must be a UUID' }) }).strict();

/**
 * The parties of a partnership: staff, the member program's admins, the partner city's
 * contacts. Which partnerships and which side each may act on is the service's decision.
 */
const parties = (roles: readonly Role[] = PARTIES): RouteAccess => ({ kind: 'roles', roles });

/** What a change route sends its operation: the path's partnership id and the body. */
type ChangeRequest<B> = z.output<typeof params> & ([B] extends [z.ZodObject] ? z.output<B> : unknown);

/** A change of one partnership: POST .../<suffix>, answered with the partnership as it now is. */
function changeRoute<O extends RpcOperationName, B extends z.ZodObject | undefined = undefined>(
  route: {
    operationId: string;
    /** The partnerships operation it forwards to (path parameter and body merged). */
    operation: O;
    suffix: string;
    summary: string;
    body?: B;
    roles?: readonly Role[];
    errors: readonly (typeof P)[keyof typeof P][];
  } & ForwardCheckOf<ChangeRequest<B>, O>,
) {
  const declaration: RouteDeclaration = {
    operationId: route.operationId,
    method: 'POST',
    path: `/v1/partnerships/:partnershipId/${route.suffix}`,
    summary: route.summary,
    tag: TAG,
    access: parties(route.roles),
    params,
    body: route.body,
    response: partnershipViewSchema,
    errors: [P.notFound, P.illegalTransition, ...route.errors, ...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: route.operation },
  };
  return declaration;
}

export const PARTNERSHIP_ROUTES = {
  propose: defineRoute({
    operationId: 'proposePartnership',
    method: 'POST',
    path: '/v1/partnerships',
    summary: 'Propose a partnership between a member program’s city and a city abroad (terms become version 1)',
    tag: TAG,
    // A program admin may propose for the programs they administer only (the service checks the body's program).
    access: { kind: 'roles', roles: STAFF_AND_ADMINS },
    body: proposePartnershipBodySchema,
    response: partnershipViewSchema,
    status: 201,
    errors: [P.memberProgramUnknown, P.partnerCityUnknown, P.sameCountry, P.duplicate, P.notYourSide, ...SERVICE_PROBLEMS],
    auditTarget: (_input, result) => (result as { id?: string } | undefined)?.id,
    forward: { service: 'partnerships', operation: 'partnerships.propose' },
  }),
  list: defineRoute({
    operationId: 'listPartnerships',
    method: 'GET',
    path: '/v1/partnerships',
    summary: 'Partnerships the caller may see (staff all; program admins their programs’; partner contacts their city’s)',
    tag: TAG,
    access: { kind: 'roles', roles: PARTIES },
    query: listPartnershipsQuerySchema,
    response: pageOf(partnershipSummarySchema),
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'partnerships.list' },
  }),
  get: defineRoute({
    operationId: 'getPartnership',
    method: 'GET',
    path: '/v1/partnerships/:partnershipId',
    summary: 'One partnership: its versions with their approvals, pending termination, contacts and latest changes',
    tag: TAG,
    access: parties(),
    params,
    response: partnershipViewSchema,
    errors: [P.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'partnerships.get' },
  }),
  history: defineRoute({
    operationId: 'getPartnershipHistory',
    method: 'GET',
    path: '/v1/partnerships/:partnershipId/history',
    summary: 'Every change of a partnership: who, when, what (oldest first)',
    tag: TAG,
    access: parties(),
    params,
    query: historyQuerySchema,
    response: pageOf(partnershipChangeSchema),
    errors: [P.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'partnerships.history' },
  }),
  approve: changeRoute({
    operationId: 'approveAgreement',
    operation: 'partnerships.approve',
    suffix: 'approvals',
    summary: 'Sign the current version for one side (bound to its terms hash); both signatures put it in force',
    body: approveAgreementBodySchema,
    errors: [P.notYourSide, P.staleVersion, P.alreadyApproved, P.signedInFuture],
  }),
  amend: changeRoute({
    operationId: 'amendTerms',
    operation: 'partnerships.amend',
    suffix: 'amendments',
    summary: 'Propose new terms for an active partnership (a new version both sides approve; the old one stays in force)',
    body: amendTermsBodySchema,
    errors: [P.notYourSide, P.termsUnchanged, P.amendmentPending],
  }),
  revert: changeRoute({
    operationId: 'revertAmendment',
    operation: 'partnerships.revert-amendment',
    suffix: 'amendments/revert',
    summary: 'Withdraw the pending amendment: the version in force is current again',
    errors: [P.notYourSide, P.nothingToRevert],
  }),
  suspend: changeRoute({
    operationId: 'suspendPartnership',
    operation: 'partnerships.suspend',
    suffix: 'suspension',
    summary: 'Suspend an active partnership (staff or the member program)',
    body: suspendPartnershipBodySchema,
    roles: STAFF_AND_ADMINS,
    errors: [P.notYourSide],
  }),
  reactivate: changeRoute({
    operationId: 'reactivatePartnership',
    operation: 'partnerships.reactivate',
    suffix: 'reactivation',
    summary: 'Reactivate a suspended partnership (staff or the member program)',
    roles: STAFF_AND_ADMINS,
    errors: [P.notYourSide],
  }),
  proposeTermination: changeRoute({
    operationId: 'proposeTermination',
    operation: 'partnerships.propose-termination',
    suffix: 'termination',
    summary: 'Propose to end the partnership for one side (a never-signed one is withdrawn at once; staff may end it at once)',
    body: proposeTerminationBodySchema,
    errors: [P.notYourSide, P.terminationPending, P.staffOnly],
  }),
  approveTermination: changeRoute({
    operationId: 'approveTermination',
    operation: 'partnerships.approve-termination',
    suffix: 'termination/approval',
    summary: 'Approve the termination the other side proposed: the partnership ends',
    body: approveTerminationBodySchema,
    errors: [P.notYourSide, P.noTerminationPending, P.ownTermination],
  }),
  setContacts: defineRoute({
    operationId: 'setContacts',
    method: 'PUT',
    path: '/v1/partnerships/:partnershipId/contacts/:side',
    summary: 'Replace one side’s contacts (no re-approval needed: contacts are not terms)',
    tag: TAG,
    access: parties(),
    params: params.extend({ side: agreementSideSchema }).strict(),
    body: setContactsBodySchema,
    response: partnershipViewSchema,
    errors: [P.notFound, P.illegalTransition, P.notYourSide, ...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'partnerships.set-contacts' },
  }),
} as const;
