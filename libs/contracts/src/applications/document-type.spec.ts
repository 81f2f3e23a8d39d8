import { checkDocument, DOCUMENT_MAX_BYTES, sniffMediaType } from './document-type';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

describe('document type by content', () => {
  it('tells PDF, PNG and JPEG by their first bytes, and names a few others', () => {
    expect(sniffMediaType(PDF)).toBe('application/pdf');
    expect(sniffMediaType(PNG)).toBe('image/png');
    expect(sniffMediaType(JPEG)).toBe('image/jpeg');
    expect(sniffMediaType(Buffer.from('MZ\x90\x00'))).toBe('application/x-msdownload');
    expect(sniffMediaType(Buffer.from('PK\x03\x04'))).toBe('application/zip');
    expect(sniffMediaType(Buffer.from('hello'))).toBe('unknown');
    expect(sniffMediaType(Buffer.from('%PD'))).toBe('unknown');
  });

  it('takes a document whose declared type agrees or declares nothing', () => {
    expect(checkDocument(PDF, 'application/pdf')).toEqual({ ok: true, type: 'application/pdf' });
    expect(checkDocument(PNG, 'application/octet-stream')).toEqual({ ok: true, type: 'image/png' });
    expect(checkDocument(JPEG, undefined)).toEqual({ ok: true, type: 'image/jpeg' });
  });

  it('refuses empty, oversized, unsupported and mislabeled files', () => {
    expect(checkDocument(Buffer.alloc(0), 'application/pdf')).toEqual({ ok: false, reason: 'empty' });
    const big = Buffer.concat([PDF, Buffer.alloc(DOCUMENT_MAX_BYTES)]);
    expect(checkDocument(big, 'application/pdf')).toEqual({ ok: false, reason: 'too-large', size: big.length });
    expect(checkDocument(Buffer.from('MZ\x90\x00'), 'application/pdf')).toEqual({ ok: false, reason: 'unsupported-type', detected: 'application/x-msdownload' });
    expect(checkDocument(PNG, 'application/pdf')).toEqual({ ok: false, reason: 'type-mismatch', detected: 'image/png', declared: 'application/pdf' });
    expect(checkDocument(PNG, 'application/octet-stream', ['application/pdf'])).toEqual({ ok: false, reason: 'unsupported-type', detected: 'image/png' });
  });
});
