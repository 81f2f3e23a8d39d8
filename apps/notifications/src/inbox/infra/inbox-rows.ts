import type { InboxSource } from '../domain/inbox-item';

/** A notification as the inbox reads it, with whether it is unread (the first key of the inbox's order). */
export interface InboxRow extends InboxSource {
  unread: boolean;
}

/** The columns of `notifications n` an InboxRow is read from (SQL, aliased to its fields). */
export const INBOX_COLUMNS = `n.id, n.type, n.category, n.title, n.body, n.payload, n.created_at AS "createdAt", n.read_at AS "readAt", (n.read_at IS NULL) AS unread`;
