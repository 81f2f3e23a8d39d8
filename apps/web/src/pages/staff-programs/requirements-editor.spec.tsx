import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiProblem } from '../../api/problem';
import { renderWithProviders } from '../../testing/render-with-providers';
import { RequirementsEditor } from './requirements-editor';
import { keyFrom, requirementsValues, type RequirementsBody } from './requirements-values';

const DEFAULTS = requirementsValues({ documents: [{ key: 'passport-copy', label: 'Passport copy' }], questions: [], recommendations: 0 });

function renderEditor(save: (body: RequirementsBody) => Promise<unknown>, initial = DEFAULTS) {
  return renderWithProviders(<RequirementsEditor initial={initial} save={save} />);
}

const field = (name: string) => screen.getByRole('textbox', { name: new RegExp(`^${name.replace(/[?()]/g, '\\$&')}`) });

describe("a program's application requirements", () => {
  it('sends documents, questions of each type and referees, options only for a choice, a longest answer only for text', async () => {
    const save = jest.fn(async () => undefined);
    renderEditor(save);

    await userEvent.click(screen.getByRole('button', { name: 'Add a document' }));
    await userEvent.type(field('Document 2'), 'Parental consent form');
    // A key left empty is made from the label: the field shows which.
    expect(field('Key of document 2').getAttribute('placeholder')).toBe('parental-consent-form');

    await userEvent.click(screen.getByRole('button', { name: 'Add a question' }));
    await userEvent.type(field('Question 1'), 'T-shirt size');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type of question 1' }), 'choice');
    const options = screen.getByRole('combobox', { name: /Options of question 1/ });
    await userEvent.type(options, 'Small{Enter}Large{Enter}');

    await userEvent.click(screen.getByRole('button', { name: 'Add a question' }));
    await userEvent.type(field('Question 2'), 'Why this exchange?');
    await userEvent.type(field('Key of question 2'), 'motivation');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type of question 2' }), 'long-text');
    await userEvent.type(screen.getByRole('textbox', { name: /Longest answer to question 2/ }), '800');

    await userEvent.click(screen.getByRole('button', { name: 'Add a question' }));
    await userEvent.type(field('Question 3'), 'Vegetarian?');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type of question 3' }), 'yes-no');
    await userEvent.click(screen.getByLabelText('Question 3 must be answered'));
    // The yes/no question goes first.
    await userEvent.click(screen.getByRole('button', { name: 'Move question 3 up' }));
    await userEvent.click(screen.getByRole('button', { name: 'Move question 2 up' }));

    await userEvent.clear(screen.getByRole('textbox', { name: /Referees to name/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /Referees to name/ }), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Save the requirements' }));

    expect(await screen.findByText('The requirements are saved.')).toBeTruthy();
    expect((field('Key of document 2') as HTMLInputElement).value).toBe('parental-consent-form');
    expect(save).toHaveBeenCalledWith({
      documents: [
        { key: 'passport-copy', label: 'Passport copy' },
        { key: 'parental-consent-form', label: 'Parental consent form' },
      ],
      questions: [
        { key: 'vegetarian', label: 'Vegetarian?', type: 'yes-no', required: false },
        { key: 't-shirt-size', label: 'T-shirt size', type: 'choice', required: true, options: ['Small', 'Large'] },
        { key: 'motivation', label: 'Why this exchange?', type: 'long-text', required: true, maxLength: 800 },
      ],
      recommendations: 2,
    });
  }, 30_000);

  it("refuses what the contract refuses on its field before sending, and puts the API's errors on the fields they name", async () => {
    const save = jest.fn(async () => {
      throw new ApiProblem({
        type: 'urn:scn:problem:request.invalid',
        title: 'Bad Request',
        status: 400,
        detail: 'The request is invalid.',
        code: 'REQUEST.INVALID',
        correlationId: 'corr-req',
        errors: [{ field: 'body.questions.0.label', rule: 'custom_rule', message: 'is not a question' }],
      });
    });
    renderEditor(save, { documents: [], questions: [], recommendations: 0 });
    expect(screen.getByText('No document asked for.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Add a question' }));
    await userEvent.type(field('Question 1'), 'Size');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type of question 1' }), 'choice');
    await userEvent.type(screen.getByRole('combobox', { name: /Options of question 1/ }), 'Only one{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Save the requirements' }));
    expect(await screen.findByText('a choice question needs at least 2 options')).toBeTruthy();
    expect(save).not.toHaveBeenCalled();

    // A type without options sends none: what was typed for the choice stays out of the body.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type of question 1' }), 'number');
    await userEvent.click(screen.getByRole('button', { name: 'Save the requirements' }));
    expect(await screen.findByText('is not a question')).toBeTruthy();
    expect(save).toHaveBeenCalledWith({ documents: [], questions: [{ key: 'size', label: 'Size', type: 'number', required: true }], recommendations: 0 });
    expect(field('Question 1').getAttribute('aria-invalid')).toBe('true');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Please check what you entered');
    expect(within(alert).queryAllByRole('listitem')).toEqual([]);
  });

  it('refuses two questions of the same key', async () => {
    const save = jest.fn(async () => undefined);
    renderEditor(save, { documents: [], questions: [], recommendations: 0 });
    for (const number of [1, 2]) {
      await userEvent.click(screen.getByRole('button', { name: 'Add a question' }));
      await userEvent.type(field(`Question ${number}`), 'Your age');
    }
    await userEvent.click(screen.getByRole('button', { name: 'Save the requirements' }));
    expect(await screen.findByText('must not name the same entry twice')).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
  });

  it('suggests keys as the applications service derives them', () => {
    expect(keyFrom('Passport copy')).toBe('passport-copy');
    expect(keyFrom('Lettre de motivation (signée)')).toBe('lettre-de-motivation-signee');
    expect(keyFrom('¿?')).toBe('');
  });
});
