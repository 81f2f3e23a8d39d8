/**
 * The applicants a school holds during deferred acceptance, as a max-heap of their choices
 * (global choice indices) on the strict priority key: the worst held applicant is at the
 * root, so a better proposal replaces it in O(log capacity). Every school's heap is a
 * segment of two shared typed arrays starting at `base`, so proposals allocate nothing.
 */
export interface HeldApplicantsHeaps {
  keys: Float64Array;
  choices: Int32Array;
}

export function pushHeld(heaps: HeldApplicantsHeaps, base: number, size: number, key: number, choice: number): void {
  const { keys, choices } = heaps;
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const parentKey = keys[base + parent];
    if (parentKey >= key) break;
    keys[base + i] = parentKey;
    choices[base + i] = choices[base + parent];
    i = parent;
  }
  keys[base + i] = key;
  choices[base + i] = choice;
}

/** Puts `choice` in the place of the root (the worst held) and restores the heap. */
export function replaceWorstHeld(heaps: HeldApplicantsHeaps, base: number, size: number, key: number, choice: number): void {
  const { keys, choices } = heaps;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) break;
    let child = left;
    const right = left + 1;
    if (right < size && keys[base + right] > keys[base + left]) child = right;
    const childKey = keys[base + child];
    if (childKey <= key) break;
    keys[base + i] = childKey;
    choices[base + i] = choices[base + child];
    i = child;
  }
  keys[base + i] = key;
  choices[base + i] = choice;
}
