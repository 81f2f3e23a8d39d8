import { ValidationError } from '@scn/platform/errors';
import { decodeCityCursor, encodeCityCursor } from './city-cursor';

describe('city search cursor', () => {
  it.each([
    { population: 1_260_391, id: 'gn:2867714' },
    { population: 0, id: 'staff:01937a4e-8c2b-7d3e-9f10-aabbccddeeff' },
    { population: 0, id: 'import:01937a4e-8c2b-7d3e-9f10-aabbccddeeff' },
  ])('round-trips $id through an opaque, URL-safe string', (position) => {
    const cursor = encodeCityCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(position.id);
    expect(decodeCityCursor(cursor)).toEqual(position);
  });

  it.each([
    ['not base64 of anything', '!!!'],
    ['a missing id', Buffer.from('1000').toString('base64url')],
    ['a bad id', Buffer.from('1000|abc').toString('base64url')],
    ['a negative population', Buffer.from('-1|gn:1').toString('base64url')],
    ['a fractional population', Buffer.from('1.5|gn:1').toString('base64url')],
    ['an absurd population', Buffer.from('12345678901|gn:1').toString('base64url')],
    ['a population the integer column cannot hold', Buffer.from('9999999999|gn:1796236').toString('base64url')],
    ['extra parts', Buffer.from('1000|gn:1|x').toString('base64url')],
  ])('refuses %s as a 400 naming query.cursor', (_case, cursor) => {
    let thrown: unknown;
    try {
      decodeCityCursor(cursor);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).code).toBe('REQUEST.INVALID');
    expect((thrown as ValidationError).details).toEqual([expect.objectContaining({ field: 'query.cursor' })]);
  });
});
