import { requestIdFrom } from './request-context.hook';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe(requestIdFrom.name, () => {
  it.each(['abc-123', 'req_1.2:3', 'a'.repeat(128), '0190d9a4-6b4c-7d3e-8f00-123456789abc'])('keeps the client id %j', (id) => {
    expect(requestIdFrom({ 'x-request-id': id })).toBe(id);
  });

  it('takes the first of repeated headers', () => {
    expect(requestIdFrom({ 'x-request-id': ['first', 'second'] })).toBe('first');
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['with a space', 'two words'],
    ['with a line break', 'a\nInjected: yes'],
    ['too long', 'a'.repeat(129)],
    ['with a slash', '../etc'],
  ])('generates a UUIDv7 when the client id is %s', (_case, id) => {
    const generated = requestIdFrom({ 'x-request-id': id });
    expect(generated).toMatch(UUID_V7);
  });

  it('generates a new id each time', () => {
    expect(requestIdFrom({})).not.toBe(requestIdFrom({}));
  });
});
