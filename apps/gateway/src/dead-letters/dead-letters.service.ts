import { Inject, Injectable } from '@nestjs/common';
import { DeadLetters, ManagedNatsConnection } from '@scn/messaging';
import { CONFIG, DomainError } from '@scn/platform';
import { deadLetterPage, isStreamNotFound } from './dead-letter-paging';
import { DEAD_LETTER_PROBLEMS, type DeadLetterPage } from './dead-letters.routes';

/** The namespace's dead-letter stream, as network staff inspect and replay it. */
@Injectable()
export class DeadLettersService {
  private deadLetters?: Promise<DeadLetters>;

  constructor(
    private readonly connection: ManagedNatsConnection,
    @Inject(CONFIG) private readonly config: { SCN_NAMESPACE: string },
  ) {}

  async page(options: { fromSequence?: number; limit: number }): Promise<DeadLetterPage> {
    const deadLetters = await this.client();
    try {
      return deadLetterPage(await deadLetters.list({ ...options, limit: options.limit + 1 }), options.limit);
    } catch (error) {
      // The stream is created by the first consumer that gives up on a message: none yet.
      if (isStreamNotFound(error)) return { items: [], nextSequence: null };
      throw error;
    }
  }

  /** How many dead letters wait, for the network dashboard (none before the stream exists). */
  async count(): Promise<number> {
    const deadLetters = await this.client();
    try {
      return await deadLetters.count();
    } catch (error) {
      if (isStreamNotFound(error)) return 0;
      throw error;
    }
  }

  /** Replays one dead letter; an unknown (or already replayed) sequence is a 404. */
  async replay(sequence: number): Promise<void> {
    const deadLetters = await this.client();
    if (!(await deadLetters.replay(sequence))) {
      throw new DomainError(DEAD_LETTER_PROBLEMS.notFound.code, 'not-found', `No dead letter has sequence ${sequence}`);
    }
  }

  // Built on first use, not at boot: getting the JetStream manager is a round trip to
  // NATS the gateway should not wait for to start. A failed attempt is retried next time.
  private client(): Promise<DeadLetters> {
    this.deadLetters ??= (async () => {
      const nc = this.connection.nc;
      return new DeadLetters(this.config.SCN_NAMESPACE, nc.jetstream(), await nc.jetstreamManager());
    })().catch((error: unknown) => {
      this.deadLetters = undefined;
      throw error;
    });
    return this.deadLetters;
  }
}
