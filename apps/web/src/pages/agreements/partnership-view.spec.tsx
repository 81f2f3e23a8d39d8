import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IntlProvider } from 'react-intl';
import type { components } from '../../api/api-types.generated';
import { api } from '../../api/client';
import en from '../../testing/english-messages';
import { PartnershipView, versionAwaitingSide } from './partnership-view';

// The API client is replaced (a component test; the browser test runs the same flow on the
// real platform). The history's read never answers: it is not what is tested here.
jest.mock('../../api/client', () => ({
  ...jest.requireActual('../../api/client'),
  api: { POST: jest.fn(), GET: jest.fn(() => new Promise(() => undefined)) },
}));
const post = api.POST as unknown as jest.Mock;

type Partnership = components['schemas']['Partnership'];
type Version = Partnership['versions'][number];

const version = (n: number, state: Version['state'], approvals: Version['approvals'] = []): Version => ({
  version: n,
  terms: { title: 'Sister cities', kind: 'sister_city', focusAreas: [], text: `Terms of version ${n}`, commitments: [] },
  termsHash: String(n).repeat(64),
  state,
  createdBy: null,
  createdAt: '2026-12-01T09:00:00Z',
  approvals,
});
const partnership = (currentVersion: number, versions: Version[]): Partnership => ({
  id: '5f0c8d2e-1b7a-4c3d-9e8f-0a1b2c3d4e5f',
  memberProgramId: null,
  memberCityId: 'gn:1856057',
  partnerCityId: 'gn:2996944',
  memberCity: { id: 'gn:1856057', name: 'Nagoya', countryCode: 'JP' },
  partnerCity: { id: 'gn:2996944', name: 'Lyon', countryCode: 'FR' },
  kind: 'sister_city',
  focusAreas: [],
  status: 'active',
  startDate: '2026-03-01',
  currentVersion,
  inForceVersion: 1,
  awaitingApproval: [],
  revision: 1,
  updatedAt: '2026-12-01T09:00:00Z',
  pendingTermination: null,
  memberContacts: [],
  partnerContacts: [],
  versions,
  history: { total: 0, recent: [] },
  createdAt: '2026-12-01T09:00:00Z',
});
const signed = { side: 'partner' as const, termsHash: '2'.repeat(64), signatoryName: 'G', signatoryOffice: 'Mayor', signedOn: '2026-12-01', documentRef: null, approvedBy: null, approvedAt: '2026-12-01T09:00:00Z' };

function renderView(initial: Partnership, ownSide: 'member' | 'partner' = 'partner') {
  const queryClient = new QueryClient();
  const view = (shown: Partnership) => (
    <MantineProvider>
      <IntlProvider locale="en" messages={en}>
        <QueryClientProvider client={queryClient}>
          <PartnershipView partnership={shown} ownSide={ownSide} />
        </QueryClientProvider>
      </IntlProvider>
    </MantineProvider>
  );
  const { rerender } = render(view(initial));
  return (next: Partnership) => rerender(view(next));
}

describe('the partnership page', () => {
  it('offers to approve only the current version, while it waits for the partner side', () => {
    expect(versionAwaitingSide(partnership(2, [version(2, 'draft'), version(1, 'in_force')]), 'partner')?.version).toBe(2);
    expect(versionAwaitingSide(partnership(2, [version(2, 'draft', [signed]), version(1, 'in_force')]), 'partner')).toBeNull();
    expect(versionAwaitingSide(partnership(1, [version(1, 'in_force')]), 'partner')).toBeNull();
    expect(versionAwaitingSide({ ...partnership(2, [version(2, 'draft'), version(1, 'in_force')]), status: 'terminated' }, 'partner')).toBeNull();
    // The partner side's signature leaves the member side's to give.
    expect(versionAwaitingSide(partnership(2, [version(2, 'draft', [signed]), version(1, 'in_force')]), 'member')?.version).toBe(2);
  });

  it('replaces the refused form by one for the newer terms once they are read again', async () => {
    const show = renderView(partnership(2, [version(2, 'draft'), version(1, 'in_force')]));
    post.mockResolvedValue({
      error: { type: 'about:blank', title: 'Conflict', status: 409, detail: 'The current version is 3.', code: 'PARTNERSHIP.STALE_VERSION', correlationId: 'c' },
      response: { ok: false, status: 409, statusText: 'Conflict' },
    });
    await userEvent.type(screen.getByRole('textbox', { name: /Name of the signatory/ }), 'G');
    await userEvent.type(screen.getByRole('textbox', { name: /Office of the signatory/ }), 'Mayor');
    await userEvent.click(screen.getByRole('button', { name: 'Approve version 2' }));
    await screen.findByText('The terms have changed');

    show(partnership(3, [version(3, 'draft'), version(2, 'withdrawn'), version(1, 'in_force')]));
    expect(Array.from(document.querySelectorAll('form h2')).map((title) => title.textContent)).toEqual(['Approve version 3']);
    expect(screen.queryByText('The terms have changed')).toBeNull();
  });

  it('lets the member program’s admin sign for the member side, naming their own city first', async () => {
    post.mockResolvedValue({ data: partnership(2, [version(2, 'in_force'), version(1, 'superseded')]), response: { ok: true, status: 200, statusText: 'OK' } });
    renderView(partnership(2, [version(2, 'draft', [signed]), version(1, 'in_force')]), 'member');
    expect(screen.getByRole('heading', { level: 1, name: 'Nagoya – Lyon' })).toBeTruthy();
    expect(screen.getByText(/Approved for the partner city by G \(Mayor\)/)).toBeTruthy();
    expect(screen.getAllByText('Not yet approved by your city').length).toBeGreaterThan(0);
    await userEvent.type(screen.getByRole('textbox', { name: /Name of the signatory/ }), 'Takashi Kawamura');
    await userEvent.type(screen.getByRole('textbox', { name: /Office of the signatory/ }), 'Mayor');
    await userEvent.click(screen.getByRole('button', { name: 'Approve version 2' }));
    expect(post).toHaveBeenCalledWith('/v1/partnerships/{partnershipId}/approvals', {
      params: { path: { partnershipId: '5f0c8d2e-1b7a-4c3d-9e8f-0a1b2c3d4e5f' } },
      body: expect.objectContaining({ side: 'member', version: 2, termsHash: '2'.repeat(64), signatoryName: 'Takashi Kawamura' }),
    });
  });

  it('offers each side what the API lets it do: the member side suspends, both amend, end it and edit their own contacts', () => {
    renderView(partnership(1, [version(1, 'in_force')]), 'member');
    expect(screen.getByRole('button', { name: 'Suspend' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Amend the terms' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Propose to end the partnership' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit the contacts of Nagoya (your city)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /contacts of Lyon/ })).toBeNull();
  });

  it('shows the partner side the ending the member side proposed, to approve, and nothing more to propose', () => {
    renderView({ ...partnership(1, [version(1, 'in_force')]), pendingTermination: { side: 'member', reason: 'Dormant since 2019.', proposedBy: null, at: '2026-12-04T10:30:00Z' } });
    const notice = screen.getByRole('region', { name: 'Ending proposed: awaits your approval' });
    expect(notice.textContent).toContain('the member city proposed to end the partnership');
    expect(screen.getByRole('button', { name: 'Approve the ending' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Propose to end the partnership' })).toBeNull();
    // A partner contact does not suspend (the member side does), and amends the terms as the member side does.
    expect(screen.queryByRole('button', { name: 'Suspend' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Amend the terms' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit the contacts of Lyon (your city)' })).toBeTruthy();
  });
});
