import type { EventNotice } from './event-notice';
import type { AnyPartnershipImportEvent } from './followed-events';

/**
 * What an import's completion tells, or null for none: the one notification of an import,
 * to the account that started it (email and inbox; no webhook), with its counts and the
 * path of its reported rows. A dry run is told too, as a preview. An import nobody started
 * (no account) tells nobody.
 */
export function importNoticeOf(event: AnyPartnershipImportEvent): EventNotice | null {
  const data = event.data;
  if (!data.createdBy) return null;
  return {
    type: 'partnership-import.completed',
    facts: {
      importId: data.importId,
      fileName: data.fileName,
      dryRun: data.dryRun,
      rows: data.rows,
      created: data.created,
      unchanged: data.unchanged,
      reported: data.reported,
      ambiguous: data.ambiguous,
      problemsPath: `/v1/partnerships/imports/${data.importId}/problems`,
    },
    audience: { kind: 'account', accountId: data.createdBy },
    webhooks: { kind: 'none' },
    channels: ['email', 'inbox'],
  };
}
