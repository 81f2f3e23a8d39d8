/**
 * A consumer of the events benchmark in a process of its own (`BENCH_LAYOUT=split`): told
 * what to start over the IPC channel, it reports what it handled, a batch of reports per
 * turn of its event loop, and stops when told.
 */
import 'reflect-metadata';
import { createRootLogger } from '@scn/platform';
import pino from 'pino';
import { startConsumerHere, type FromChild, type RunningConsumer, type ToChild } from './consumers';

const send = (message: FromChild) => process.send?.(message);
let pending: number[] = [];
let flushing = false;

function report(seq: number, sentAt: number, handledAt: number): void {
  pending.push(seq, sentAt, handledAt);
  if (flushing) return;
  flushing = true;
  setImmediate(() => {
    flushing = false;
    const handled = pending;
    pending = [];
    send({ handled });
  });
}

let running: RunningConsumer | undefined;
process.on('message', (message: ToChild) => {
  if ('start' in message) {
    const logger = createRootLogger({ service: 'events-bench-consumer', level: message.logLevel, destination: pino.destination({ fd: 2, sync: true }) });
    startConsumerHere(message.start, logger, report).then(
      (consumer) => {
        running = consumer;
        send({ ready: true });
      },
      (error: unknown) => send({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  } else {
    void (running?.stop() ?? Promise.resolve()).finally(() => {
      send({ stopped: true });
      process.disconnect?.();
      setTimeout(() => process.exit(0), 200).unref();
    });
  }
});
// The benchmark gone (killed, interrupted): nothing left to report to.
process.on('disconnect', () => setTimeout(() => process.exit(0), 1_000).unref());
