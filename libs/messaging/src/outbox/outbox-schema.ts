/** Channel the outbox writer NOTIFYs (in the inserting transaction) to wake the relay. */
export const OUTBOX_CHANNEL = 'outbox_events';
