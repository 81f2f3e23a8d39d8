import pino from 'pino';
import { NestPinoLogger } from './nest-logger';

describe(NestPinoLogger.name, () => {
  let lines: Array<Record<string, unknown>>;
  let sut: NestPinoLogger;

  beforeEach(() => {
    lines = [];
    const destination = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
    sut = new NestPinoLogger(pino({ level: 'trace', base: undefined, timestamp: false }, destination));
  });

  it('writes a message with its context as one JSON line', () => {
    sut.log('Nest application started', 'NestApplication');

    expect(lines).toEqual([{ level: 30, msg: 'Nest application started', context: 'NestApplication' }]);
  });

  it('maps each Nest level to a pino level', () => {
    sut.log('l', 'C');
    sut.warn('w', 'C');
    sut.debug('d', 'C');
    sut.verbose('v', 'C');
    sut.fatal('f', 'C');
    sut.error('e', 'C');

    expect(lines.map((line) => [line['msg'], line['level']])).toEqual([
      ['l', 30],
      ['w', 40],
      ['d', 20],
      ['v', 10],
      ['f', 60],
      ['e', 50],
    ]);
  });

  it('keeps the stack Nest passes with an error message', () => {
    sut.error('Request failed', 'Error: boom\n    at somewhere', 'ExceptionsHandler');

    expect(lines).toEqual([
      { level: 50, msg: 'Request failed', context: 'ExceptionsHandler', stack: 'Error: boom\n    at somewhere' },
    ]);
  });

  it('logs an Error as err, with its message', () => {
    sut.error(new TypeError('bad thing'), 'Errors');

    expect(lines[0]).toMatchObject({
      level: 50,
      msg: 'bad thing',
      context: 'Errors',
      err: { type: 'TypeError', message: 'bad thing', stack: expect.stringContaining('TypeError: bad thing') },
    });
  });

  it('spreads an object message into the line', () => {
    sut.log({ route: '/readyz', ms: 3 }, 'RoutesResolver');

    expect(lines).toEqual([{ level: 30, route: '/readyz', ms: 3, context: 'RoutesResolver' }]);
  });

  it('writes a message without context', () => {
    sut.warn('careful');

    expect(lines).toEqual([{ level: 40, msg: 'careful' }]);
  });
});
