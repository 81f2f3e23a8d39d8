import type { ApplicationDocumentView } from '@scn/contracts';

export const DOCUMENT_FIELDS = { requirementKey: true, fileName: true, contentType: true, size: true, sha256: true, uploadedAt: true } as const;

export function documentView(row: { requirementKey: string; fileName: string | null; contentType: string; size: number; sha256: string; uploadedAt: Date }): ApplicationDocumentView {
  return {
    requirementKey: row.requirementKey,
    fileName: row.fileName,
    contentType: row.contentType as ApplicationDocumentView['contentType'],
    size: row.size,
    sha256: row.sha256,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}
