import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CONFIG, ReadinessService } from '@scn/platform';
import { Redis } from 'ioredis';
import type { NotificationsConfig } from '../config';

/** Injection token of the service's Redis connection (BullMQ's home). */
export const REDIS = Symbol('REDIS');

@Injectable()
class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * Redis for the delivery and reminder queues; readiness fails while it does not answer.
 * App-wide (global), like the database: two features keep their queues in it.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [CONFIG, ReadinessService],
      useFactory: (config: NotificationsConfig, readiness: ReadinessService) => {
        // BullMQ workers need commands to wait out a Redis restart, not fail.
        const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false });
        readiness.register('redis', async () =>
          (await redis.ping()) === 'PONG' ? { status: 'up' } : { status: 'down', message: 'unexpected PING reply' },
        );
        return redis;
      },
    },
    RedisLifecycle,
  ],
  exports: [REDIS],
})
export class RedisModule {}
