import type { PrismaClient } from '@scn-prisma/notifications';
import { randomBytes, randomUUID } from 'node:crypto';
import { REMINDER_TYPES, reminderId, type ReminderKind } from '../../apps/notifications/src/reminders/domain/reminder-kinds';

export const LANGUAGES = ['en', 'es', 'fr', 'de'] as const;

export interface SeededAudience {
  recipients: number;
  /** Recipients with an account: they get the inbox notification too. */
  withAccount: number;
  endpoints: number;
  /** Recipient addresses (B emails the same people), their language, and whether they have an account (then their email has no unsubscribe link). */
  people: Array<{ email: string; language: string; hasAccount: boolean }>;
  endpointUrls: string[];
}

/**
 * `recipients` people the network knows, written straight into the service's database:
 * languages en/es/fr/de in turn, no time zone, quiet hours or digest (so every email goes
 * at once), and an account for a share of them, spread evenly (they also get an inbox
 * notification). And `endpoints` webhook endpoints, half the network's and half partner
 * cities', all enabled, wanting every type, pointing at the loopback receiver.
 */
export async function seedAudience(
  db: PrismaClient,
  options: { recipients: number; accountShare: number; endpoints: number; receiverUrl: string },
): Promise<SeededAudience> {
  await db.$executeRawUnsafe(
    `INSERT INTO recipients (id, email, account_id, display_name, language, updated_at)
     SELECT gen_random_uuid(),
            'bench-' || lpad(i::text, 6, '0') || '@recipients.example',
            CASE WHEN floor(i * $2::float8) <> floor((i - 1) * $2::float8) THEN gen_random_uuid() END,
            'Bench Recipient ' || i,
            ($3::text[])[1 + i % 4],
            now()
       FROM generate_series(1, $1::int) AS i`,
    options.recipients,
    options.accountShare,
    [...LANGUAGES],
  );
  const endpointUrls = Array.from({ length: options.endpoints }, (_, i) => `${options.receiverUrl}/hooks/${i}`);
  await db.webhookEndpoint.createMany({
    data: endpointUrls.map((url, i) => ({
      id: randomUUID(),
      url,
      secret: `whsec_${randomBytes(32).toString('base64')}`,
      description: `bench endpoint ${i}`,
      owner: i % 2 === 0 ? ('network' as const) : ('partner_city' as const),
      cityId: i % 2 === 0 ? null : `gn:${1_000_000 + i}`,
      createdBy: randomUUID(),
    })),
  });
  const people = await db.$queryRawUnsafe<Array<{ email: string; language: string; hasAccount: boolean }>>(
    `SELECT email, language, account_id IS NOT NULL AS "hasAccount" FROM recipients ORDER BY email`,
  );
  const [counts] = await db.$queryRawUnsafe<Array<{ accounts: number }>>(
    `SELECT count(*) FILTER (WHERE account_id IS NOT NULL)::int AS accounts FROM recipients`,
  );
  return { recipients: people.length, withAccount: counts?.accounts ?? 0, endpoints: endpointUrls.length, people, endpointUrls };
}

/** A reminder as planned: its row in `reminders`, and the job the scheduler makes of it. */
export interface PlannedReminder {
  id: string;
  kind: ReminderKind;
  subjectId: string;
  dueAt: Date;
}

const KINDS = Object.keys(REMINDER_TYPES) as ReminderKind[];
const YEARLY: ReadonlySet<ReminderKind> = new Set(['partnership-anniversary', 'dues-due']);
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * `count` reminders of every kind in turn, each about its own subject, with ids as the
 * planners make them (`<kind>_<subject id>`, `_<year>` for the yearly ones), due from 30 days
 * ahead on, one a minute (so none fires during the run), on whole seconds as real dates are.
 */
export function planReminders(count: number, from: Date): PlannedReminder[] {
  const start = Math.ceil((from.getTime() + 30 * DAY_MS) / 1_000) * 1_000;
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length] ?? 'decision-release';
    const subjectId = randomUUID();
    const dueAt = new Date(start + i * MINUTE_MS);
    return { id: reminderId(kind, subjectId, YEARLY.has(kind) ? dueAt.getUTCFullYear() : undefined), kind, subjectId, dueAt };
  });
}

/**
 * Writes the reminders as planning transactions leave them (pending, `sync_needed`, no job
 * yet) in one transaction, and NOTIFYs the scheduler as they do. Each row gets its own
 * `updated_at` (1 ms apart, in the past), as rows planned by separate events would: the
 * scheduler takes them in that order.
 */
export async function insertPlannedReminders(db: PrismaClient, reminders: readonly PlannedReminder[], syncChannel: string): Promise<void> {
  const base = Date.now() - reminders.length;
  await db.$transaction([
    db.$executeRawUnsafe(
      `INSERT INTO reminders (id, kind, subject_id, due_at, status, payload, sync_needed, updated_at)
       SELECT v.id, v.kind, v.subject_id, v.due_at, 'pending', jsonb_build_object('title', 'Bench reminder', 'dueAt', v.due_at), true, v.updated_at
         FROM unnest($1::text[], $2::text[], $3::uuid[], $4::timestamptz[], $5::timestamptz[]) AS v(id, kind, subject_id, due_at, updated_at)`,
      reminders.map((r) => r.id),
      reminders.map((r) => r.kind),
      reminders.map((r) => r.subjectId),
      reminders.map((r) => r.dueAt.toISOString()),
      reminders.map((_, i) => new Date(base + i).toISOString()),
    ),
    db.$executeRawUnsafe(`SELECT pg_notify('${syncChannel}', '')`),
  ]);
}
