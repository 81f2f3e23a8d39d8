import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IntlProvider } from 'react-intl';
import { ApiProblem } from '../../api/problem';
import en from '../../testing/english-messages';
import { ScoreForm, type ScoreBody } from './score-form';

const CRITERIA = [
  { key: 'motivation', label: 'Motivation', weight: 2 },
  { key: 'language', label: 'Language skills', weight: 1 },
];

function renderForm(save: (body: ScoreBody) => Promise<unknown>, previous = { scores: null as Record<string, number> | null, comment: null as string | null }) {
  return render(
    <MantineProvider>
      <IntlProvider locale="en" messages={en}>
        <ScoreForm criteria={CRITERIA} previous={previous} save={save} />
      </IntlProvider>
    </MantineProvider>,
  );
}

const group = (name: string) => screen.getByRole('radiogroup', { name: new RegExp(name) });

describe('scoring a reading by its rubric', () => {
  it('sends one score per criterion and the comment', async () => {
    const save = jest.fn(async () => undefined);
    renderForm(save);
    await userEvent.click(within(group('Motivation')).getByLabelText('4'));
    await userEvent.click(within(group('Language skills')).getByLabelText('2'));
    await userEvent.type(screen.getByLabelText('Comment'), '  Clear plans.  ');
    await userEvent.click(screen.getByRole('button', { name: 'Submit my scores' }));
    expect(await screen.findByText('Your scores are saved.')).toBeTruthy();
    expect(save).toHaveBeenCalledWith({ scores: { motivation: 4, language: 2 }, comment: 'Clear plans.' });
  });

  it('names each criterion left unscored, sending nothing', async () => {
    const save = jest.fn(async () => undefined);
    renderForm(save);
    await userEvent.click(within(group('Motivation')).getByLabelText('5'));
    await userEvent.click(screen.getByRole('button', { name: 'Submit my scores' }));
    // One message: the unscored criterion's (Mantine renders a group's error beside its radios).
    expect(await screen.findAllByText('Choose a score from 1 to 5.')).toHaveLength(1);
    expect(save).not.toHaveBeenCalled();
  });

  it("starts from the earlier scores and puts the API's refusal on the criterion it names", async () => {
    renderForm(
      async () => {
        throw new ApiProblem({
          type: 'urn:scn:problem:review.scores-not-matching-rubric',
          title: 'Unprocessable',
          status: 422,
          detail: 'The scores do not match the rubric.',
          code: 'REVIEW.SCORES_NOT_MATCHING_RUBRIC',
          correlationId: 'abc-123',
          errors: [{ field: 'body.scores.language', message: 'must be 1 to 5', rule: 'range' }],
        });
      },
      { scores: { motivation: 3, language: 1 }, comment: 'First read.' },
    );
    expect((within(group('Motivation')).getByLabelText('3') as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Replace my scores' }));
    expect(await screen.findByText('must be 1 to 5')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('abc-123');
  });
});
