import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '../../api/client';
import { agreementVersion, answered, PARTNERSHIP_ID, partnershipFixture } from '../../testing/partnership-fixture';
import { renderWithProviders } from '../../testing/render-with-providers';
import { TermsActions } from './terms-actions';

// The API client is replaced (a component test); `unwrap` stays real.
jest.mock('../../api/client', () => ({ ...jest.requireActual('../../api/client'), api: { POST: jest.fn() } }));
const post = api.POST as unknown as jest.Mock;

const onChanged = jest.fn();
beforeEach(() => {
  post.mockReset();
  onChanged.mockReset();
});

const amended = partnershipFixture({ currentVersion: 2, versions: [agreementVersion(2, 'draft'), agreementVersion(1, 'in_force')] });

describe('changing the terms (staff, and the member program’s admins)', () => {
  it('amends the terms in force: the form starts from them and sends the new ones as a new version', async () => {
    post.mockResolvedValue(answered(amended));
    renderWithProviders(<TermsActions partnership={partnershipFixture()} onChanged={onChanged} />);
    expect(screen.queryByRole('button', { name: /Withdraw version/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Amend the terms' }));
    const form = screen.getByRole('form', { name: 'Amend the terms' });
    expect((within(form).getByLabelText(/Text of the memorandum/) as HTMLTextAreaElement).value).toBe('Terms of version 1');
    await userEvent.clear(within(form).getByLabelText(/Text of the memorandum/));
    await userEvent.type(within(form).getByLabelText(/Text of the memorandum/), 'Terms of version 2');
    await userEvent.click(within(form).getByRole('button', { name: 'Propose the new version' }));
    await waitFor(() =>
      expect(post).toHaveBeenCalledWith('/v1/partnerships/{partnershipId}/amendments', {
        params: { path: { partnershipId: PARTNERSHIP_ID } },
        body: { terms: expect.objectContaining({ title: 'Sister cities', text: 'Terms of version 2' }) },
      }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(amended));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
  });

  it('withdraws the amendment that waits, after saying the version in force stays', async () => {
    post.mockResolvedValue(answered(partnershipFixture({ versions: [agreementVersion(2, 'withdrawn'), agreementVersion(1, 'in_force')] })));
    renderWithProviders(<TermsActions partnership={amended} onChanged={onChanged} />);
    // One amendment at a time: the API refuses another while version 2 waits.
    expect(screen.queryByRole('button', { name: 'Amend the terms' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw version 2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw version 2?' });
    expect(dialog.textContent).toContain('version 1 stays in force');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Withdraw it' }));
    await waitFor(() => expect(post).toHaveBeenCalledWith('/v1/partnerships/{partnershipId}/amendments/revert', { params: { path: { partnershipId: PARTNERSHIP_ID } } }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
  });

  it('offers nothing for a partnership proposed (version 1 is signed, not amended) or ended', () => {
    const { unmount } = renderWithProviders(
      <TermsActions partnership={partnershipFixture({ status: 'proposed', inForceVersion: null, versions: [agreementVersion(1, 'draft')] })} onChanged={onChanged} />,
    );
    expect(screen.queryByRole('button')).toBeNull();
    unmount();
    renderWithProviders(<TermsActions partnership={partnershipFixture({ status: 'terminated' })} onChanged={onChanged} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
