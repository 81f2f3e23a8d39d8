import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiProblem } from '../../api/problem';
import { renderWithProviders } from '../../testing/render-with-providers';
import { LateChangesForm, type LateChanges } from './late-changes-form';

const INITIAL: LateChanges = {
  title: 'Nagoya–Lyon robotics week',
  description: 'A week of robots.',
  decisionReleaseAt: '2027-04-01T09:00:00.000Z',
  offerResponseDeadline: null,
};

describe('changing a program once its window closed', () => {
  it('sends the four fields that may still change, an instant typed in local time, an empty one as null', async () => {
    const save = jest.fn(async () => undefined);
    renderWithProviders(<LateChangesForm initial={INITIAL} save={save} />);
    expect(screen.queryByLabelText(/Places|Season|Applications close/)).toBeNull();

    await userEvent.clear(screen.getByLabelText(/^Title/));
    await userEvent.type(screen.getByLabelText(/^Title/), 'Nagoya–Lyon robotics fortnight');
    fireEvent.change(screen.getByLabelText(/Offer answer deadline/), { target: { value: '2027-05-02T18:30' } });
    fireEvent.change(screen.getByLabelText(/Decisions released/), { target: { value: '' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save the changes' }));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save).toHaveBeenCalledWith({
      title: 'Nagoya–Lyon robotics fortnight',
      description: 'A week of robots.',
      decisionReleaseAt: null,
      offerResponseDeadline: new Date('2027-05-02T18:30').toISOString(),
    });
  });

  it("refuses an empty title before sending, then shows the API's refusal: its field on the field, a locked one named in the alert", async () => {
    const save = jest.fn(async () => {
      throw new ApiProblem({
        type: 'urn:scn:problem:exchange-program.field-locked',
        title: 'Conflict',
        status: 409,
        detail: 'The application window has closed: capacity, decisionReleaseAt can no longer change',
        code: 'EXCHANGE_PROGRAM.FIELD_LOCKED',
        correlationId: 'corr-locked',
        errors: [
          { field: 'decisionReleaseAt', rule: 'locked_after_window_close', message: 'can no longer change' },
          { field: 'capacity', rule: 'locked_after_window_close', message: 'can no longer change' },
        ],
      });
    });
    renderWithProviders(<LateChangesForm initial={INITIAL} save={save} />);
    await userEvent.clear(screen.getByLabelText(/^Title/));
    await userEvent.click(screen.getByRole('button', { name: 'Save the changes' }));
    expect(await screen.findByText('must not be empty')).toBeTruthy();
    expect(save).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText(/^Title/), 'A new title');
    await userEvent.click(screen.getByRole('button', { name: 'Save the changes' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('This conflicts with the current state')).toBeTruthy();
    // Worded by the console from the rule (the API's English message is its fallback).
    const locked = 'can no longer change: the application window has closed';
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([`Places: ${locked}`]);
    expect(screen.getByLabelText(/Decisions released/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(locked).length).toBeGreaterThan(0);
  });
});
