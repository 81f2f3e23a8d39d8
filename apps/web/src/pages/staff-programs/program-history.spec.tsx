import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../testing/render-with-providers';
import { ProgramHistory } from './program-history';

const at = '2027-03-01T09:00:00.000Z';

describe("a program's history", () => {
  it('says each change, by whom, and its details: an early close, a reason, the fields changed', () => {
    renderWithProviders(
      <ProgramHistory
        history={[
          { id: '6', at, actorId: 'account-1', action: 'cancelled', details: { reason: 'The host city withdrew.' } },
          { id: '5', at, actorId: null, action: 'allocated', details: { matchingRunId: 'run-1' } },
          { id: '4', at, actorId: 'account-1', action: 'window-closed', details: { early: true } },
          { id: '3', at, actorId: 'account-1', action: 'updated', details: { changed: ['title', 'capacity', 'somethingNew'] } },
          { id: '2', at, actorId: null, action: 'window-opened', details: {} },
          { id: '1', at, actorId: 'account-1', action: 'relabelled', details: {} },
        ]}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'History' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Cancelled.*by a manager.*Reason: The host city withdrew\.$/),
      expect.stringMatching(/^Places allocated.*by the season's matching run$/),
      expect.stringMatching(/^Applications closed.*by a manager.*Before its closing time$/),
      expect.stringMatching(/^Details changed.*Changed: Title, Places, somethingNew$/),
      expect.stringMatching(/^Applications opened.*by the platform$/),
      // An action the page does not know shows as the API wrote it.
      expect.stringMatching(/^relabelled/),
    ]);
  });
});
