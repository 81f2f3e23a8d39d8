import { ValidationError } from '@scn/platform/errors';
import { validFields } from './exchange-program.fixtures';
import type { ProgramFields } from './exchange-program.state';
import { assertValidProgram, programViolations } from './exchange-program.validation';

const problems = (overrides: Partial<ProgramFields>) => programViolations(validFields(overrides)).map((v) => `${v.field}:${v.rule}`);

describe(programViolations.name, () => {
  it('accepts a valid program, with or without decision and offer dates', () => {
    expect(programViolations(validFields())).toEqual([]);
    expect(problems({ decisionReleaseAt: null, offerResponseDeadline: null })).toEqual([]);
  });

  it('checks the travel dates and the window', () => {
    expect(problems({ travelEnd: '2027-06-30' })).toEqual(['travelEnd:not_before_travel_start']);
    expect(problems({ travelEnd: '2027-07-01' })).toEqual([]);
    expect(problems({ applicationOpensAt: '2027-03-01T00:00:00Z' })).toEqual(['applicationOpensAt:before_window_close']);
    expect(problems({ applicationClosesAt: '2027-07-02T00:00:00Z', decisionReleaseAt: null, offerResponseDeadline: null })).toEqual([
      'applicationClosesAt:before_travel_start',
    ]);
  });

  it('puts decisions after the window and offers after the decisions, both before travel', () => {
    expect(problems({ decisionReleaseAt: '2027-02-01T00:00:00Z' })).toEqual(['decisionReleaseAt:after_window_close']);
    expect(problems({ decisionReleaseAt: '2027-07-01T00:00:00Z', offerResponseDeadline: null })).toEqual(['decisionReleaseAt:before_travel_start']);
    expect(problems({ offerResponseDeadline: '2027-03-15T00:00:00Z' })).toEqual(['offerResponseDeadline:after_decision_release']);
    expect(problems({ offerResponseDeadline: '2027-07-02T00:00:00Z' })).toEqual(['offerResponseDeadline:before_travel_start']);
    expect(problems({ decisionReleaseAt: null, offerResponseDeadline: '2027-02-15T00:00:00Z' })).toEqual(['offerResponseDeadline:after_window_close']);
  });

  it('keeps the season within a year of the travel', () => {
    expect(problems({ season: 2026 })).toEqual([]);
    expect(problems({ season: 2029 })).toEqual(['season:matches_travel_year']);
  });

  it('checks capacities: not negative, some places, the sending side for one-way exchanges', () => {
    expect(problems({ capacity: { member: -1, partner: 5 } })).toEqual(['capacity.member:min']);
    expect(problems({ capacity: { member: 0, partner: 0 } })).toEqual(['capacity:positive_total']);
    expect(problems({ capacity: { member: 0, partner: 3 } })).toEqual(['capacity.member:positive_for_direction']);
    expect(problems({ direction: 'to_partner', capacity: { member: 4, partner: 0 } })).toEqual([]);
    expect(problems({ direction: 'to_partner', capacity: { member: 4, partner: 1 } })).toEqual(['capacity.partner:zero_for_direction']);
    expect(problems({ direction: 'from_partner', capacity: { member: 0, partner: 4 } })).toEqual([]);
    expect(problems({ direction: 'from_partner', capacity: { member: 2, partner: 4 } })).toEqual(['capacity.member:zero_for_direction']);
  });

  it('gives the rules their params: the direction, the bounds, the travel year', () => {
    const paramsOf = (overrides: Partial<ProgramFields>) => programViolations(validFields(overrides)).map((v) => ({ rule: v.rule, params: v.params }));
    expect(paramsOf({ direction: 'to_partner', capacity: { member: 4, partner: 1 } })).toEqual([{ rule: 'zero_for_direction', params: { direction: 'to_partner' } }]);
    expect(paramsOf({ capacity: { member: -1, partner: 5 } })).toEqual([{ rule: 'min', params: { minimum: 0 } }]);
    expect(paramsOf({ eligibility: { ...validFields().eligibility, maxAge: 121 } })).toEqual([{ rule: 'range', params: { minimum: 0, maximum: 120 } }]);
    expect(paramsOf({ season: 2020 })[0]).toEqual({ rule: 'matches_travel_year', params: { travelYear: Number(validFields().travelStart.slice(0, 4)) } });
  });

  it('keeps the age range sane', () => {
    const eligibility = validFields().eligibility;
    expect(problems({ eligibility: { ...eligibility, minAge: 19 } })).toEqual(['eligibility.minAge:not_above_max_age']);
    expect(problems({ eligibility: { ...eligibility, minAge: -1 } })).toEqual(['eligibility.minAge:range']);
    expect(problems({ eligibility: { ...eligibility, maxAge: 121 } })).toEqual(['eligibility.maxAge:range']);
    expect(problems({ eligibility: { ...eligibility, minAge: 0, maxAge: 120 } })).toEqual([]);
  });

  it('names every problem at once, as a ValidationError', () => {
    const fields = validFields({ applicationClosesAt: '2027-08-01T00:00:00Z', capacity: { member: -2, partner: 1 } });
    expect(() => assertValidProgram(fields)).toThrow(ValidationError);
    try {
      assertValidProgram(fields);
    } catch (error) {
      expect((error as ValidationError).details?.map((v) => v.field)).toEqual(
        expect.arrayContaining(['applicationClosesAt', 'capacity.member', 'decisionReleaseAt']),
      );
    }
  });
});
