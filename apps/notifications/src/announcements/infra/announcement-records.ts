import type { Announcement, PrismaClient } from '@scn-prisma/notifications';
import { ANNOUNCEMENT_AUDIENCES, NOTIFICATION_STATUSES, type AnnouncementCounts, type AnnouncementRecord } from '@scn/contracts';

/** The source its notifications name: one notification per (source, target, channel). */
export const announcementSourceKey = (announcementId: string): string => `announcement:${announcementId}`;

type Status = (typeof NOTIFICATION_STATUSES)[number];
const noCounts = (): AnnouncementCounts => ({ total: 0, queued: 0, sent: 0, delivered: 0, failed: 0, filtered: 0, cancelled: 0 });

/**
 * Where the notifications of some announcements stand: one `GROUP BY source_key, status`
 * over the notifications of all of them (the unique index on `source_key, …` finds them),
 * not one count per announcement.
 */
export async function countNotificationsOf(db: PrismaClient, announcementIds: readonly string[]): Promise<Map<string, AnnouncementCounts>> {
  const bySource = new Map(announcementIds.map((id) => [announcementSourceKey(id), noCounts()]));
  if (announcementIds.length) {
    const groups = await db.notification.groupBy({
      by: ['sourceKey', 'status'],
      where: { sourceKey: { in: [...bySource.keys()] } },
      _count: { _all: true },
    });
    for (const group of groups) add(bySource.get(group.sourceKey), group.status, group._count._all);
  }
  return new Map(announcementIds.map((id) => [id, bySource.get(announcementSourceKey(id)) ?? noCounts()]));
}

function add(counts: AnnouncementCounts | undefined, status: Status, count: number): void {
  if (!counts) return;
  counts[status] += count;
  counts.total += count;
}

/** An announcement as the API lists it, with its notifications counted. */
export function announcementRecordOf(row: Announcement, counts: AnnouncementCounts | undefined): AnnouncementRecord {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    audience: ANNOUNCEMENT_AUDIENCES.find((audience) => audience === row.audience) ?? null,
    webhooks: row.webhooks,
    sentBy: row.sentBy,
    sentByEmail: row.sentByEmail,
    sentAt: row.createdAt.toISOString(),
    notifications: counts ?? noCounts(),
  };
}
