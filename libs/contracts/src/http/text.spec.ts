import { z } from 'zod';
import { checkRequestText, multiLineText, queryInteger, singleLineText, TEXT_RULES } from './text';

describe(checkRequestText.name, () => {
  it('names every string with NUL, another control character or an unpaired surrogate, by its path', () => {
    const sut = checkRequestText({ name: 'a\u0000b', contacts: [{ role: 'x\u001Bq' }, { phone: '\uD800' }], note: 'lone \uDC00 low' }, 'body');
    expect(sut.violations.map((v) => `${v.field}:${v.rule}`)).toEqual([
      'body.name:control_character',
      'body.contacts.0.role:control_character',
      'body.contacts.1.phone:unpaired_surrogate',
      'body.note:unpaired_surrogate',
    ]);
  });

  it('lets tab and line breaks, emoji and every script through, in normal form C', () => {
    const decomposed = 'Malmo\u0308 \u00E9t\u00E9\tline\r\nnext 😀 東京 Zürich';
    const sut = checkRequestText({ text: decomposed, n: 3, flag: true, none: null }, 'body');
    expect(sut.violations).toEqual([]);
    expect(sut.value).toEqual({ text: decomposed.normalize('NFC'), n: 3, flag: true, none: null });
    expect((sut.value as { text: string }).text).toContain('Malmö');
  });

  it('checks a bare string and names the part it came from', () => {
    expect(checkRequestText('csv\u0000', 'body').violations).toEqual([expect.objectContaining({ field: 'body', rule: TEXT_RULES.controlCharacter })]);
    expect(checkRequestText('\uD800').violations).toEqual([expect.objectContaining({ field: '(root)' })]);
  });

  it('refuses DEL as a control character', () => {
    expect(checkRequestText({ q: 'a\u007F' }).violations).toHaveLength(1);
  });
});

describe(singleLineText.name, () => {
  const sut = z.object({ name: singleLineText({ min: 1, max: 5 }) });

  it.each([
    ['a tab', 'a\tb', TEXT_RULES.controlCharacter],
    ['a line break', 'a\nb', TEXT_RULES.controlCharacter],
    ['an unpaired surrogate', 'a\uD800', TEXT_RULES.unpairedSurrogate],
  ])('refuses %s, naming the rule', (_case, name, rule) => {
    const result = sut.safeParse({ name });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['name'], code: 'custom', params: { rule } });
  });

  it('trims and normalises before counting', () => {
    expect(sut.parse({ name: '  e\u0301te  ' })).toEqual({ name: '\u00E9te' });
    expect(sut.safeParse({ name: '   ' }).success).toBe(false);
    expect(sut.safeParse({ name: 'abcdef' }).success).toBe(false);
  });
});

describe(multiLineText.name, () => {
  it('keeps tab and line breaks, refuses other control characters', () => {
    const sut = multiLineText({ max: 100 });
    expect(sut.parse('one\n\ttwo')).toBe('one\n\ttwo');
    expect(sut.safeParse('one\u0000').success).toBe(false);
  });
});

describe(queryInteger.name, () => {
  const sut = z.object({ n: queryInteger({ min: 0, max: 120 }).optional() });

  it.each([['7', 7], ['0', 0], ['120', 120]])('reads the decimal %s', (raw, expected) => {
    expect(sut.parse({ n: raw })).toEqual({ n: expected });
  });

  it('takes a JSON number as it is (a request/reply payload)', () => {
    expect(sut.parse({ n: 42 })).toEqual({ n: 42 });
  });

  it.each(['0x10', '1e2', '', ' 1', '+1', '1.5', 'ten', '121', '-1'])('refuses %j', (raw) => {
    expect(sut.safeParse({ n: raw }).success).toBe(false);
  });
});
