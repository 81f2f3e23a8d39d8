import { domainEvents } from './events/domain-events';
import {
  deadLetterStream,
  deadLetterSubject,
  durableConsumerName,
  eventStream,
  eventSubject,
  rpcQueueGroup,
  rpcSubject,
  rpcWildcard,
} from './subjects';

describe(eventSubject.name, () => {
  it('puts the namespace, the source service and the type in the subject', () => {
    expect(eventSubject('scn', domainEvents, 'partnership.activated.v1')).toBe('scn.events.partnerships.partnership.activated.v1');
    expect(eventSubject('t1', domainEvents, 'exchange-program.paused.v1')).toBe('t1.events.exchanges.exchange-program.paused.v1');
  });

  it('refuses a type that is not in the catalogue', () => {
    expect(() => eventSubject('scn', domainEvents, 'partnership.exploded.v1')).toThrow('Unknown event type partnership.exploded.v1');
  });
});

describe(eventStream.name, () => {
  it('names the stream in upper case and captures every subject of the source', () => {
    expect(eventStream('scn', 'partnerships')).toEqual({
      name: 'SCN_EVENTS_PARTNERSHIPS',
      subjects: ['scn.events.partnerships.>'],
    });
  });

  it('replaces characters a stream name cannot hold', () => {
    expect(eventStream('a-b.c', 'exchanges').name).toBe('A_B_C_EVENTS_EXCHANGES');
  });
});

describe(deadLetterStream.name, () => {
  it('holds every dead letter of the namespace', () => {
    expect(deadLetterStream('t_9x')).toEqual({ name: 'T_9X_DEAD_LETTERS', subjects: ['t_9x.dlq.>'] });
  });
});

describe(deadLetterSubject.name, () => {
  it('files a dead letter under its consumer and type', () => {
    expect(deadLetterSubject('scn', 'exchanges', 'partnership.activated.v1')).toBe('scn.dlq.exchanges.partnership.activated.v1');
  });

  it('neutralises wildcards and spaces in the type', () => {
    expect(deadLetterSubject('scn', 'exchanges', 'a b*>')).toBe('scn.dlq.exchanges.a_b__');
  });

  it('uses "unknown" when there is no type', () => {
    expect(deadLetterSubject('scn', 'exchanges', '')).toBe('scn.dlq.exchanges.unknown');
  });
});

describe(durableConsumerName.name, () => {
  it('is the service name, shared by all its replicas', () => {
    expect(durableConsumerName('applications')).toBe('applications');
  });
});

describe(rpcSubject.name, () => {
  it('addresses an operation of a service', () => {
    expect(rpcSubject('scn', 'partnerships', 'health.ready')).toBe('scn.rpc.partnerships.health.ready');
  });
});

describe(rpcWildcard.name, () => {
  it('covers every operation of a service', () => {
    expect(rpcWildcard('scn', 'notifications')).toBe('scn.rpc.notifications.>');
  });
});

describe(rpcQueueGroup.name, () => {
  it('is one group per service', () => {
    expect(rpcQueueGroup('gateway')).toBe('gateway-rpc');
  });
});
