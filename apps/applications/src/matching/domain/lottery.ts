import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

/**
 * A stable 32-bit hash of the seed string (FNV-1a over UTF-16 code units): the PRNG needs
 * a number, and the same string must give the same number on every machine and release.
 */
export function seedToInt32(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/**
 * The single lottery that breaks every tie: one number per applicant, the same at every
 * program (single tie-breaking keeps the tie-broken matching stable for the weak rankings
 * and gives one number an applicant can be told).
 *
 * Applicants are given in their canonical order (sorted by id), so the order of the input
 * does not matter. The numbers are a seeded Fisher-Yates permutation of 0..n-1 rather than
 * independent draws: distinct numbers leave no second-level tie to break.
 *
 * Returns lottery[applicantIndex] = 0-based lottery number (0 = luckiest).
 */
export function drawLottery(applicantCount: number, seed: string): Int32Array {
  const rng = xoroshiro128plus(seedToInt32(seed));
  const drawOrder = new Int32Array(applicantCount);
  for (let i = 0; i < applicantCount; i++) drawOrder[i] = i;
  for (let i = applicantCount - 1; i > 0; i--) {
    const j = unsafeUniformIntDistribution(0, i, rng);
    const swap = drawOrder[i];
    drawOrder[i] = drawOrder[j];
    drawOrder[j] = swap;
  }
  const lottery = new Int32Array(applicantCount);
  for (let position = 0; position < applicantCount; position++) lottery[drawOrder[position]] = position;
  return lottery;
}
