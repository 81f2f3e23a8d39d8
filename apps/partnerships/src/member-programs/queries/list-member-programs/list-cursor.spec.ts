import { ValidationError } from '@scn/platform';
import { decodeCursor, encodeCursor } from './list-cursor';

describe('list cursor', () => {
  it('round-trips a position, whatever the name holds', () => {
    const position = {
      name: 'Zürich "Sister" Cities, Inc.',
      id: '01890a5d-ac96-774b-bcce-b302099a8057',
    };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each([
    'not-base64!',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('["x","not-a-uuid"]').toString('base64url'),
    // Names a database refuses (NUL, a lone surrogate) are no cursor this list gave out.
    Buffer.from('["a\\u0000b","01890a5d-ac96-774b-bcce-b302099a8057"]').toString('base64url'),
    Buffer.from('["a\\ud800b","01890a5d-ac96-774b-bcce-b302099a8057"]').toString('base64url'),
  ])(
    'refuses %s as a validation error',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(ValidationError);
    },
  );
});
