import { PATTERN_EXTRAS_METADATA, PATTERN_METADATA } from '@nestjs/microservices/constants';
import { OnEvent, OnEvents } from './on-event.decorator';

// What a handler declares reaches the event server as its handler's extras (Nest's
// `addHandler(pattern, handler, true, extras)`), where `sqlOnly` picks the pg pool's
// transactions (JetStreamEventServer.collectHandlers).

class Handlers {
  @OnEvent('partnership.activated.v1', { sqlOnly: true })
  activated(): string {
    return 'activated';
  }

  @OnEvents(['partnership.suspended.v1', 'partnership.terminated.v1'], { sqlOnly: true })
  stopped(): string {
    return 'stopped';
  }

  @OnEvent('partnership.reactivated.v1')
  reactivated(): string {
    return 'reactivated';
  }
}

const extrasOf = (method: () => string): unknown => Reflect.getMetadata(PATTERN_EXTRAS_METADATA, method);

describe('OnEvent and OnEvents', () => {
  it('declare a raw-SQL-only handler to the event server, for one type or several', () => {
    expect(extrasOf(Handlers.prototype.activated)).toEqual({ sqlOnly: true });
    expect(extrasOf(Handlers.prototype.stopped)).toEqual({ sqlOnly: true });
    expect(Reflect.getMetadata(PATTERN_METADATA, Handlers.prototype.stopped)).toEqual(['partnership.suspended.v1', 'partnership.terminated.v1']);
  });

  it('leave every other handler on Prisma’s transactions', () => {
    expect(extrasOf(Handlers.prototype.reactivated)).toEqual({});
  });
});
