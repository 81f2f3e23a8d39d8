import { queuePrefix } from './queues';

describe(queuePrefix.name, () => {
  it('wraps the namespace in a Redis Cluster hash tag', () => {
    expect(queuePrefix('scn')).toBe('{scn}');
    expect(queuePrefix('t0a1b2')).toBe('{t0a1b2}');
  });
});
