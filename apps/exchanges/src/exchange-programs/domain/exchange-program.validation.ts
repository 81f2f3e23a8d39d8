import type { FieldViolation } from '@scn/contracts';
import { ValidationError } from '@scn/platform/errors';
import type { ProgramFields } from './exchange-program.state';

const MAX_AGE = 120;

/** A calendar day as the instant it starts (UTC): travel dates carry no time zone. */
const dayStart = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const instant = (value: string): number => Date.parse(value);

/**
 * Every rule a program's dates, capacities and eligibility must keep, checked together so
 * one answer names every problem. Pure: the same rules hold on create and on update.
 */
export function programViolations(fields: ProgramFields): FieldViolation[] {
  return [...dateViolations(fields), ...capacityViolations(fields), ...eligibilityViolations(fields)];
}

/** Throws a ValidationError naming each broken rule (nothing when all hold). */
export function assertValidProgram(fields: ProgramFields): void {
  const violations = programViolations(fields);
  if (violations.length > 0) throw new ValidationError(violations, 'The exchange program breaks rules of its dates, capacity or eligibility');
}

function dateViolations(f: ProgramFields): FieldViolation[] {
  const problems: FieldViolation[] = [];
  const travelStart = dayStart(f.travelStart);
  const opens = instant(f.applicationOpensAt);
  const closes = instant(f.applicationClosesAt);
  if (dayStart(f.travelEnd) < travelStart) {
    problems.push({ field: 'travelEnd', rule: 'not_before_travel_start', message: 'must not be before travelStart' });
  }
  if (opens >= closes) {
    problems.push({ field: 'applicationOpensAt', rule: 'before_window_close', message: 'must be before applicationClosesAt' });
  }
  if (closes >= travelStart) {
    problems.push({ field: 'applicationClosesAt', rule: 'before_travel_start', message: 'must be before travelStart' });
  }
  if (f.decisionReleaseAt !== null) {
    const decision = instant(f.decisionReleaseAt);
    if (decision <= closes) problems.push({ field: 'decisionReleaseAt', rule: 'after_window_close', message: 'must be after applicationClosesAt' });
    if (decision >= travelStart) problems.push({ field: 'decisionReleaseAt', rule: 'before_travel_start', message: 'must be before travelStart' });
  }
  if (f.offerResponseDeadline !== null) {
    const deadline = instant(f.offerResponseDeadline);
    // Offers go out with the decisions; without a decision date, after the window at least.
    const after = f.decisionReleaseAt !== null ? instant(f.decisionReleaseAt) : closes;
    if (deadline <= after) {
      const rule = f.decisionReleaseAt !== null ? 'after_decision_release' : 'after_window_close';
      problems.push({ field: 'offerResponseDeadline', rule, message: `must be after ${f.decisionReleaseAt !== null ? 'decisionReleaseAt' : 'applicationClosesAt'}` });
    }
    if (deadline >= travelStart) problems.push({ field: 'offerResponseDeadline', rule: 'before_travel_start', message: 'must be before travelStart' });
  }
  const travelYear = Number(f.travelStart.slice(0, 4));
  if (Math.abs(f.season - travelYear) > 1) {
    problems.push({ field: 'season', rule: 'matches_travel_year', message: `must be within one year of the travel year ${travelYear}`, params: { travelYear } });
  }
  return problems;
}

function capacityViolations({ capacity, direction }: ProgramFields): FieldViolation[] {
  const problems: FieldViolation[] = [];
  for (const side of ['member', 'partner'] as const) {
    if (capacity[side] < 0) problems.push({ field: `capacity.${side}`, rule: 'min', message: 'must be at least 0', params: { minimum: 0 } });
  }
  if (problems.length > 0) return problems;
  if (capacity.member + capacity.partner <= 0) {
    return [{ field: 'capacity', rule: 'positive_total', message: 'must offer at least one place' }];
  }
  // Participants travel from the sending side: member city for to_partner, partner city for from_partner.
  if (direction === 'to_partner' && capacity.partner > 0) {
    problems.push({ field: 'capacity.partner', rule: 'zero_for_direction', message: 'must be 0 when participants travel to the partner city', params: { direction } });
  }
  if (direction === 'from_partner' && capacity.member > 0) {
    problems.push({ field: 'capacity.member', rule: 'zero_for_direction', message: 'must be 0 when participants come from the partner city', params: { direction } });
  }
  if (direction === 'to_partner' && capacity.member === 0) {
    problems.push({ field: 'capacity.member', rule: 'positive_for_direction', message: 'must be above 0: member-city participants travel', params: { direction } });
  }
  if (direction === 'from_partner' && capacity.partner === 0) {
    problems.push({ field: 'capacity.partner', rule: 'positive_for_direction', message: 'must be above 0: partner-city participants travel', params: { direction } });
  }
  if (direction === 'reciprocal') {
    for (const side of ['member', 'partner'] as const) {
      if (capacity[side] === 0) problems.push({ field: `capacity.${side}`, rule: 'positive_for_direction', message: 'must be above 0 in a reciprocal exchange', params: { direction } });
    }
  }
  return problems;
}

function eligibilityViolations({ eligibility }: ProgramFields): FieldViolation[] {
  const problems: FieldViolation[] = [];
  const { minAge, maxAge } = eligibility;
  const range = { minimum: 0, maximum: MAX_AGE };
  if (minAge < 0 || minAge > MAX_AGE) problems.push({ field: 'eligibility.minAge', rule: 'range', message: `must be between 0 and ${MAX_AGE}`, params: range });
  if (maxAge < 0 || maxAge > MAX_AGE) problems.push({ field: 'eligibility.maxAge', rule: 'range', message: `must be between 0 and ${MAX_AGE}`, params: range });
  if (minAge > maxAge) problems.push({ field: 'eligibility.minAge', rule: 'not_above_max_age', message: 'must not be above eligibility.maxAge' });
  return problems;
}
