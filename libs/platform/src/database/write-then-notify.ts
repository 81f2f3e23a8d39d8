/**
 * A write (an INSERT or UPDATE, without RETURNING) as one statement that also NOTIFYs
 * `channel` when `condition` holds: one round trip where the write and a
 * `SELECT pg_notify(…)` took two. The NOTIFY is delivered on commit, and only if the write
 * commits. The write runs as a data-modifying CTE, which PostgreSQL runs to its end whether
 * or not it is read.
 *
 * `condition` is SQL that may use `written` (the rows the write touched) and the
 * statement's parameters; by default, the write touched any row. The statement answers
 * one row: `written` and `notified` (1 or 0), both int. `channel` is a name of ours,
 * never input.
 */
export function writeThenNotify(write: string, channel: string, condition = 'written > 0'): string {
  return `WITH changed AS (${write} RETURNING 1),
       counted AS (SELECT count(*)::int AS written FROM changed)
  SELECT written, (SELECT count(*)::int FROM (SELECT pg_notify('${channel}', '') FROM counted WHERE ${condition}) AS notify) AS notified
    FROM counted`;
}
