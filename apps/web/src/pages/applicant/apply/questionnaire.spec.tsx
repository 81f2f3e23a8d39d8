import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '../../../api/client';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { Questionnaire } from './questionnaire';
import type { Question } from './questionnaire-answers';

// The API client is replaced (a component test): the saved answers come from GET, the
// answers go by PUT; `unwrap` stays real.
jest.mock('../../../api/client', () => ({ ...jest.requireActual('../../../api/client'), api: { GET: jest.fn(), PUT: jest.fn() } }));
const get = api.GET as unknown as jest.Mock;
const put = api.PUT as unknown as jest.Mock;

const applicationId = '0190a0b4-1c2d-7e3f-8a4b-5c6d7e8f9a01';
const exchangeProgramId = '0190a0b4-1c2d-7e3f-8a4b-5c6d7e8f9a02';
const questions: Question[] = [
  { key: 'size', label: 'T-shirt size', type: 'choice', required: true, options: ['Small', 'Medium', 'Large'] },
  { key: 'vegetarian', label: 'Are you vegetarian?', type: 'yes-no', required: true },
  { key: 'motivation', label: 'Why this exchange?', type: 'long-text', required: true },
  { key: 'siblings', label: 'How many siblings?', type: 'number', required: false },
];
const ok = (data: unknown) => ({ data, response: { ok: true, status: 200, statusText: 'OK' } });
const saved = (answers: Record<string, unknown>) => ok({ applicationId, exchangeProgramId, answers, updatedAt: null });

beforeEach(() => {
  get.mockReset();
  put.mockReset();
});

const renderQuestionnaire = () => renderWithProviders(<Questionnaire applicationId={applicationId} exchangeProgramId={exchangeProgramId} questions={questions} />);

describe('the questionnaire, each question by its type', () => {
  it('asks a choice with radio buttons, yes/no with a switch, long text in a text area, and sends typed answers', async () => {
    get.mockResolvedValue(saved({ size: 'Medium', vegetarian: false }));
    put.mockResolvedValue(saved({}));
    renderQuestionnaire();

    expect(await screen.findByRole('radiogroup', { name: /T-shirt size/ })).toBeTruthy();
    const medium = (await screen.findByRole('radio', { name: 'Medium' })) as HTMLInputElement;
    await waitFor(() => expect(medium.checked).toBe(true));
    const vegetarian = screen.getByRole('switch', { name: 'Are you vegetarian?' }) as HTMLInputElement;
    expect(vegetarian.checked).toBe(false);
    expect(screen.getByRole('textbox', { name: /Why this exchange\?/ }).tagName).toBe('TEXTAREA');

    await userEvent.click(screen.getByRole('radio', { name: 'Large' }));
    await userEvent.click(vegetarian);
    expect(vegetarian.checked).toBe(true);
    await userEvent.type(screen.getByRole('textbox', { name: /Why this exchange\?/ }), 'To learn French.');
    await userEvent.type(screen.getByRole('spinbutton', { name: 'How many siblings?' }), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Save my answers' }));

    expect(put).toHaveBeenCalledWith('/v1/me/applications/{applicationId}/answers/{exchangeProgramId}', {
      params: { path: { applicationId, exchangeProgramId } },
      body: { answers: { size: 'Large', vegetarian: true, motivation: 'To learn French.', siblings: 2 } },
    });
  });

  it('groups a choice’s options as one set of radio buttons (the arrow keys move between them, Tab leaves)', async () => {
    get.mockResolvedValue(saved({ size: 'Small' }));
    renderQuestionnaire();
    const small = (await screen.findByRole('radio', { name: 'Small' })) as HTMLInputElement;
    await waitFor(() => expect(small.checked).toBe(true));
    const names = screen.getAllByRole('radio').map((radio) => (radio as HTMLInputElement).name);
    expect(names).toHaveLength(3);
    expect(new Set(names).size).toBe(1);
    expect(names[0]).not.toBe('');
  });

  it('puts the API’s field errors on their questions and shows the problem’s title', async () => {
    get.mockResolvedValue(saved({}));
    put.mockResolvedValue({
      error: {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'APPLICATION.ANSWERS_INVALID',
        detail: 'Some answers are not valid.',
        errors: [{ field: 'body.answers.size', rule: 'option', message: 'must be one of the options' }],
      },
      response: { ok: false, status: 400, statusText: 'Bad Request' },
    });
    renderQuestionnaire();
    await screen.findByRole('radio', { name: 'Small' });
    await userEvent.click(screen.getByRole('button', { name: 'Save my answers' }));
    expect(await screen.findByText('must be one of the options')).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toContain('Some answers are not valid.');
  });
});
