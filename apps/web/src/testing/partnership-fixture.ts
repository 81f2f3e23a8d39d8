import type { components } from '../api/api-types.generated';

// A partnership as the API answers it (`GET /v1/partnerships/{id}`), for the component tests
// of the pages that show one: Nagoya (the member city) and Lyon (the partner city), version
// 1 in force, signed by both sides.

export type Partnership = components['schemas']['Partnership'];
export type Version = Partnership['versions'][number];

export const PARTNERSHIP_ID = '5f0c8d2e-1b7a-4c3d-9e8f-0a1b2c3d4e5f';

export const agreementVersion = (n: number, state: Version['state'], approvals: Version['approvals'] = []): Version => ({
  version: n,
  terms: { title: 'Sister cities', kind: 'sister_city', focusAreas: [], text: `Terms of version ${n}`, commitments: [] },
  termsHash: String(n).repeat(64),
  state,
  createdBy: null,
  createdAt: '2026-12-01T09:00:00Z',
  approvals,
});

export function partnershipFixture(overrides: Partial<Partnership> = {}): Partnership {
  return {
    id: PARTNERSHIP_ID,
    memberProgramId: '00000000-0000-4000-8000-0000000000b2',
    memberCityId: 'gn:1856057',
    partnerCityId: 'gn:2996944',
    memberCity: { id: 'gn:1856057', name: 'Nagoya', countryCode: 'JP' },
    partnerCity: { id: 'gn:2996944', name: 'Lyon', countryCode: 'FR' },
    kind: 'sister_city',
    focusAreas: [],
    status: 'active',
    startDate: '2026-03-01',
    currentVersion: 1,
    inForceVersion: 1,
    awaitingApproval: [],
    revision: 3,
    updatedAt: '2026-12-01T09:00:00Z',
    pendingTermination: null,
    memberContacts: [],
    partnerContacts: [],
    versions: [agreementVersion(1, 'in_force')],
    history: { total: 3, recent: [] },
    createdAt: '2026-03-01T09:00:00Z',
    ...overrides,
  };
}

/** What the mocked `api.POST`/`api.PUT` resolve to: the answer openapi-fetch gives `unwrap`. */
export const answered = (data: unknown) => ({ data, response: { ok: true, status: 200, statusText: 'OK' } });
export const refused = (problem: { status: number; code: string; detail: string; errors?: Array<{ field: string; rule: string; message: string }> }) => ({
  error: { type: 'about:blank', title: 'Refused', correlationId: 'corr-9', ...problem },
  response: { ok: false, status: problem.status, statusText: 'Refused' },
});
