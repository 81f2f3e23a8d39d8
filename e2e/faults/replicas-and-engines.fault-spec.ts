import { deleteRedisKeys } from '../platform-traces';
import { BACKEND_SERVICES, FaultPlatform, RETRY_TIME_SCALE } from './support/fault-platform';
import { NetworkLoad } from './support/network-load';
import { expectNothingLostOrDoubled, expectProgramsAndApplications, runScenario, sleep } from './support/scenario';

// Two replicas of each backend service behind one gateway, load through the gateway's API,
// and in the middle of it: a replica killed (-9) in turn for each service, every database
// connection dropped, the platform's Redis keys flushed during an announcement's fan-out.
// FAULTS_SCALE multiplies the load (1 here; the long run sets more).

const SCALE = Number(process.env['FAULTS_SCALE'] ?? 1);

describe('faults, two replicas of each service', () => {
  let platform: FaultPlatform;
  let load: NetworkLoad;

  beforeAll(async () => {
    platform = await FaultPlatform.start({ replicas: 2 });
    load = await NetworkLoad.connect(platform.url, platform.mail);
    await load.addWebhookEndpoint(platform.webhooks.url);
  }, 420_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it('kill -9 of each backend replica in turn mid-load: the other replica and the restarted one finish the work', async () => {
    const ledger = await runScenario(
      platform,
      'kill -9 of a replica of each service in turn',
      async () => {
        await load.growNetwork('kill', 24 * SCALE);
        await load.announce('kill');
      },
      async () => {
        for (const service of BACKEND_SERVICES) {
          await sleep(1_500);
          await platform.kill(service, 0);
          await sleep(1_500);
          platform.restart(service, 0);
        }
      },
    );
    // The killed notifications replica may have had up to 32 emails and 32 webhooks in flight.
    expectNothingLostOrDoubled(ledger, { resendsAllowed: 64 });
    expectProgramsAndApplications(ledger, load.tally);
  });

  it("the platform's Redis keys flushed mid-fan-out: the queued deliveries are found again", async () => {
    let flushed = 0;
    const ledger = await runScenario(
      platform,
      'Redis flushed mid-fan-out',
      async () => {
        await load.growNetwork('redis', 8 * SCALE);
        await load.announce('redis');
      },
      async () => {
        await sleep(2_000);
        flushed = await deleteRedisKeys(platform.namespace);
      },
    );
    expect(flushed).toBeGreaterThan(0);
    // A send in flight when its job vanished is found "queued" by the reconciliation and sent
    // again, under the same id: at most the sends in flight on both replicas (2 × (32 + 32)).
    expectNothingLostOrDoubled(ledger, { resendsAllowed: 128 });
  });

  it('a webhook receiver down for two hours of the retry clock, then back: every webhook arrives once', async () => {
    const refusedBefore = platform.webhooks.refused;
    const ledger = await runScenario(
      platform,
      'webhook receiver down for two hours',
      async () => {
        platform.webhooks.down = true;
        await load.growNetwork('hook', 4 * SCALE);
        await load.announce('hook');
      },
      async () => {
        await sleep((2 * 3_600_000) / RETRY_TIME_SCALE);
        platform.webhooks.down = false;
      },
    );
    expect(platform.webhooks.refused).toBeGreaterThan(refusedBefore);
    expect(ledger.failed).toBe(0);
    expectNothingLostOrDoubled(ledger);
  });

  // Last: the reconnection storm it causes should not overlap another scenario's load.
  it('every PostgreSQL connection of the services dropped mid-load: they reconnect and finish the work', async () => {
    let terminated = 0;
    const ledger = await runScenario(
      platform,
      'PostgreSQL connections dropped',
      async () => {
        await load.growNetwork('pg', 16 * SCALE);
        await load.announce('pg');
      },
      async () => {
        for (let i = 0; i < 3; i++) {
          await sleep(1_500);
          terminated += await platform.terminateDatabaseConnections();
        }
      },
    );
    expect(terminated).toBeGreaterThan(0);
    // A send whose outcome could not be committed (its connection cut) is sent again, under
    // the same id: at most the sends in flight on both replicas (2 × (32 + 32)).
    expectNothingLostOrDoubled(ledger, { resendsAllowed: 128 });
    expectProgramsAndApplications(ledger, load.tally);
  });
});
