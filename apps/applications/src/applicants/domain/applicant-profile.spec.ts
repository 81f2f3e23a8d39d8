import { ageOn, birthDateProblem, speaks } from './applicant-profile';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('applicant profile rules', () => {
  it('counts whole years, a leap-day birthday included', () => {
    expect(ageOn(day('2010-07-01'), day('2027-06-30'))).toBe(16);
    expect(ageOn(day('2010-07-01'), day('2027-07-01'))).toBe(17);
    expect(ageOn(day('2008-02-29'), day('2026-02-28'))).toBe(17);
    expect(ageOn(day('2008-02-29'), day('2026-03-01'))).toBe(18);
  });

  it('refuses a birth date in the future or more than 120 years ago', () => {
    expect(birthDateProblem(day('2027-01-02'), day('2027-01-01'))?.rule).toBe('past');
    expect(birthDateProblem(day('1900-01-01'), day('2027-01-01'))).toMatchObject({ rule: 'max_age', params: { maximum: 120 } });
    expect(birthDateProblem(day('2000-01-01'), day('2027-01-01'))).toBeNull();
  });

  it('matches languages by their base tag', () => {
    expect(speaks([{ language: 'pt-BR', level: 'B2' }], 'pt')).toBe(true);
    expect(speaks([{ language: 'pt', level: 'B2' }], 'pt-BR')).toBe(true);
    expect(speaks([{ language: 'es', level: 'C1' }], 'pt')).toBe(false);
  });
});
