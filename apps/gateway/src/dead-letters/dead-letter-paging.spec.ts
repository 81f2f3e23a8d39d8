import type { DeadLetter } from '@scn/messaging';
import { deadLetterPage, isStreamNotFound } from './dead-letter-paging';

const letter = (sequence: number) => ({ sequence }) as DeadLetter;

describe(deadLetterPage.name, () => {
  it('cuts the page at the limit and starts the next one at the extra letter', () => {
    expect(deadLetterPage([letter(3), letter(7), letter(9)], 2)).toEqual({ items: [letter(3), letter(7)], nextSequence: 9 });
  });

  it('has no next page when no extra letter came back', () => {
    expect(deadLetterPage([letter(3), letter(7)], 2)).toEqual({ items: [letter(3), letter(7)], nextSequence: null });
    expect(deadLetterPage([], 2)).toEqual({ items: [], nextSequence: null });
  });
});

describe(isStreamNotFound.name, () => {
  it('recognises JetStream’s "stream not found"', () => {
    expect(isStreamNotFound({ api_error: { err_code: 10059 } })).toBe(true);
    expect(isStreamNotFound(new Error('stream not found'))).toBe(true);
  });

  it('lets other errors through', () => {
    expect(isStreamNotFound(new Error('TIMEOUT'))).toBe(false);
    expect(isStreamNotFound(undefined)).toBe(false);
  });
});
