import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IntlProvider } from 'react-intl';
import en from '../../testing/english-messages';
import { ApiProblem } from '../../api/problem';
import { RubricEditor, type RubricBody } from './rubric-editor';

function renderEditor(save: (body: RubricBody) => Promise<unknown>) {
  return render(
    <MantineProvider>
      <IntlProvider locale="en" messages={en}>
        <RubricEditor initial={null} save={save} />
      </IntlProvider>
    </MantineProvider>,
  );
}

describe("a program's rubric", () => {
  it('sends the criteria with their weights and the blind first round', async () => {
    const save = jest.fn(async () => undefined);
    renderEditor(save);
    await userEvent.type(screen.getByRole('textbox', { name: 'Key 1' }), 'motivation');
    await userEvent.type(screen.getByRole('textbox', { name: 'Criterion 1' }), 'Motivation');
    await userEvent.clear(screen.getByRole('textbox', { name: 'Weight 1' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Weight 1' }), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Add a criterion' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Key 2' }), 'language');
    await userEvent.type(screen.getByRole('textbox', { name: 'Criterion 2' }), 'Language skills');
    await userEvent.click(screen.getByLabelText('Blind first round'));
    await userEvent.click(screen.getByRole('button', { name: 'Save the rubric' }));
    expect(await screen.findByText('The rubric is saved.')).toBeTruthy();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({
      criteria: [
        { key: 'motivation', label: 'Motivation', weight: 2 },
        { key: 'language', label: 'Language skills', weight: 1 },
      ],
      blindFirstRound: true,
    });
  });

  it("refuses a key the contract refuses, on its field, and puts the API's refusal on the criterion it names", async () => {
    const save = jest.fn(async () => {
      throw new ApiProblem({
        type: 'urn:scn:problem:review.rubric-in-use',
        title: 'Conflict',
        status: 409,
        detail: 'A reading is scored: keys and weights stay.',
        code: 'REVIEW.RUBRIC_IN_USE',
        correlationId: 'corr-42',
        errors: [{ field: 'body.criteria.0.weight', message: 'cannot change once a reading is scored', rule: 'in_use' }],
      });
    });
    renderEditor(save);
    await userEvent.type(screen.getByRole('textbox', { name: 'Key 1' }), 'Motivation!');
    await userEvent.type(screen.getByRole('textbox', { name: 'Criterion 1' }), 'Motivation');
    await userEvent.click(screen.getByRole('button', { name: 'Save the rubric' }));
    expect(await screen.findByText(/must be 1–40 lower-case letters/)).toBeTruthy();
    expect(save).not.toHaveBeenCalled();

    await userEvent.clear(screen.getByRole('textbox', { name: 'Key 1' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Key 1' }), 'motivation');
    await userEvent.click(screen.getByRole('button', { name: 'Save the rubric' }));
    expect(await screen.findByText('cannot change once a reading is scored')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('corr-42');
  });
});
