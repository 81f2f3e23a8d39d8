import { rpcReplySchema } from './rpc-error';

describe('rpcReplySchema', () => {
  it('accepts a success with any data', () => {
    expect(rpcReplySchema.parse({ ok: true, data: { id: 1 } })).toEqual({ ok: true, data: { id: 1 } });
    expect(rpcReplySchema.safeParse({ ok: true, data: null }).success).toBe(true);
  });

  it('accepts a typed failure with field details', () => {
    const reply = {
      ok: false,
      error: {
        code: 'REQUEST.INVALID',
        status: 400,
        message: 'The request is not valid',
        details: [{ field: 'name', rule: 'too_small', message: 'must not be empty' }],
      },
    };
    expect(rpcReplySchema.parse(reply)).toEqual(reply);
  });

  it.each([
    ['a failure without error', { ok: false }],
    ['a failure with a status below 400', { ok: false, error: { code: 'X', status: 200, message: 'm' } }],
    ['a failure with a status above 599', { ok: false, error: { code: 'X', status: 600, message: 'm' } }],
    ['a failure with a fractional status', { ok: false, error: { code: 'X', status: 400.5, message: 'm' } }],
    ['a failure with an empty code', { ok: false, error: { code: '', status: 500, message: 'm' } }],
    ['a detail without its rule', { ok: false, error: { code: 'X', status: 400, message: 'm', details: [{ field: 'a', message: 'b' }] } }],
    ['a reply without ok', { data: 1 }],
    ['ok given as a string', { ok: 'true', data: 1 }],
    ['something that is not an object', 'ok'],
  ])('rejects %s', (_case, reply) => {
    expect(rpcReplySchema.safeParse(reply).success).toBe(false);
  });
});
