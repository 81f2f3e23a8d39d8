import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '../../api/client';
import { answered, partnershipFixture, refused } from '../../testing/partnership-fixture';
import { renderWithProviders } from '../../testing/render-with-providers';
import { ProposePartnershipForm } from './propose-partnership-form';

// The API client is replaced (a component test; staff's browser test proposes on the real
// platform): the pickers read a program and the gazetteer from this fake.
jest.mock('../../api/client', () => ({ ...jest.requireActual('../../api/client'), api: { GET: jest.fn(), POST: jest.fn() } }));
const get = api.GET as unknown as jest.Mock;
const post = api.POST as unknown as jest.Mock;

const PROGRAM = {
  id: '00000000-0000-4000-8000-0000000000b2',
  name: 'Nagoya Sister Cities',
  city: { id: 'gn:1856057', name: 'Nagoya', countryCode: 'JP', regionCode: '23' },
  membership: 'member',
  duesPaidThrough: 2030,
  inGoodStanding: true,
  contacts: [],
  website: null,
  revision: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const LYON = { id: 'gn:2996944', name: 'Lyon', countryCode: 'FR', regionCode: '84', latitude: 45.75, longitude: 4.85, population: 472317, timeZone: 'Europe/Paris' };

const onProposed = jest.fn();
beforeEach(() => {
  post.mockReset();
  onProposed.mockReset();
  get.mockReset();
  get.mockImplementation(async (path: string) => {
    if (path === '/v1/member-programs/{memberProgramId}') return answered(PROGRAM);
    if (path === '/v1/member-programs') return answered({ items: [PROGRAM], nextCursor: null });
    if (path === '/v1/cities') return answered({ items: [LYON], nextCursor: null });
    if (path === '/v1/cities/{cityId}') return answered(LYON);
    throw new Error(`unexpected GET ${path}`);
  });
});

async function pickLyonAndTitle() {
  await userEvent.type(screen.getByRole('combobox', { name: /Partner city abroad/ }), 'Ly');
  await userEvent.click(await screen.findByRole('option', { name: 'Lyon (FR)', hidden: true }));
  await userEvent.type(screen.getByRole('textbox', { name: /^Title/ }), 'Nagoya–Lyon sister cities');
}

describe('proposing a partnership (staff, and a program admin for their program)', () => {
  it('starts with the admin’s one program chosen, and proposes it with a city abroad and the terms', async () => {
    const created = partnershipFixture({ status: 'proposed' });
    post.mockResolvedValue({ ...answered(created), response: { ok: true, status: 201, statusText: 'Created' } });
    renderWithProviders(<ProposePartnershipForm defaultMemberProgramId={PROGRAM.id} onProposed={onProposed} />);
    await waitFor(() => expect((screen.getByRole('combobox', { name: /Member program/ }) as HTMLInputElement).value).toBe('Nagoya Sister Cities (Nagoya)'));
    await pickLyonAndTitle();
    await userEvent.click(screen.getByRole('button', { name: 'Propose' }));
    await waitFor(() =>
      expect(post).toHaveBeenCalledWith('/v1/partnerships', {
        body: expect.objectContaining({
          memberProgramId: PROGRAM.id,
          partnerCityId: 'gn:2996944',
          terms: expect.objectContaining({ title: 'Nagoya–Lyon sister cities', kind: 'sister_city' }),
        }),
      }),
    );
    await waitFor(() => expect(onProposed).toHaveBeenCalledWith(created));
  });

  it('sends nothing while the program, the city or the title is missing', async () => {
    renderWithProviders(<ProposePartnershipForm onProposed={onProposed} />);
    await userEvent.click(screen.getByRole('button', { name: 'Propose' }));
    // The contract's rules, said as the API's would be: the title on its field.
    expect(await screen.findByText('must not be empty')).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
  });

  it('shows the API’s refusal (a partner city in the member city’s country)', async () => {
    post.mockResolvedValue(refused({ status: 400, code: 'PARTNERSHIP.SAME_COUNTRY', detail: 'The partner city is in JP, like the member city: partners are abroad' }));
    renderWithProviders(<ProposePartnershipForm defaultMemberProgramId={PROGRAM.id} onProposed={onProposed} />);
    await pickLyonAndTitle();
    await userEvent.click(screen.getByRole('button', { name: 'Propose' }));
    expect((await screen.findByRole('alert')).textContent).toContain('partners are abroad');
    expect(onProposed).not.toHaveBeenCalled();
  });
});
