import { Socket } from 'node:net';
import { answerClientError, instanceOf } from './framework-errors';

describe(instanceOf.name, () => {
  it('never repeats the query string (an emailed link carries a one-time token there)', () => {
    expect(instanceOf('/accept-invitation?token=secret-token-value')).toBe('/accept-invitation');
    expect(instanceOf('/v1/accounts')).toBe('/v1/accounts');
  });

  it('cuts a very long path', () => {
    expect(instanceOf(`/v1/${'x'.repeat(5_000)}`).length).toBeLessThan(600);
  });
});

describe(answerClientError.name, () => {
  const written = (code: string) => {
    const sut = new Socket();
    let output = '';
    Object.defineProperty(sut, 'writable', { value: true });
    sut.write = ((chunk: string) => ((output += chunk), true)) as Socket['write'];
    sut.destroy = (() => sut) as Socket['destroy'];
    answerClientError(Object.assign(new Error('parser'), { code }), sut);
    const [head, body] = output.split('\r\n\r\n');
    return { head: head ?? '', body: JSON.parse(body ?? '{}') as Record<string, unknown> };
  };

  it('answers headers that are too large with a 431 problem and a correlation id', () => {
    const { head, body } = written('HPE_HEADER_OVERFLOW');
    expect(head).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large/);
    expect(head).toMatch(/content-type: application\/problem\+json/i);
    expect(body).toMatchObject({ status: 431, code: 'REQUEST.HEADERS_TOO_LARGE', correlationId: expect.any(String) });
    expect(head).toContain(`x-request-id: ${String(body['correlationId'])}`);
  });

  it('answers bytes that are not HTTP with a 400 problem', () => {
    expect(written('HPE_INVALID_METHOD').body).toMatchObject({ status: 400, code: 'REQUEST.MALFORMED' });
  });
});
