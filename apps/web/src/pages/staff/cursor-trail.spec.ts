import { back, EMPTY_TRAIL, forward } from './cursor-trail';

describe('the way back through cursor pages', () => {
  it('goes back through the pages it came through, to the first', () => {
    const onSecond = forward(EMPTY_TRAIL, undefined);
    const onThird = forward(onSecond, 'c2');
    const toSecond = back(onThird);
    expect(toSecond.cursor).toBe('c2');
    const toFirst = back(toSecond.trail);
    expect(toFirst.cursor).toBeUndefined();
    expect(toFirst.trail).toEqual(EMPTY_TRAIL);
  });

  it('sends a page opened from a shared URL back to the first page', () => {
    expect(back(EMPTY_TRAIL)).toEqual({ trail: EMPTY_TRAIL, cursor: undefined });
  });
});
