import { ValidationError } from '@scn/platform';
import { decodeAuditCursor, encodeAuditCursor } from './audit-log.cursor';

const position = { at: new Date('2026-11-30T10:11:12.345Z'), id: '01937a4e-8c2b-7d3e-9f10-aabbccddeeff' };

describe('audit log cursor', () => {
  it('round-trips a position through an opaque, URL-safe string', () => {
    const cursor = encodeAuditCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(position.id);
    expect(decodeAuditCursor(cursor)).toEqual(position);
  });

  it.each([
    ['not base64 of anything', '!!!'],
    ['a missing id', Buffer.from('2026-11-30T10:11:12.345Z').toString('base64url')],
    ['a bad id', Buffer.from('2026-11-30T10:11:12.345Z|abc').toString('base64url')],
    ['a bad date', Buffer.from(`yesterday|${position.id}`).toString('base64url')],
    ['a date the database cannot hold', Buffer.from(`0000-01-01T00:00:00.000Z|${position.id}`).toString('base64url')],
    ['an impossible date', Buffer.from(`2026-13-45T10:11:12.345Z|${position.id}`).toString('base64url')],
    ['extra parts', Buffer.from(`2026-11-30T10:11:12.345Z|${position.id}|x`).toString('base64url')],
  ])('refuses %s as a 400 naming query.cursor', (_case, cursor) => {
    let thrown: unknown;
    try {
      decodeAuditCursor(cursor);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).code).toBe('REQUEST.INVALID');
    expect((thrown as ValidationError).details).toEqual([expect.objectContaining({ field: 'query.cursor' })]);
  });
});
