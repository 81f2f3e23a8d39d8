import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '../../api/client';
import { answered, PARTNERSHIP_ID, partnershipFixture, refused } from '../../testing/partnership-fixture';
import { renderWithProviders } from '../../testing/render-with-providers';
import { EndedNotice, PendingTermination } from './termination';

// The API client is replaced (a component test; the browser test has one side propose the
// ending and the other approve it on the real platform); `unwrap` stays real.
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

describe('an ending the other side proposed', () => {
  it('says who proposed it, when and why, and that it awaits the viewer’s approval; approving asks first, for their side', async () => {
    post.mockResolvedValue(answered(ended));
    renderWithProviders(<PendingTermination partnership={proposedByPartner} ownSide="member" onChanged={onChanged} />);
    const notice = screen.getByRole('region', { name: 'Ending proposed: awaits your approval' });
    expect(notice.textContent).toContain('On Dec 4, 2026, 10:30 AM, the partner city proposed to end the partnership.');
    expect(notice.textContent).toContain('Reason: Our council ended its twinning programme.');

    await userEvent.click(within(notice).getByRole('button', { name: 'Approve the ending' }));
    const dialog = await screen.findByRole('dialog', { name: 'End this partnership?' });
    expect(dialog.textContent).toContain('cannot be undone');
    // Escape first: nothing is sent.
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(post).not.toHaveBeenCalled();

    await userEvent.click(within(notice).getByRole('button', { name: 'Approve the ending' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Approve and end it' }));
    await waitFor(() =>
      expect(post).toHaveBeenCalledWith('/v1/partnerships/{partnershipId}/termination/approval', {
        params: { path: { partnershipId: PARTNERSHIP_ID } },
        body: { side: 'member' },
      }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(ended));
  });

  it('shows the side that proposed it that it waits for the other, with nothing to approve', () => {
    renderWithProviders(<PendingTermination partnership={proposedByPartner} ownSide="partner" onChanged={onChanged} />);
    const notice = screen.getByRole('region', { name: 'Ending proposed: awaits the approval of the member city' });
    expect(notice.textContent).toContain('your city proposed to end the partnership');
    expect(notice.textContent).toContain('Until then, nothing changes.');
    expect(within(notice).queryByRole('button')).toBeNull();
  });

  it('shows the API’s refusal in the dialog (the ending was withdrawn or approved meanwhile)', async () => {
    post.mockResolvedValue(refused({ status: 409, code: 'PARTNERSHIP.NO_TERMINATION_PENDING', detail: 'No termination has been proposed' }));
    renderWithProviders(<PendingTermination partnership={proposedByPartner} ownSide="member" onChanged={onChanged} />);
    await userEvent.click(screen.getByRole('button', { name: 'Approve the ending' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve and end it' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('No termination has been proposed');
    expect(alert.textContent).toContain('corr-9');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('says how an ended partnership ended, from its latest change', () => {
    renderWithProviders(<EndedNotice partnership={ended} ownSide="partner" />);
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain('This partnership has ended');
    expect(notice.textContent).toContain('On Dec 5, 2026, 8:00 AM, the member city approved the ending your city had proposed.');
    expect(notice.textContent).toContain('Reason: Our council ended its twinning programme.');
  });
});
