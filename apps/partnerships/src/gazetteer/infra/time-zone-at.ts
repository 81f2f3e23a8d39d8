import { find } from 'geo-tz';

/** The IANA time zone at a point (the seed uses the same lookup), or null where it knows none. */
export function timeZoneAt(latitude: number, longitude: number): string | null {
  return find(latitude, longitude)[0] ?? null;
}
