import { DomainError } from '@scn/platform/errors';
import { decodeExportCursor, encodeExportCursor } from './export-cursor';

describe('export cursor', () => {
  it('round-trips the key values of its sort order', () => {
    const after = ['munchen', 'gn:2867714', 'bordeaux', '0190f2a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6'];
    expect(decodeExportCursor(encodeExportCursor('city', after), 'city', 4)).toEqual(after);
  });

  it.each([
    ['another sort order', encodeExportCursor('city', ['a', 'b', 'c', 'd']), 'country', 5],
    ['another number of keys', encodeExportCursor('city', ['a', 'b']), 'city', 4],
    ['not base64 JSON', 'not-a-cursor', 'city', 4],
    ['an unexpected shape', Buffer.from(JSON.stringify({ sort: 'city', after: [1, 2, 3, 4] })).toString('base64url'), 'city', 4],
  ] as const)('refuses a cursor of %s with DIRECTORY.INVALID_CURSOR', (_case, cursor, sort, keys) => {
    expect(() => decodeExportCursor(cursor, sort, keys)).toThrow(expect.objectContaining({ code: 'DIRECTORY.INVALID_CURSOR' }));
    expect(() => decodeExportCursor(cursor, sort, keys)).toThrow(DomainError);
  });
});
