import { calendarDay, instant, isStoredDay, isStoredInstant } from './dates';

describe(isStoredDay.name, () => {
  it.each(['2027-07-01', '2024-02-29', '1000-01-01', '9999-12-31'])('takes %s', (day) => expect(isStoredDay(day)).toBe(true));
  it.each(['0000-01-01', '0999-12-31', '2023-02-29', '2024-13-01', '2024-04-31', '+2024-01-01', '2024-1-1', ''])('refuses %j', (day) =>
    expect(isStoredDay(day)).toBe(false),
  );
});

describe(isStoredInstant.name, () => {
  it.each(['2027-03-01T00:00:00Z', '2027-03-01T00:00:00.123Z', '2027-03-01T01:00:00+01:00'])('takes %s', (value) =>
    expect(isStoredInstant(value)).toBe(true),
  );
  it.each(['0000-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', '-200000-01-01T00:00:00Z', '2027-02-30T00:00:00Z', '2027-03-01'])(
    'refuses %j',
    (value) => expect(isStoredInstant(value)).toBe(false),
  );
});

describe('schemas', () => {
  it('refuse year 0 with a message naming the range', () => {
    expect(calendarDay().safeParse('0000-01-01').error?.issues[0]?.message).toMatch(/years 1000 and 9999/);
    expect(instant().safeParse('0000-01-01T00:00:00Z').error?.issues[0]?.message).toMatch(/years 1000 and 9999/);
    expect(instant().parse('2027-03-01T00:00:00Z')).toBe('2027-03-01T00:00:00Z');
    expect(instant().safeParse('0000-01-01T00:00:00Z').error?.issues[0]).toMatchObject({ params: { rule: 'year_out_of_range' } });
  });

  it('give a value in the wrong format one error, not two', () => {
    expect(instant().safeParse('yesterday').error?.issues).toHaveLength(1);
    expect(calendarDay().safeParse('2023-02-29').error?.issues).toHaveLength(1);
  });
});
