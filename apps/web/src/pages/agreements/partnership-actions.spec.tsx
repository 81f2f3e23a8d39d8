import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '../../api/client';
import { answered, PARTNERSHIP_ID, partnershipFixture, refused } from '../../testing/partnership-fixture';
import { renderWithProviders } from '../../testing/render-with-providers';
import { PartnershipActions } from './partnership-actions';

// The API client is replaced (a component test; the browser test suspends, reactivates and
// proposes the ending on the real platform); `unwrap` stays real.
jest.mock('../../api/client', () => ({ ...jest.requireActual('../../api/client'), api: { POST: jest.fn() } }));
const post = api.POST as unknown as jest.Mock;

const onChanged = jest.fn();
beforeEach(() => {
  post.mockReset();
  onChanged.mockReset();
});

const proposedByPartner = partnershipFixture({
  pendingTermination: { side: 'partner', reason: 'Our council ended its twinning programme.', proposedBy: null, at: '2026-12-04T10:30:00Z' },
});
const ended = partnershipFixture({
  status: 'terminated',
  history: {
    total: 5,
    recent: [{ id: '5', at: '2026-12-05T08:00:00Z', actorId: null, action: 'terminated', details: { reason: 'Our council ended its twinning programme.', how: 'approved by the member side', side: 'member' } }],
  },
});

describe('a party proposing to end a partnership', () => {
  it('asks in a dialog that says what follows, sends nothing without a reason, then proposes it for their own side', async () => {
    post.mockResolvedValue(answered(proposedByPartner));
    renderWithProviders(<PartnershipActions partnership={partnershipFixture()} actor={{ staff: false, side: 'partner' }} onChanged={onChanged} />);
    // A partner contact neither suspends nor ends a partnership at once.
    expect(screen.queryByRole('button', { name: 'Suspend' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Terminate' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Propose to end the partnership' }));
    const dialog = await screen.findByRole('dialog', { name: 'Propose to end this partnership?' });
    expect(dialog.textContent).toContain('The partnership ends once the member city approves the ending');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Propose the ending' }));
    expect(await within(dialog).findByText('Say why (both sides will read it)')).toBeTruthy();
    expect(post).not.toHaveBeenCalled();

    await userEvent.type(within(dialog).getByLabelText(/Reason/), '  Our council ended its twinning programme.  ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Propose the ending' }));
    await waitFor(() =>
      expect(post).toHaveBeenCalledWith('/v1/partnerships/{partnershipId}/termination', {
        params: { path: { partnershipId: PARTNERSHIP_ID } },
        body: { side: 'partner', reason: 'Our council ended its twinning programme.' },
      }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(proposedByPartner));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('lets the member program’s admin suspend as well, and withdraw at once a partnership never in force', async () => {
    const proposed = partnershipFixture({ status: 'proposed', inForceVersion: null, startDate: null, versions: [] });
    post.mockResolvedValue(answered({ ...proposed, status: 'terminated' }));
    const { unmount } = renderWithProviders(<PartnershipActions partnership={partnershipFixture()} actor={{ staff: false, side: 'member' }} onChanged={onChanged} />);
    expect(screen.getByRole('button', { name: 'Suspend' })).toBeTruthy();
    unmount();

    renderWithProviders(<PartnershipActions partnership={proposed} actor={{ staff: false, side: 'member' }} onChanged={onChanged} />);
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw this proposal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw the proposed partnership?' });
    expect(dialog.textContent).toContain('it ends at once, for both sides');
    expect(dialog.textContent).toContain('The reason is shown to the partner city.');
    await userEvent.type(within(dialog).getByLabelText(/Reason/), 'Proposed by mistake.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Withdraw it' }));
    await waitFor(() =>
      expect(post).toHaveBeenCalledWith('/v1/partnerships/{partnershipId}/termination', expect.objectContaining({ body: { side: 'member', reason: 'Proposed by mistake.' } })),
    );
  });

  it('offers nothing more while an ending waits, and keeps the dialog open with the API’s refusal', async () => {
    const { unmount } = renderWithProviders(<PartnershipActions partnership={proposedByPartner} actor={{ staff: false, side: 'partner' }} onChanged={onChanged} />);
    expect(screen.queryByRole('button')).toBeNull();
    unmount();

    post.mockResolvedValue(refused({ status: 409, code: 'PARTNERSHIP.TERMINATION_PENDING', detail: 'The member side already proposed a termination: the other side approves it' }));
    renderWithProviders(<PartnershipActions partnership={partnershipFixture()} actor={{ staff: false, side: 'partner' }} onChanged={onChanged} />);
    await userEvent.click(screen.getByRole('button', { name: 'Propose to end the partnership' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/Reason/), 'Dormant for years.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Propose the ending' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('the other side approves it');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('keeps staff’s termination at once, for the member side', async () => {
    post.mockResolvedValue(answered(ended));
    renderWithProviders(<PartnershipActions partnership={proposedByPartner} actor={{ staff: true }} onChanged={onChanged} />);
    await userEvent.click(screen.getByRole('button', { name: 'Terminate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Terminate this partnership?' });
    await userEvent.type(within(dialog).getByLabelText(/Reason/), 'Dissolved.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Terminate' }));
    await waitFor(() =>
      expect(post).toHaveBeenCalledWith('/v1/partnerships/{partnershipId}/termination', expect.objectContaining({ body: { side: 'member', reason: 'Dissolved.', immediately: true } })),
    );
  });
});
