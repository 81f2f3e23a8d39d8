import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '../../api/client';
import { answered, PARTNERSHIP_ID, partnershipFixture, refused } from '../../testing/partnership-fixture';
import { renderWithProviders } from '../../testing/render-with-providers';
import { PartnershipContacts } from './partnership-contacts';

// The API client is replaced (a component test; the browser test edits the partner side's
// contacts on the real platform); `unwrap` stays real.
jest.mock('../../api/client', () => ({ ...jest.requireActual('../../api/client'), api: { PUT: jest.fn() } }));
const put = api.PUT as unknown as jest.Mock;

const onChanged = jest.fn();
beforeEach(() => {
  put.mockReset();
  onChanged.mockReset();
});

const partnership = partnershipFixture({
  memberContacts: [{ name: 'Aiko Sato', role: 'International office', email: 'aiko@nagoya.example', language: 'ja' }],
  partnerContacts: [{ name: 'Camille Martin', email: 'camille@lyon.example', phone: '+33 4 72 10 30 30', language: 'fr' }],
});

describe('the contacts of a partnership', () => {
  it('lists both sides, and lets a party edit their own side only', () => {
    renderWithProviders(<PartnershipContacts partnership={partnership} ownSide="partner" editable={['partner']} onChanged={onChanged} />);
    const own = screen.getByRole('region', { name: 'Lyon (your city)' });
    const other = screen.getByRole('region', { name: 'Nagoya (the member city)' });
    expect(own.textContent).toContain('Camille Martin');
    expect(own.textContent).toContain('emails in French');
    expect(within(own).getByRole('link', { name: 'camille@lyon.example' }).getAttribute('href')).toBe('mailto:camille@lyon.example');
    expect(other.textContent).toContain('Aiko Sato, International office');
    expect(within(own).getByRole('button', { name: 'Edit the contacts of Lyon (your city)' })).toBeTruthy();
    expect(within(other).queryByRole('button')).toBeNull();
  });

  it('replaces the side’s contacts: one edited, one added, empty optional fields left out', async () => {
    put.mockResolvedValue(answered(partnership));
    renderWithProviders(<PartnershipContacts partnership={partnership} ownSide="partner" editable={['partner']} onChanged={onChanged} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit the contacts of Lyon (your city)' }));
    const form = screen.getByRole('form', { name: 'Edit the contacts of Lyon (your city)' });

    const first = within(form).getByRole('group', { name: 'Contact 1' });
    await userEvent.clear(within(first).getByLabelText(/Phone/));
    await userEvent.type(within(first).getByLabelText(/Role/), 'Twinning officer');
    await userEvent.click(within(form).getByRole('button', { name: 'Add a contact' }));
    const second = within(form).getByRole('group', { name: 'Contact 2' });
    await userEvent.type(within(second).getByLabelText(/Name/), 'Louis Bernard');
    await userEvent.type(within(second).getByLabelText(/Email/), 'louis@lyon.example');
    await userEvent.selectOptions(within(second).getByLabelText('Language of their emails'), 'en');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the contacts' }));

    await waitFor(() =>
      expect(put).toHaveBeenCalledWith('/v1/partnerships/{partnershipId}/contacts/{side}', {
        params: { path: { partnershipId: PARTNERSHIP_ID, side: 'partner' } },
        body: {
          contacts: [
            { name: 'Camille Martin', role: 'Twinning officer', email: 'camille@lyon.example', language: 'fr' },
            { name: 'Louis Bernard', email: 'louis@lyon.example', language: 'en' },
          ],
        },
      }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(partnership));
    // Saved, the list shows again.
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
  });

  it('checks the API’s rules before sending, and puts the API’s field errors on their fields', async () => {
    renderWithProviders(<PartnershipContacts partnership={partnership} ownSide="member" editable={['member']} onChanged={onChanged} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit the contacts of Nagoya (your city)' }));
    const form = screen.getByRole('form', { name: 'Edit the contacts of Nagoya (your city)' });
    const first = within(form).getByRole('group', { name: 'Contact 1' });
    await userEvent.clear(within(first).getByLabelText(/Email/));
    await userEvent.type(within(first).getByLabelText(/Email/), 'aiko at nagoya');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the contacts' }));
    expect(await within(first).findByText(/email address/)).toBeTruthy();
    expect(put).not.toHaveBeenCalled();

    put.mockResolvedValue(
      refused({ status: 400, code: 'VALIDATION.FAILED', detail: 'The request is invalid.', errors: [{ field: 'body.contacts.0.name', rule: 'control_character', message: 'must not contain control characters' }] }),
    );
    await userEvent.clear(within(first).getByLabelText(/Email/));
    await userEvent.type(within(first).getByLabelText(/Email/), 'aiko@nagoya.example');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the contacts' }));
    await waitFor(() => expect(put).toHaveBeenCalledWith('/v1/partnerships/{partnershipId}/contacts/{side}', expect.objectContaining({ params: { path: { partnershipId: PARTNERSHIP_ID, side: 'member' } } })));
    expect(await within(first).findByText(/control characters/)).toBeTruthy();
    expect(within(form).getByRole('alert').textContent).toContain('The request is invalid.');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('lets staff edit either side, and nobody once the partnership has ended', () => {
    const { unmount } = renderWithProviders(<PartnershipContacts partnership={partnership} ownSide={null} editable={['member', 'partner']} onChanged={onChanged} />);
    expect(screen.getByRole('button', { name: 'Edit the contacts of Nagoya (the member city)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit the contacts of Lyon (the partner city)' })).toBeTruthy();
    unmount();
    renderWithProviders(<PartnershipContacts partnership={{ ...partnership, status: 'terminated' }} ownSide={null} editable={['member', 'partner']} onChanged={onChanged} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
