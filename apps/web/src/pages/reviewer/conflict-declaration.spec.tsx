import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiProblem } from '../../api/problem';
import { renderWithProviders } from '../../testing/render-with-providers';
import { ConflictDeclaration } from './conflict-declaration';

const declareButton = () => screen.getByRole('button', { name: 'Declare a conflict of interest' });

describe('declaring a conflict of interest with a reading', () => {
  it('asks first, sends nothing without a reason or when cancelled, then the reason trimmed', async () => {
    const declare = jest.fn(async () => undefined);
    renderWithProviders(<ConflictDeclaration declare={declare} />);

    await userEvent.click(declareButton());
    const dialog = await screen.findByRole('dialog', { name: 'Declare a conflict of interest?' });
    expect(dialog.textContent).toContain('never counted');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await userEvent.click(declareButton());
    await screen.findByRole('dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Declare the conflict' }));
    expect(await screen.findByText('Say why you cannot read this application.')).toBeTruthy();
    expect(declare).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText(/Your reason/), '  My neighbour’s daughter.  ');
    await userEvent.click(screen.getByRole('button', { name: 'Declare the conflict' }));
    await waitFor(() => expect(declare).toHaveBeenCalledWith('My neighbour’s daughter.'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it("keeps the dialog open with the API's title and its field error on the reason", async () => {
    const declare = jest.fn(async () => {
      throw new ApiProblem({
        type: 'urn:scn:problem:validation',
        title: 'Bad Request',
        status: 400,
        detail: 'The request is invalid.',
        code: 'VALIDATION.FAILED',
        correlationId: 'corr-7',
        errors: [{ field: 'body.note', message: 'must not contain control characters', rule: 'text' }],
      });
    });
    renderWithProviders(<ConflictDeclaration declare={declare} />);
    await userEvent.click(declareButton());
    await userEvent.type(await screen.findByLabelText(/Your reason/), 'A relative');
    await userEvent.click(screen.getByRole('button', { name: 'Declare the conflict' }));

    expect(await screen.findByText('must not contain control characters')).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Please check what you entered');
    expect(alert.textContent).toContain('corr-7');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
