import { fireEvent, screen } from '@testing-library/react';
import type { Problem } from '../../api/problem';
import { renderWithProviders } from '../../testing/render-with-providers';
import { ReasonDialog } from './reason-dialog';

function renderDialog(problem: Problem | null, onConfirm: (reason: string) => void) {
  return renderWithProviders(
    <ReasonDialog opened title="Suspend this partnership?" warning="It leaves the directory." confirm="Suspend" pending={false} problem={problem} onConfirm={onConfirm} onClose={() => undefined} />,
  );
}

describe('the reason dialog of suspending and ending a partnership', () => {
  it('sends nothing without a reason, then the reason trimmed', () => {
    const onConfirm = jest.fn();
    renderDialog(null, onConfirm);
    fireEvent.click(screen.getByRole('button', { name: 'Suspend' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByText('Say why (both sides will read it)')).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/Reason/), { target: { value: '  Council paused twinnings.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Suspend' }));
    expect(onConfirm).toHaveBeenCalledWith('Council paused twinnings.');
  });

  it("puts the API's refusal of the reason on the field and the problem above the buttons", () => {
    const problem: Problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'The request is invalid.',
      code: 'VALIDATION.FAILED',
      correlationId: 'corr-1',
      errors: [{ field: 'body.reason', rule: 'too_big', message: 'must be at most 500 characters' }],
    };
    renderDialog(problem, jest.fn());
    expect(screen.getByText('must be at most 500 characters')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('The request is invalid.');
  });
});
