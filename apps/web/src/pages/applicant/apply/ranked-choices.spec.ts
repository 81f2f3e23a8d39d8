import { MAX_CHOICES, moveChoice, problemsByProgram, toggleChoice, type Choice } from './ranked-choices';

const program = (id: string, season = 2027): Choice => ({ exchangeProgramId: id, title: `Program ${id}`, season });
const ids = (list: Choice[]) => list.map((choice) => choice.exchangeProgramId);

describe('the ranked choices', () => {
  it('adds a program at the bottom and takes it out again', () => {
    const two = toggleChoice(toggleChoice([], program('a')), program('b'));
    expect(ids(two)).toEqual(['a', 'b']);
    expect(ids(toggleChoice(two, program('a')))).toEqual(['b']);
  });

  it('starts afresh when a program of another season is chosen (one application per season)', () => {
    expect(ids(toggleChoice([program('a'), program('b')], program('c', 2028)))).toEqual(['c']);
  });

  it(`never holds more than ${MAX_CHOICES} choices`, () => {
    let list: Choice[] = [];
    for (let index = 0; index < MAX_CHOICES + 2; index += 1) list = toggleChoice(list, program(String(index)));
    expect(list).toHaveLength(MAX_CHOICES);
  });

  it('moves a choice up or down, and ignores moves out of range', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(moveChoice(list, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveChoice(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveChoice(list, 0, 9)).toEqual(list);
    expect(moveChoice(list, -1, 0)).toEqual(list);
  });

  it('ties eligibility problems to the program of the choice the API named, whatever the order on screen now', () => {
    const { byProgram, general } = problemsByProgram(
      [
        { field: 'choices.1.exchangeProgramId', message: 'too old on the travel date' },
        { field: 'choices.0.documents.passport-copy', message: 'passport copy missing' },
        { field: 'choices.1.answers.motivation', message: 'motivation unanswered' },
        { field: 'guardian', message: 'a minor names a guardian' },
      ],
      ['a', 'b'],
    );
    expect(byProgram.get('a')).toEqual(['passport copy missing']);
    expect(byProgram.get('b')).toEqual(['too old on the travel date', 'motivation unanswered']);
    expect(general).toEqual(['a minor names a guardian']);
  });
});
