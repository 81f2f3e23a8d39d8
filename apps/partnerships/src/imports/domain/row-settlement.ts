import canonicalize from 'canonicalize';
import type { FieldViolation, ImportRowCorrectionRequest, ImportRowResolutionRequest, ImportRowSide, ImportSideCandidates, ImportSideCity } from '@scn/contracts';
import { importError } from './import.errors';
import type { PartnershipKind } from './import-row';

// How a person settles a row the import reported (issue #14, item 2): the rules, without
// the database. The handlers load the row (locked), ask these functions what to do, and
// write what they say.

/**
 * A row as the import read it, kept with its report: each side's column and the city the
 * import matched (null: none, a person must give one), the row's other fields, and what
 * besides its cities keeps it from loading (a kind or year that cannot be read, both sides
 * one city).
 */
export interface StoredReading {
  memberColumn: string;
  partnerColumn: string;
  memberCityId: string | null;
  partnerCityId: string | null;
  kind: PartnershipKind | null;
  startYear: number | null;
  programName: string | null;
  remarks: string | null;
  blockers: string[];
}

/** A correction of a loaded row, as kept with it. */
export interface StoredCorrection {
  side: ImportRowSide;
  fromCityId: string;
  toCityId: string;
  by: string | null;
  at: string;
  reason: string | null;
}

/** What settling a row came to, kept with it: the request as given (to tell a repeat), the cities, the partnership. */
export interface StoredSettlement {
  request?: ImportRowResolutionRequest;
  memberCityId?: string | null;
  partnerCityId?: string | null;
  partnershipId?: string | null;
  created?: boolean | null;
  addedCityIds?: string[];
  reason?: string | null;
  corrections?: StoredCorrection[];
}

/** A reported row, as the rules need it. */
export interface ReportedRowState {
  kind: 'unmatched' | 'ambiguous' | 'city_added' | 'noted';
  dryRun: boolean;
  reading: StoredReading | null;
  candidates: readonly ImportSideCandidates[];
  resolution: 'loaded' | 'dismissed' | null;
  settlement: StoredSettlement | null;
}

/** A city for a side: one of the gazetteer's, or one to add. */
export type SideCity = { cityId: string } | { add: Extract<ImportSideCity, { action: 'add-city' }>['city'] };

/** What to do with a resolution request. */
export type ResolutionPlan =
  | { kind: 'repeat' }
  | { kind: 'dismiss'; reason: string }
  | { kind: 'load'; member: SideCity; partner: SideCity; reading: StoredReading };

const SIDES: readonly ImportRowSide[] = ['member', 'partner'];

/** The request in a form where two equal requests are equal strings (sides in a fixed order). */
export function resolutionFingerprint(request: ImportRowResolutionRequest): string {
  const normalized =
    request.action === 'dismiss' ? request : { ...request, sides: [...request.sides].sort((a, b) => SIDES.indexOf(a.side) - SIDES.indexOf(b.side)) };
  return canonicalize(normalized) ?? '';
}

/** Whether the row is one a person settles: reported as not loaded, by a committed import. */
function assertSettleable(row: ReportedRowState): void {
  if (row.dryRun) throw importError('previewRow');
  if (row.kind === 'noted' || row.kind === 'city_added') throw importError('rowNotOpen');
}

/**
 * What a resolution does to the row: nothing when it was settled the same way before (the
 * first answer stands), a 409 when it was settled otherwise, else load it on the cities
 * given (each side the import could not match gets one, and no other side) or dismiss it.
 */
