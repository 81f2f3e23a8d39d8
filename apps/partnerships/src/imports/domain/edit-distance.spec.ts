import { boundedEditDistance } from './edit-distance';

describe(boundedEditDistance.name, () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(boundedEditDistance('feodosia', 'feodosiya', 2)).toBe(1);
    expect(boundedEditDistance('seville', 'sevilla', 2)).toBe(1);
    expect(boundedEditDistance('argostoli', 'argostolion', 2)).toBe(2);
    expect(boundedEditDistance('same', 'same', 1)).toBe(0);
  });

  it('stops at the bound', () => {
    expect(boundedEditDistance('paris', 'lyon', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
  });
});
