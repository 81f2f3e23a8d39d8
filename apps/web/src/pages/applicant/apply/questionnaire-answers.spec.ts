import { answersBody, inputValueOf, type Question } from './questionnaire-answers';

const question = (key: string, type: Question['type'], extra: Partial<Question> = {}): Question => ({ key, label: key, type, required: true, ...extra });

describe('questionnaire answers', () => {
  it('holds saved answers as their inputs do', () => {
    expect([inputValueOf(true), inputValueOf(false), inputValueOf(3), inputValueOf('Lyon'), inputValueOf(null), inputValueOf(undefined)]).toEqual(['yes', 'no', '3', 'Lyon', '', '']);
  });

  it('sends each answer by its question’s type; empty text clears it; an untouched switch is no', () => {
    const questions = [
      question('motivation', 'long-text'),
      question('city', 'text'),
      question('age', 'number'),
      question('size', 'choice', { options: ['S', 'M'] }),
      question('vegetarian', 'yes-no'),
      question('allergies', 'yes-no'),
      question('nickname', 'text', { required: false }),
    ];
    const values: Record<string, string> = { motivation: '  I love Lyon. \n', city: ' Lyon ', age: '16', size: 'M', vegetarian: 'yes', nickname: '   ' };
    expect(answersBody(questions, (key) => values[key] ?? '')).toEqual({
      motivation: 'I love Lyon.',
      city: 'Lyon',
      age: 16,
      size: 'M',
      vegetarian: true,
      allergies: false,
      nickname: null,
    });
  });

  it('sends what is not a number as typed, for the API to refuse on its field', () => {
    expect(answersBody([question('age', 'number')], () => 'sixteen')).toEqual({ age: 'sixteen' });
  });
});
