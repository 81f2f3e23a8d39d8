import {
  APPLICANT_PROBLEMS as AP,
  GUARDIAN_CONSENT_PROBLEMS as P,
  SIGNED_LINK_PROBLEMS as LP,
  guardianConsentRequestSchema,
  guardianConsentSchema,
  tokenParamsSchema,
} from '@scn/contracts';
import { defineRoute } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';

// A minor's guardian consents by an emailed, signed, expiring link (issue #13). The consent
// has a controller (guardian-consent.controller.ts): the gateway passes on the client address.

const TAG = 'applications';
const NO_STORE = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } as const;

export const GUARDIAN_CONSENT_ROUTES = {
  request: defineRoute({
    operationId: 'requestGuardianConsent',
    method: 'POST',
    path: '/v1/me/applicant-profile/guardian-consent-request',
    summary:
      'Send your guardian a (new) link to consent, for the programs you apply to whose travel starts before you turn 18 ' +
      '(submitting asks once by itself; a new link replaces the last). Consent already given is not asked again.',
    tag: TAG,
    access: { kind: 'roles', roles: ['applicant'] },
    response: guardianConsentSchema,
    errors: [AP.noProfile, P.notNeeded, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'guardian-consents.request-mine' },
  }),
  get: defineRoute({
    operationId: 'getGuardianConsentRequest',
    method: 'GET',
    path: '/v1/guardian-consents/:token',
    summary: 'For a guardian, by their emailed link: whose consent is asked, for which programs, and whether it was given',
    tag: TAG,
    access: { kind: 'public' },
    params: tokenParamsSchema,
    response: guardianConsentRequestSchema,
    secretPath: true,
    responseHeaders: NO_STORE,
    errors: [LP.invalid, LP.expired, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'guardian-consents.get-by-token' },
  }),
  give: defineRoute({
    operationId: 'giveGuardianConsent',
    method: 'POST',
    path: '/v1/guardian-consents/:token',
    summary: 'For a guardian, by their emailed link: consent (recorded with the time and your network address; consenting again changes nothing)',
    tag: TAG,
    access: { kind: 'public' },
    params: tokenParamsSchema,
    response: guardianConsentRequestSchema,
    secretPath: true,
    responseHeaders: NO_STORE,
    errors: [LP.invalid, LP.expired, ...SERVICE_PROBLEMS],
  }),
};
