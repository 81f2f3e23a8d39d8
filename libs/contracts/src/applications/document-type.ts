// What an uploaded document is, told by its content (its first bytes), never by its name
// or the content type its sender declared (issue #13). Shared by the gateway, which refuses
// a file before storing a byte of it, and the applications service, which checks again.

/** The largest document (or referee letter) taken: 10 MiB. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The kinds of document taken. */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** Signatures of the kinds taken, then of a few common others (only to name them in a refusal). */
const SIGNATURES: ReadonlyArray<{ type: string; bytes: readonly number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] }, // also .docx, .xlsx
  { type: 'application/x-msdownload', bytes: [0x4d, 0x5a] }, // MZ: a Windows program
  { type: 'application/x-ole-storage', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // .doc, .xls
];

/** The type the content shows: one of DOCUMENT_MEDIA_TYPES, another known type, or `unknown`. */
export function sniffMediaType(bytes: Uint8Array): string {
  const match = SIGNATURES.find((signature) => bytes.length >= signature.bytes.length && signature.bytes.every((byte, index) => bytes[index] === byte));
  return match?.type ?? 'unknown';
}

export function isDocumentMediaType(type: string): type is DocumentMediaType {
  return (DOCUMENT_MEDIA_TYPES as readonly string[]).includes(type);
}

/** Why a document is refused (null: taken), from its bytes and the content type its sender declared. */
export type DocumentRefusal =
  | { reason: 'empty' }
  | { reason: 'too-large'; size: number }
  | { reason: 'unsupported-type'; detected: string }
  | { reason: 'type-mismatch'; detected: DocumentMediaType; declared: string };

/**
 * Checks an upload: not empty, at most DOCUMENT_MAX_BYTES, a PDF, JPEG or PNG by its
 * content (`allowed` narrows the kinds, e.g. a referee letter is a PDF), and not labelled
 * as another of those kinds (a PNG declared `application/pdf` is mislabeled).
 * `application/octet-stream` (or no type) declares nothing: the content decides.
 */
export function checkDocument(
  bytes: Uint8Array,
  declared: string | undefined,
  allowed: readonly DocumentMediaType[] = DOCUMENT_MEDIA_TYPES,
): { ok: true; type: DocumentMediaType } | ({ ok: false } & DocumentRefusal) {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > DOCUMENT_MAX_BYTES) return { ok: false, reason: 'too-large', size: bytes.length };
  const detected = sniffMediaType(bytes);
  if (!isDocumentMediaType(detected) || !allowed.includes(detected)) return { ok: false, reason: 'unsupported-type', detected };
  const label = declared?.split(';')[0]?.trim().toLowerCase();
  if (label && label !== detected && isDocumentMediaType(label)) return { ok: false, reason: 'type-mismatch', detected, declared: label };
  return { ok: true, type: detected };
}
