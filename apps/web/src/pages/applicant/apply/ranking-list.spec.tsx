import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { IntlProvider } from 'react-intl';
import en from '../../../testing/english-messages';
import type { Choice } from './ranked-choices';
import { RankingList } from './ranking-list';

const CHOICES: Choice[] = ['Lyon summer', 'Nagoya arts', 'Zurich trade'].map((title, index) => ({ exchangeProgramId: `p${index}`, title, season: 2027 }));

function Harness({ problems }: { problems?: Map<string, string[]> }) {
  const [choices, setChoices] = useState(CHOICES);
  return <RankingList choices={choices} onChange={setChoices} problems={problems} />;
}

function renderList(problems?: Map<string, string[]>) {
  return render(
    <MantineProvider>
      <IntlProvider locale="en" messages={en}>
        <Harness problems={problems} />
      </IntlProvider>
    </MantineProvider>,
  );
}

const order = () => within(screen.getByRole('list', { name: 'Your choices, most wanted first' })).getAllByRole('listitem').map((item) => item.textContent);

describe('the ranking list', () => {
  it('moves a choice with the buttons, which the first and last cannot go past', async () => {
    renderList();
    expect((screen.getByRole('button', { name: 'Move Lyon summer up' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Move Zurich trade down' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Move Zurich trade up' }));
    expect(order()).toEqual([expect.stringContaining('Lyon summer'), expect.stringContaining('Zurich trade'), expect.stringContaining('Nagoya arts')]);
  });

  it('offers each choice a drag handle the keyboard reaches, named with its rank and described by the instructions', () => {
    renderList();
    const handle = screen.getByRole('button', { name: 'Move Nagoya arts, choice 2' });
    expect(handle.getAttribute('tabindex')).toBe('0');
    const described = (handle.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described.join(' ')).toContain('press Space');
  });

  it('shows an eligibility problem on the choice it concerns', () => {
    renderList(new Map([['p1', ['Too old on the travel date']]]));
    const nagoya = screen.getAllByRole('listitem')[1] as HTMLElement;
    expect(within(nagoya).queryByText('Too old on the travel date')).not.toBeNull();
    const handle = within(nagoya).getByRole('button', { name: 'Move Nagoya arts, choice 2' });
    expect(handle.getAttribute('aria-describedby')).toContain('choice-problems-p1');
  });
});
