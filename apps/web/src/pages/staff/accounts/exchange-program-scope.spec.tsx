import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { api } from '../../../api/client';
import { answered } from '../../../testing/partnership-fixture';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { ExchangeProgramScope } from './exchange-program-scope';

// The API client is replaced: the picker reads the managed programs from this fake.
jest.mock('../../../api/client', () => ({ ...jest.requireActual('../../../api/client'), api: { GET: jest.fn() } }));
const get = api.GET as unknown as jest.Mock;

const SUMMER = { id: '00000000-0000-4000-8000-0000000000a1', title: 'Summer in Lyon', season: 2027, status: 'published' };
const WINTER = { id: '00000000-0000-4000-8000-0000000000a2', title: 'Winter arts week', season: 2027, status: 'draft' };
const OLDER = '00000000-0000-4000-8000-0000000000a9';

beforeEach(() => {
  get.mockReset();
  get.mockImplementation(async (path: string) => {
    if (path === '/v1/manage/exchange-programs') return answered({ items: [SUMMER, WINTER], nextCursor: null });
    throw new Error(`unexpected GET ${path}`);
  });
});

function Harness({ initial, changed }: { initial: string[]; changed(ids: string[]): void }) {
  const [ids, setIds] = useState(initial);
  return (
    <ExchangeProgramScope
      value={ids}
      onChange={(next) => {
        setIds(next);
        changed(next);
      }}
    />
  );
}

describe("a reviewer's exchange programs", () => {
  it('finds a program by part of its title and keeps its id', async () => {
    const changed = jest.fn();
    renderWithProviders(<Harness initial={[]} changed={changed} />);
    await userEvent.type(screen.getByRole('combobox', { name: /Exchange programs they review/ }), 'arts');
    await waitFor(() => expect(screen.queryByRole('option', { name: 'Summer in Lyon (2027, Published)', hidden: true })).toBeNull());
    await userEvent.click(await screen.findByRole('option', { name: 'Winter arts week (2027, Draft)', hidden: true }));
    expect(changed).toHaveBeenLastCalledWith([WINTER.id]);
  });

  it('keeps an id chosen before that is not among the newest programs, shown as its id', async () => {
    const changed = jest.fn();
    renderWithProviders(<Harness initial={[OLDER, SUMMER.id]} changed={changed} />);
    expect(await screen.findByText('Summer in Lyon (2027, Published)')).toBeTruthy();
    expect(screen.getByText(OLDER)).toBeTruthy();
    await userEvent.type(screen.getByRole('combobox', { name: /Exchange programs they review/ }), 'Winter');
    await userEvent.click(await screen.findByRole('option', { name: 'Winter arts week (2027, Draft)', hidden: true }));
    expect(changed).toHaveBeenLastCalledWith([OLDER, SUMMER.id, WINTER.id]);
  });
});
