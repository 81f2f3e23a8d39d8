import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '../../../api/client';
import { answered, refused } from '../../../testing/partnership-fixture';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { RegisterMemberProgramForm } from './register-member-program-form';

// The API client is replaced (a component test; staff's browser test registers on the real
// platform): the city picker reads the gazetteer from this fake.
jest.mock('../../../api/client', () => ({ ...jest.requireActual('../../../api/client'), api: { GET: jest.fn(), POST: jest.fn() } }));
const get = api.GET as unknown as jest.Mock;
const post = api.POST as unknown as jest.Mock;

const LYON = { id: 'gn:2996944', name: 'Lyon', countryCode: 'FR', regionCode: '84', latitude: 45.75, longitude: 4.85, population: 472317, timeZone: 'Europe/Paris' };
const CREATED = { id: '00000000-0000-4000-8000-0000000000c3', name: 'Lyon Jumelages' };

beforeEach(() => {
  post.mockReset();
  get.mockReset();
  get.mockImplementation(async (path: string) => {
    if (path === '/v1/cities') return answered({ items: [LYON], nextCursor: null });
    if (path === '/v1/cities/{cityId}') return answered(LYON);
    throw new Error(`unexpected GET ${path}`);
  });
});

describe('registering a member program', () => {
  it('asks for a city and a name before sending anything', async () => {
    renderWithProviders(<RegisterMemberProgramForm onRegistered={jest.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Register the program' }));
    expect(await screen.findByText('Pick the program’s city.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Program name/ }).getAttribute('aria-invalid')).toBe('true');
    expect(post).not.toHaveBeenCalled();
  });

  it('registers it with its city, contacts, membership and dues', async () => {
    post.mockResolvedValue(answered(CREATED));
    const onRegistered = jest.fn(async () => undefined);
    renderWithProviders(<RegisterMemberProgramForm onRegistered={onRegistered} />);
    await userEvent.type(screen.getByRole('combobox', { name: /^City/ }), 'Ly');
    await userEvent.click(await screen.findByRole('option', { name: 'Lyon (FR)', hidden: true }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Program name/ }), 'Lyon Jumelages');
    await userEvent.type(screen.getByRole('textbox', { name: /^Website/ }), 'https://jumelages.lyon.example');
    await userEvent.click(screen.getByRole('button', { name: 'Add a contact' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Name/ }), 'Claire Martin');
    await userEvent.type(screen.getByRole('textbox', { name: /^Email/ }), 'claire@example.org');
    await userEvent.type(screen.getByRole('textbox', { name: /Dues paid through/ }), '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Register the program' }));

    await waitFor(() => expect(onRegistered).toHaveBeenCalledWith(CREATED));
    expect(post).toHaveBeenCalledWith('/v1/member-programs', {
      body: {
        name: 'Lyon Jumelages',
        website: 'https://jumelages.lyon.example',
        contacts: [{ name: 'Claire Martin', email: 'claire@example.org' }],
        cityId: LYON.id,
        membership: 'member',
        duesPaidThrough: 2026,
      },
    });
  });

  it("puts the API's field errors on their fields, the city's too", async () => {
    post.mockResolvedValue(
      refused({
        status: 400,
        code: 'REQUEST.INVALID',
        detail: 'The request is invalid.',
        errors: [
          { field: 'body.name', rule: 'custom_rule', message: 'is taken' },
          { field: 'body.cityId', rule: 'custom_rule', message: 'has a program already' },
        ],
      }),
    );
    renderWithProviders(<RegisterMemberProgramForm onRegistered={jest.fn()} />);
    await userEvent.type(screen.getByRole('combobox', { name: /^City/ }), 'Ly');
    await userEvent.click(await screen.findByRole('option', { name: 'Lyon (FR)', hidden: true }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Program name/ }), 'Lyon Jumelages');
    await userEvent.click(screen.getByRole('button', { name: 'Register the program' }));
    expect(await screen.findByText('is taken')).toBeTruthy();
    expect(screen.getByText('has a program already')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Program name/ }).getAttribute('aria-invalid')).toBe('true');
  });
});
