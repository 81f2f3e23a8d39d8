import { namesAnArea } from './city-names';
import { boundedEditDistance } from './edit-distance';

// How alike two names are, for the matches of names that are not the same: a spelling one
// or two letters away ("Feodosia"/"Feodosiya"), or a longer form ("Acapulco"/"Acapulco de Juárez").

/** Fewest edits between any two keys, if within the bound their length allows (same first letter). */
export function spellingDistance(keys: string[], others: string[]): number | undefined {
  let best: number | undefined;
  for (const key of keys) {
    for (const other of others) {
      const shorter = Math.min(key.length, other.length);
      const max = shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
      if (max === 0 || key[0] !== other[0]) continue;
      const edits = boundedEditDistance(key, other, max);
      if (edits <= max && (best === undefined || edits < best)) best = edits;
    }
  }
  return best;
}

/** One name is the other's first words ("Losheim" / "Losheim am See"), the extra words naming no area. */
export function isLongerForm(a: string[], b: string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length === longer.length || shorter.join('').length < 4) return false;
  if (!shorter.every((word, i) => longer[i] === word)) return false;
  return !namesAnArea(longer.slice(shorter.length).join(' '));
}
