import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import type { components } from '../../../api/api-types.generated';
import { api } from '../../../api/client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { FollowedProgramsPage } from './followed-programs-page';

// The API client is replaced (a component test); the program's link is a plain anchor here
// (no router in a component test).
jest.mock('../../../api/client', () => ({ ...jest.requireActual('../../../api/client'), api: { GET: jest.fn(), DELETE: jest.fn() } }));
jest.mock('../../../layout/anchor-link', () => ({
  AnchorLink: ({ children, params }: { children: ReactNode; params: { programId: string } }) => <a href={`/programs/${params.programId}`}>{children}</a>,
}));
const get = api.GET as unknown as jest.Mock;
const del = api.DELETE as unknown as jest.Mock;

type FollowedProgram = components['schemas']['FollowedProgram'];
const program = (n: number, status = 'open'): FollowedProgram => ({
  exchangeProgramId: `0190a0b4-1c2d-7e3f-8a4b-5c6d7e8f9a0${n}`,
  title: `Exchange ${n}`,
  season: 2027,
  status,
  applicationOpensAt: '2027-01-01T00:00:00Z',
  applicationClosesAt: '2027-03-01T00:00:00Z',
  followedAt: '2026-12-01T00:00:00Z',
});
const ok = (data: unknown) => ({ data, response: { ok: true, status: 200, statusText: 'OK' } });

beforeEach(() => {
  get.mockReset();
  del.mockReset();
});

describe('programs I follow', () => {
  it('lists them with their status and window, loads older pages by the cursor, and stops following one', async () => {
    get.mockImplementation((_path: string, { params }: { params: { query: { cursor?: string } } }) =>
      Promise.resolve(params.query.cursor === 'next-1' ? ok({ items: [program(3, 'paused')], nextCursor: null }) : ok({ items: [program(1), program(2, 'cancelled')], nextCursor: 'next-1' })),
    );
    del.mockResolvedValue(ok({ exchangeProgramId: program(1).exchangeProgramId, title: 'Exchange 1', following: false }));
    renderWithProviders(<FollowedProgramsPage />);

    const table = await screen.findByRole('region', { name: 'Programs you follow' });
    expect(within(table).getByRole('link', { name: 'Exchange 1' }).getAttribute('href')).toBe(`/programs/${program(1).exchangeProgramId}`);
    expect(within(table).getByText('Open for applications')).toBeTruthy();
    expect(within(table).getByText('Cancelled')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await within(table).findByText('Exchange 3')).toBeTruthy();
    expect(get).toHaveBeenLastCalledWith('/v1/me/followed-programs', expect.objectContaining({ params: { query: { limit: 25, cursor: 'next-1' } } }));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();

    await userEvent.click(within(table).getByRole('button', { name: 'Stop following Exchange 1' }));
    expect(del).toHaveBeenCalledWith('/v1/exchange-programs/{exchangeProgramId}/interest', { params: { path: { exchangeProgramId: program(1).exchangeProgramId } } });
  });

  it('says when they follow nothing yet', async () => {
    get.mockResolvedValue(ok({ items: [], nextCursor: null }));
    renderWithProviders(<FollowedProgramsPage />);
    expect(await screen.findByText(/You follow no program yet/)).toBeTruthy();
  });
});
