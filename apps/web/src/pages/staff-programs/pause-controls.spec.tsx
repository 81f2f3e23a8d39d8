import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiProblem } from '../../api/problem';
import { renderWithProviders } from '../../testing/render-with-providers';
import { PauseControls } from './pause-controls';

const running = { status: 'published', paused: false, pauseCause: null } as const;
const MANAGER = '01900000-0000-7000-8000-0000000000ee';

describe('pausing and resuming a program by hand', () => {
  it('pauses only once confirmed in a dialog, with the note the contract requires', async () => {
    const pause = jest.fn(async () => undefined);
    renderWithProviders(<PauseControls program={running} pause={pause} resume={jest.fn()} />);
    expect(screen.queryByRole('button', { name: 'Resume the program' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Pause the program…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pause this program?' });
    expect(dialog.textContent).toContain('Those concerned are told, with your note.');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await userEvent.click(screen.getByRole('button', { name: 'Pause the program…' }));
    await screen.findByRole('dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Pause the program' }));
    expect(await screen.findByText('Say why the program is paused.')).toBeTruthy();
    expect(pause).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText(/Why is it paused\?/), '  The venue flooded.  ');
    await userEvent.click(screen.getByRole('button', { name: 'Pause the program' }));
    await waitFor(() => expect(pause).toHaveBeenCalledWith('The venue flooded.'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Paused: those concerned are told, with your note.')).toBeTruthy();
  });

  it("keeps the dialog open on a refusal, the note's field error on the field", async () => {
    const pause = jest.fn(async () => {
      throw new ApiProblem({
        type: 'urn:scn:problem:request.invalid',
        title: 'Bad Request',
        status: 400,
        detail: 'The request is invalid.',
        code: 'REQUEST.INVALID',
        correlationId: 'corr-400',
        errors: [{ field: 'body.note', rule: 'custom_rule', message: 'must say more' }],
      });
    });
    renderWithProviders(<PauseControls program={running} pause={pause} resume={jest.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Pause the program…' }));
    await userEvent.type(await screen.findByLabelText(/Why is it paused\?/), 'Storm');
    await userEvent.click(screen.getByRole('button', { name: 'Pause the program' }));
    expect(await screen.findByText('must say more')).toBeTruthy();
    expect(screen.getByLabelText(/Why is it paused\?/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it("shows a manager's pause with its note and resumes it", async () => {
    const resume = jest.fn(async () => undefined);
    const paused = { status: 'closed', paused: true, pauseCause: { code: 'paused-by-manager', by: MANAGER, note: 'Venue flooded' } } as const;
    renderWithProviders(<PauseControls program={paused} pause={jest.fn()} resume={resume} />);
    expect(screen.getByText('Applications are paused')).toBeTruthy();
    expect(screen.getByText('Note: Venue flooded')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause the program…' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Resume the program' }));
    expect(resume).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Resumed: the program takes applications again while its window is open.')).toBeTruthy();
  });

  it('offers no resumption of a pause its suspended partnership caused, and says why', () => {
    const paused = { status: 'published', paused: true, pauseCause: { code: 'partnership-suspended', by: null, note: 'elections' } } as const;
    renderWithProviders(<PauseControls program={paused} pause={jest.fn()} resume={jest.fn()} />);
    expect(screen.getByText(/the program resumes when the partnership is reactivated/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Resume the program' })).toBeNull();
  });

  it.each(['draft', 'completed', 'cancelled'] as const)('offers nothing for a %s program', (status) => {
    renderWithProviders(<PauseControls program={{ status, paused: false, pauseCause: null }} pause={jest.fn()} resume={jest.fn()} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
