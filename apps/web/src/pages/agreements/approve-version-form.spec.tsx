import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../api/api-types.generated';
import { api } from '../../api/client';
import { renderWithProviders } from '../../testing/render-with-providers';
import { ApproveVersionForm } from './approve-version-form';

// The API client is replaced (a component test; the browser test approves on the real
// platform); `unwrap` stays real.
jest.mock('../../api/client', () => ({ ...jest.requireActual('../../api/client'), api: { POST: jest.fn() } }));
const post = api.POST as unknown as jest.Mock;

const PARTNERSHIP_ID = '5f0c8d2e-1b7a-4c3d-9e8f-0a1b2c3d4e5f';
const version: components['schemas']['AgreementVersion'] = {
  version: 2,
  terms: { title: 'Sister cities', kind: 'sister_city', focusAreas: [], text: 'We agree.', commitments: [] },
  termsHash: 'a'.repeat(64),
  state: 'draft',
  createdBy: null,
  createdAt: '2026-12-01T09:00:00Z',
  approvals: [],
};

async function sign() {
  await userEvent.type(screen.getByRole('textbox', { name: /Name of the signatory/ }), 'Grégory Doucet');
  await userEvent.type(screen.getByRole('textbox', { name: /Office of the signatory/ }), 'Mayor');
  await userEvent.click(screen.getByRole('button', { name: 'Approve version 2' }));
}

const onApproved = jest.fn();
beforeEach(() => {
  post.mockReset();
  onApproved.mockReset();
});

describe('approving a version of the terms', () => {
  it('signs the version shown, bound to the hash of its terms, for the partner side', async () => {
    post.mockResolvedValue({ data: {}, response: { ok: true, status: 200, statusText: 'OK' } });
    renderWithProviders(<ApproveVersionForm partnershipId={PARTNERSHIP_ID} version={version} side="partner" onApproved={onApproved} />);
    await sign();
    expect(post).toHaveBeenCalledWith('/v1/partnerships/{partnershipId}/approvals', {
      params: { path: { partnershipId: PARTNERSHIP_ID } },
      body: expect.objectContaining({ version: 2, termsHash: version.termsHash, side: 'partner', signatoryName: 'Grégory Doucet', signatoryOffice: 'Mayor' }),
    });
    await waitFor(() => expect(onApproved).toHaveBeenCalledWith(2));
  });

  it('says so when the terms changed meanwhile, and approves nothing', async () => {
    const stale = {
      type: 'urn:scn:problem:partnership.stale-version',
      title: 'Conflict',
      status: 409,
      detail: 'Version 2 is not the current version (3).',
      code: 'PARTNERSHIP.STALE_VERSION',
      correlationId: 'corr-7',
    };
    post.mockResolvedValue({ error: stale, response: { ok: false, status: 409, statusText: 'Conflict' } });
    renderWithProviders(<ApproveVersionForm partnershipId={PARTNERSHIP_ID} version={version} side="partner" onApproved={onApproved} />);
    await sign();
    expect(await screen.findByText('The terms have changed')).toBeTruthy();
    expect(screen.getByText(/Nothing was approved/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show the current terms' })).toBeTruthy();
    expect(onApproved).not.toHaveBeenCalled();
  });

  it('asks for the signatory before sending anything', async () => {
    renderWithProviders(<ApproveVersionForm partnershipId={PARTNERSHIP_ID} version={version} side="partner" onApproved={onApproved} />);
    await userEvent.click(screen.getByRole('button', { name: 'Approve version 2' }));
    expect(post).not.toHaveBeenCalled();
  });
});
