/**
 * Channel the outbox writer NOTIFYs (in the inserting transaction) to wake the relay, when
 * it cannot wake its own process's relay after the commit (see `Outbox`).
 */
export const OUTBOX_CHANNEL = 'outbox_events';
