import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '../../../api/client';
import { answered, refused } from '../../../testing/partnership-fixture';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { DetailsForm } from './details-form';

// The API client is replaced (a component test; staff's browser test edits a program on the real platform).
jest.mock('../../../api/client', () => ({ ...jest.requireActual('../../../api/client'), api: { PATCH: jest.fn() } }));
const patch = api.PATCH as unknown as jest.Mock;

const PROGRAM = {
  id: '00000000-0000-4000-8000-0000000000b2',
  name: 'Nagoya Sister Cities',
  city: { id: 'gn:1856057', name: 'Nagoya', countryCode: 'JP', regionCode: '23' },
  membership: 'member',
  duesPaidThrough: 2030,
  inGoodStanding: true,
  contacts: [{ name: 'Aiko Sato', email: 'aiko@example.org', role: 'Chair' }],
  website: 'https://nagoya.example.org',
  revision: 4,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
} as const;
const program = { ...PROGRAM, contacts: PROGRAM.contacts.map((contact) => ({ ...contact })) };

beforeEach(() => patch.mockReset());

describe("a member program's name, website and contacts", () => {
  it('sends them with the revision read: a contact added, the website removed, empty optional fields left out', async () => {
    patch.mockResolvedValue(answered({ ...program, revision: 5 }));
    const onDone = jest.fn();
    renderWithProviders(<DetailsForm program={program} onDone={onDone} onStale={jest.fn()} />);
    const name = screen.getByRole('textbox', { name: /^Program name/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'Nagoya Sister City Association');
    await userEvent.clear(screen.getByRole('textbox', { name: /^Website/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a contact' }));
    const names = screen.getAllByRole('textbox', { name: /^Name/ });
    await userEvent.type(names[1] as HTMLElement, 'Kenji Ito');
    await userEvent.type(screen.getAllByRole('textbox', { name: /^Email/ })[1] as HTMLElement, 'kenji@example.org');
    await userEvent.selectOptions(screen.getAllByRole('combobox', { name: 'Language of their emails' })[1] as HTMLElement, 'de');
    await userEvent.click(screen.getByRole('button', { name: 'Save name, website and contacts' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(patch).toHaveBeenCalledWith('/v1/member-programs/{memberProgramId}', {
      params: { path: { memberProgramId: PROGRAM.id } },
      body: {
        revision: 4,
        name: 'Nagoya Sister City Association',
        website: null,
        contacts: [
          { name: 'Aiko Sato', email: 'aiko@example.org', role: 'Chair' },
          { name: 'Kenji Ito', email: 'kenji@example.org', language: 'de' },
        ],
      },
    });
  });

  it("checks the contract's rules before sending, and puts the API's field errors on their fields", async () => {
    renderWithProviders(<DetailsForm program={program} onDone={jest.fn()} onStale={jest.fn()} />);
    const website = screen.getByRole('textbox', { name: /^Website/ });
    await userEvent.clear(website);
    await userEvent.type(website, 'ftp://nagoya.example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Save name, website and contacts' }));
    expect(await screen.findByText('must be a web address starting with http:// or https://')).toBeTruthy();
    expect(patch).not.toHaveBeenCalled();

    patch.mockResolvedValue(
      refused({ status: 400, code: 'REQUEST.INVALID', detail: 'The request is invalid.', errors: [{ field: 'body.contacts.0.email', rule: 'custom_rule', message: 'is bouncing' }] }),
    );
    await userEvent.clear(website);
    await userEvent.click(screen.getByRole('button', { name: 'Save name, website and contacts' }));
    expect(await screen.findByText('is bouncing')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Email/ }).getAttribute('aria-invalid')).toBe('true');
  });

  it('hands a stale revision back to the page, which reads the program again', async () => {
    patch.mockResolvedValue(refused({ status: 409, code: 'MEMBER_PROGRAM.STALE_REVISION', detail: 'changed meanwhile' }));
    const onStale = jest.fn();
    renderWithProviders(<DetailsForm program={program} onDone={jest.fn()} onStale={onStale} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save name, website and contacts' }));
    await waitFor(() => expect(onStale).toHaveBeenCalled());
  });
});
