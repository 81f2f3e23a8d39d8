import { isJetStreamStarting, whileJetStreamStarts } from './while-jetstream-starts';

describe(whileJetStreamStarts.name, () => {
  const timeout = Object.assign(new Error('TIMEOUT'), { code: 'TIMEOUT' });

  it('tries again while JetStream times out, then answers', async () => {
    let calls = 0;
    const answer = await whileJetStreamStarts('stream', async () => (++calls < 3 ? Promise.reject(timeout) : 'created'), { pauseMs: 1 });
    expect({ answer, calls }).toEqual({ answer: 'created', calls: 3 });
  });

  it('fails at once on an error that waiting does not cure', async () => {
    let calls = 0;
    const refused = Object.assign(new Error('stream name already in use with a different configuration'), { api_error: { err_code: 10058 } });
    await expect(whileJetStreamStarts('stream', async () => Promise.reject((calls++, refused)), { pauseMs: 1 })).rejects.toBe(refused);
    expect(calls).toBe(1);
  });

  it('gives up after its time', async () => {
    await expect(whileJetStreamStarts('stream', async () => Promise.reject(timeout), { pauseMs: 5, timeoutMs: 20 })).rejects.toBe(timeout);
  });

  it('knows the failures of a JetStream that is starting', () => {
    expect(isJetStreamStarting(timeout)).toBe(true);
    expect(isJetStreamStarting(Object.assign(new Error('503'), { code: '503' }))).toBe(true);
    expect(isJetStreamStarting({ api_error: { err_code: 10008 } })).toBe(true);
    expect(isJetStreamStarting(new Error('insufficient resources'))).toBe(false);
  });
});