export function planResolution(row: ReportedRowState, request: ImportRowResolutionRequest): ResolutionPlan {
  assertSettleable(row);
  if (row.resolution !== null) {
    const before = row.settlement?.request;
    if (before && resolutionFingerprint(before) === resolutionFingerprint(request)) return { kind: 'repeat' };
    throw importError('alreadySettled', alreadySettledMessage(row));
  }
  if (request.action === 'dismiss') return { kind: 'dismiss', reason: request.reason };
  const reading = row.reading;
  if (!reading) throw importError('rowNotLoadable', 'The row was reported before reports kept how it was read: import the file again to settle it.');
  if (reading.blockers.length) throw importError('rowNotLoadable', `The row cannot be loaded: ${reading.blockers.join('; ')}. Dismiss it, or fix the file.`);
  const given = new Map<ImportRowSide, ImportSideCity>();
  const violations: FieldViolation[] = [];
  request.sides.forEach((side, index) => {
    if (given.has(side.side)) violations.push({ field: `body.sides.${index}.side`, rule: 'once', message: `the ${side.side} side is given twice`, params: { side: side.side } });
    given.set(side.side, side);
  });
  for (const side of SIDES) {
    const matched = cityOf(reading, side) !== null;
    if (matched && given.has(side)) {
      violations.push({ field: 'body.sides', rule: 'matched_side', message: `the ${side} side (${columnOf(reading, side)}) was matched by the import: give no city for it`, params: { side, column: columnOf(reading, side) } });
    }
    if (!matched && !given.has(side)) {
      violations.push({ field: 'body.sides', rule: 'missing_side', message: `the ${side} side (${columnOf(reading, side)}) needs a city: choose a candidate or add a city`, params: { side, column: columnOf(reading, side) } });
    }
  }
  if (violations.length) throw importError('sidesMismatch', violations.map((violation) => violation.message).join('; '), violations);
  const sideCity = (side: ImportRowSide): SideCity => {
    const known = cityOf(reading, side);
    if (known !== null) return { cityId: known };
    const choice = given.get(side);
    // Checked above: every side without a city is given one.
    if (!choice) throw importError('sidesMismatch', `the ${side} side needs a city`);
    if (choice.action === 'add-city') return { add: choice.city };
    const candidates = row.candidates.find((candidate) => candidate.column === columnOf(reading, side));
    if (!candidates?.cities.some((city) => city.cityId === choice.cityId)) {
      throw importError(
        'notACandidate',
        candidates
          ? `${choice.cityId} is not among the candidates of the ${side} side (${candidates.cities.map((city) => city.cityId).join(', ')})`
          : `the ${side} side has no candidates (no place of the gazetteer bears its name): add a city`,
      );
    }
    return { cityId: choice.cityId };
  };
  return { kind: 'load', member: sideCity('member'), partner: sideCity('partner'), reading };
}

/** The two sides' cities, checked: two different cities. */
export function checkPair(memberCityId: string, partnerCityId: string): void {
  if (memberCityId === partnerCityId) throw importError('invalidCity', `both sides would be the same city (${memberCityId})`);
}

/** Where a row stands, in words, for the 409 of a different resolution. */
function alreadySettledMessage(row: ReportedRowState): string {
  if (row.resolution === 'dismissed') return `The row was dismissed: ${row.settlement?.reason ?? 'no reason given'}`;
  const s = row.settlement;
  return `The row was loaded on ${s?.memberCityId ?? '?'} – ${s?.partnerCityId ?? '?'} (partnership ${s?.partnershipId ?? '?'}): correct a city instead`;
}

/** The cities a loaded row stands on now (after its corrections), or null when it is not loaded. */
export function loadedCities(row: ReportedRowState): { member: string; partner: string } | null {
  if (row.resolution === 'dismissed') return null;
  const s = row.settlement;
  const settled = row.resolution === 'loaded' || row.kind === 'noted' || row.kind === 'city_added';
  if (!settled) return null;
  const member = s?.memberCityId ?? row.reading?.memberCityId ?? null;
  const partner = s?.partnerCityId ?? row.reading?.partnerCityId ?? null;
  return member && partner ? { member, partner } : null;
}

/** What a correction does: nothing when the side is on that city already, else move that side. */
export type CorrectionPlan =
  | { kind: 'unchanged' }
  | { kind: 'move'; side: ImportRowSide; fromCityId: string; to: SideCity; cities: { member: string; partner: string } };

/** A correction applies to a loaded row (by the import or a person) of a committed import. */
export function planCorrection(row: ReportedRowState, request: ImportRowCorrectionRequest): CorrectionPlan {
  if (row.dryRun) throw importError('previewRow');
  const cities = loadedCities(row);
  if (!cities) {
    throw importError('rowNotLoaded', row.resolution === 'dismissed' ? 'The row was dismissed: nothing was loaded to correct.' : 'The row is not loaded: settle it first.');
  }
  const fromCityId = cities[request.side];
  if (request.cityId !== undefined) {
    if (request.cityId === fromCityId) return { kind: 'unchanged' };
    checkPair(request.side === 'member' ? request.cityId : cities.member, request.side === 'partner' ? request.cityId : cities.partner);
    return { kind: 'move', side: request.side, fromCityId, to: { cityId: request.cityId }, cities };
  }
  if (!request.city) throw importError('invalidCity', 'give either cityId or city');
  return { kind: 'move', side: request.side, fromCityId, to: { add: request.city }, cities };
}

/**
 * Which side of the partnership a side of the file is: the import puts the network's city
 * on the member side, whichever column the file lists it in.
 */
export function partnershipSideOf(partnership: { memberCityId: string; partnerCityId: string }, cityId: string): 'member' | 'partner' {
  return partnership.memberCityId === cityId ? 'member' : 'partner';
}

function cityOf(reading: StoredReading, side: ImportRowSide): string | null {
  return side === 'member' ? reading.memberCityId : reading.partnerCityId;
}

function columnOf(reading: StoredReading, side: ImportRowSide): string {
  return side === 'member' ? reading.memberColumn : reading.partnerColumn;
}
