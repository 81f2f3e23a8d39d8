/** One line of an aggregate's history: what was done (who and when are added where it is saved). */
export interface RecordedChange {
  action: string;
  details: Record<string, unknown>;
}

/** A domain event as an aggregate records it: its catalogue type and data (the envelope is added when it is written). */
export interface RecordedEvent {
  type: string;
  data: unknown;
}

/**
 * Base of the entities that record what their commands did, the same way in every service:
 * `recordEvent` for a domain event to publish, `recordChange` for a line of the history.
 * The command handler (or the feature's runner) takes both with `pullEvents()` and
 * `pullChanges()` and writes them with the new state in one transaction, so an entity
 * knows nothing of the outbox or the tables its history lives in.
 */
export abstract class AggregateRoot<E extends RecordedEvent = RecordedEvent> {
  private events: E[] = [];
  private changes: RecordedChange[] = [];

  /** The events recorded since the last call, oldest first; the aggregate forgets them. */
  pullEvents(): E[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  /** The history lines recorded since the last call, oldest first; the aggregate forgets them. */
  pullChanges(): RecordedChange[] {
    const changes = this.changes;
    this.changes = [];
    return changes;
  }

  protected recordEvent(event: E): void {
    this.events.push(event);
  }

  protected recordChange(action: string, details: Record<string, unknown> = {}): void {
    this.changes.push({ action, details });
  }
}
