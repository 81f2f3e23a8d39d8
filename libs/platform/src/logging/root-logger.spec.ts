import { runInMessageContext } from './message-context';
import { createRootLogger } from './root-logger';

describe(createRootLogger.name, () => {
  let lines: Array<Record<string, unknown>>;
  const destination = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };

  beforeEach(() => {
    lines = [];
  });

  it('writes JSON lines with the service, a level label and an ISO time', () => {
    createRootLogger({ service: 'exchanges', level: 'info', destination }).info({ programs: 2 }, 'loaded');

    expect(lines).toEqual([
      { level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), service: 'exchanges', programs: 2, msg: 'loaded' },
    ]);
  });

  it('drops lines below its level', () => {
    const sut = createRootLogger({ service: 'exchanges', level: 'warn', destination });
    sut.info('hidden');
    sut.warn('shown');

    expect(lines.map((line) => line['msg'])).toEqual(['shown']);
  });

  it('redacts passwords, tokens, secrets and authorization headers', () => {
    const sut = createRootLogger({ service: 'gateway', level: 'info', destination });
    sut.info(
      {
        password: 'pw-1',
        token: 'tok-1',
        authorization: 'Bearer top',
        user: { name: 'ana', password: 'pw-2', refreshToken: 'rt-1', passwordHash: 'ph-1' },
        session: { accessToken: 'at-1' },
        webhook: { secret: 'whsec-1' },
        req: { headers: { authorization: 'Bearer abc', cookie: 'sid=1', accept: 'json' } },
      },
      'signed in',
    );

    const line = lines[0]!;
    expect(line).toMatchObject({
      password: '[redacted]',
      token: '[redacted]',
      authorization: '[redacted]',
      user: { name: 'ana', password: '[redacted]', refreshToken: '[redacted]', passwordHash: '[redacted]' },
      session: { accessToken: '[redacted]' },
      webhook: { secret: '[redacted]' },
      req: { headers: { authorization: '[redacted]', cookie: '[redacted]', accept: 'json' } },
    });
    expect(JSON.stringify(line)).not.toMatch(/pw-1|pw-2|tok-1|Bearer|rt-1|whsec-1|sid=1|ph-1|at-1/);
  });

  it('adds the correlation, causation, trace and span id of the work in progress', () => {
    const sut = createRootLogger({ service: 'exchanges', level: 'info', destination });
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';

    runInMessageContext({ correlationId: 'req-1', causationId: 'evt-1', traceparent: `00-${traceId}-00f067aa0ba902b7-01` }, () =>
      sut.info('inside'),
    );
    sut.info('outside');

    expect(lines[0]).toMatchObject({ msg: 'inside', correlationId: 'req-1', causationId: 'evt-1', traceId, spanId: '00f067aa0ba902b7' });
    expect(lines[1]).not.toHaveProperty('correlationId');
    expect(lines[1]).not.toHaveProperty('traceId');
  });

  it('leaves out a causation id that is null', () => {
    const sut = createRootLogger({ service: 'gateway', level: 'info', destination });

    runInMessageContext({ correlationId: 'req-2', causationId: null }, () => sut.info('request'));

    expect(lines[0]).toMatchObject({ correlationId: 'req-2' });
    expect(lines[0]).not.toHaveProperty('causationId');
    expect(lines[0]).not.toHaveProperty('traceId');
  });
});
