import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiProblem } from '../../api/problem';
import { renderWithProviders } from '../../testing/render-with-providers';
import type { ProgramStatus } from './program-lifecycle';
import { ProgramSteps } from './program-steps';

const STEP_BUTTONS = ['Publish', 'Close applications now', 'Mark the places allocated', 'Mark the exchange under way', 'Mark the exchange completed', 'Cancel the program…'];

function shownSteps(): string[] {
  return screen
    .queryAllByRole('button')
    .map((button) => button.textContent ?? '')
    .filter((name) => STEP_BUTTONS.includes(name));
}

describe("a program's steps", () => {
  it.each<[ProgramStatus, string[]]>([
    ['draft', ['Publish', 'Cancel the program…']],
    ['published', ['Close applications now', 'Cancel the program…']],
    ['closed', ['Mark the places allocated', 'Cancel the program…']],
    ['allocated', ['Mark the exchange under way', 'Cancel the program…']],
    ['in_progress', ['Mark the exchange completed', 'Cancel the program…']],
    ['completed', []],
    ['cancelled', []],
  ])('offers a %s program only the steps its status allows', (status, steps) => {
    renderWithProviders(<ProgramSteps status={status} run={jest.fn()} />);
    expect(shownSteps()).toEqual(steps);
  });

  it('takes the step forward and says it is done', async () => {
    const run = jest.fn(async () => undefined);
    renderWithProviders(<ProgramSteps status="closed" run={run} />);
    await userEvent.click(screen.getByRole('button', { name: 'Mark the places allocated' }));
    expect(await screen.findByText("Done: the program's status is updated.")).toBeTruthy();
    expect(run).toHaveBeenCalledWith('allocate');
  });

  it("shows a refused step as the API's problem: its title, detail and the status it names", async () => {
    const run = jest.fn(async () => {
      throw new ApiProblem({
        type: 'urn:scn:problem:exchange-program.illegal-transition',
        title: 'Conflict',
        status: 409,
        detail: 'A completed exchange program cannot be started',
        code: 'EXCHANGE_PROGRAM.ILLEGAL_TRANSITION',
        correlationId: 'corr-409',
        errors: [{ field: 'status', rule: 'transition', message: 'completed: cannot be started' }],
      });
    });
    renderWithProviders(<ProgramSteps status="allocated" run={run} />);
    await userEvent.click(screen.getByRole('button', { name: 'Mark the exchange under way' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('This conflicts with the current state')).toBeTruthy();
    expect(alert.textContent).toContain('A completed exchange program cannot be started');
    expect(within(alert).getByRole('listitem').textContent).toBe('Status: completed: cannot be started');
    expect(alert.textContent).toContain('Reference: corr-409');
    expect(screen.queryByText("Done: the program's status is updated.")).toBeNull();
  });

  it('cancels only once confirmed in a dialog, with the reason the contract requires', async () => {
    const run = jest.fn(async () => undefined);
    renderWithProviders(<ProgramSteps status="published" run={run} />);

    await userEvent.click(screen.getByRole('button', { name: 'Cancel the program…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel this program?' });
    expect(dialog.textContent).toContain('the people following it are told, with your reason');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await userEvent.click(screen.getByRole('button', { name: 'Cancel the program…' }));
    await screen.findByRole('dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel the program' }));
    expect(await screen.findByText('Say why the program is cancelled.')).toBeTruthy();
    expect(run).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText(/Why is it cancelled\?/), '  The host city withdrew.  ');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel the program' }));
    await waitFor(() => expect(run).toHaveBeenCalledWith('cancel', { reason: 'The host city withdrew.' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText("Done: the program's status is updated.")).toBeTruthy();
  });

  it("says a draft's cancellation is heard by nobody else", async () => {
    renderWithProviders(<ProgramSteps status="draft" run={jest.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel the program…' }));
    expect((await screen.findByRole('dialog')).textContent).toContain('nobody but its managers hears of it');
  });

  it("keeps the dialog open on a refusal: the reason's field error on the field, the rest in the alert", async () => {
    const run = jest.fn(async () => {
      throw new ApiProblem({
        type: 'urn:scn:problem:request.invalid',
        title: 'Bad Request',
        status: 400,
        detail: 'The request is invalid.',
        code: 'REQUEST.INVALID',
        correlationId: 'corr-400',
        errors: [
          { field: 'body.reason', rule: 'custom_rule', message: 'must say more' },
          { field: 'status', rule: 'transition', message: 'completed: cannot be cancelled' },
        ],
      });
    });
    renderWithProviders(<ProgramSteps status="in_progress" run={run} />);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel the program…' }));
    await userEvent.type(await screen.findByLabelText(/Why is it cancelled\?/), 'Storm');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel the program' }));

    expect(await screen.findByText('must say more')).toBeTruthy();
    expect(screen.getByLabelText(/Why is it cancelled\?/).getAttribute('aria-invalid')).toBe('true');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Please check what you entered');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Status: completed: cannot be cancelled']);
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
