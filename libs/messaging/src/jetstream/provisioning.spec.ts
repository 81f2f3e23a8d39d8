import type { JetStreamManager, StreamConfig } from 'nats';
import { ensureStream, EVENT_STREAM_DEFAULTS, streamReplicasOf } from './provisioning';

/** The part of a JetStreamManager ensureStream uses, recording what it is asked. */
function fakeManager(existing: boolean) {
  const added: Array<Partial<StreamConfig>> = [];
  const updated: Array<Partial<StreamConfig>> = [];
  const jsm = {
    streams: {
      info: () => (existing ? Promise.resolve({}) : Promise.reject(new Error('stream not found'))),
      add: (config: Partial<StreamConfig>) => (added.push(config), Promise.resolve({})),
      update: (_name: string, config: Partial<StreamConfig>) => (updated.push(config), Promise.resolve({})),
    },
  };
  return { jsm: jsm as unknown as JetStreamManager, added, updated };
}

const spec = { name: 'SCN_PARTNERSHIPS', subjects: ['scn.evt.partnerships.>'], ...EVENT_STREAM_DEFAULTS };

describe(ensureStream.name, () => {
  it('creates a missing stream with the replicas asked for', async () => {
    const { jsm, added, updated } = fakeManager(false);
    await ensureStream(jsm, { ...spec, replicas: 3 });
    expect(added).toEqual([expect.objectContaining({ name: 'SCN_PARTNERSHIPS', num_replicas: 3 })]);
    expect(updated).toEqual([]);
  });

  it('brings an existing stream to the replicas asked for', async () => {
    const { jsm, added, updated } = fakeManager(true);
    await ensureStream(jsm, { ...spec, replicas: 3 });
    expect(added).toEqual([]);
    expect(updated).toEqual([expect.objectContaining({ num_replicas: 3 })]);
  });
});

describe(streamReplicasOf.name, () => {
  it('reads NATS_STREAM_REPLICAS from a validated configuration', () => {
    expect(streamReplicasOf({ NATS_STREAM_REPLICAS: 3 })).toBe(3);
  });

  it('is 1 for a configuration without it', () => {
    expect(streamReplicasOf({ SCN_NAMESPACE: 'scn' })).toBe(1);
    expect(streamReplicasOf(undefined)).toBe(1);
  });
});
