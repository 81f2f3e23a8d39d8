import { ValidationError } from '../errors/domain-error';
import { decodeCursor, encodeCursor } from './page-cursor';

describe(decodeCursor.name, () => {
  const anyKey = () => true;

  it('reads back what encodeCursor wrote', () => {
    expect(decodeCursor(encodeCursor(['Lyon', '2027-01-01T00:00:00.000Z']), anyKey)).toEqual(['Lyon', '2027-01-01T00:00:00.000Z']);
  });

  it.each([
    ['a part with NUL', '["a\\u0000b"]'],
    ['a part with a lone surrogate', '["a\\ud800b"]'],
    ['a part that is not text', '[1]'],
    ['no list', '{"a":"b"}'],
  ])('refuses %s before the list’s own rule sees it', (_case, json) => {
    expect(() => decodeCursor(Buffer.from(json).toString('base64url'), anyKey)).toThrow(ValidationError);
  });
});
