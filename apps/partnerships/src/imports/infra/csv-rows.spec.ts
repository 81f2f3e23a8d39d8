import { Workbook } from 'exceljs';
import { detectCsvDelimiter as detectDelimiter } from '@scn/contracts';
import { decodeText, readImportFile } from './csv-rows';

describe('readImportFile', () => {
  it('detects the separator of the header line', () => {
    expect(detectDelimiter('a,b;c\n1,2,3')).toBe(',');
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
  });

  it('decodes UTF-8 with or without BOM, and Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(Buffer.from('\ufeffMalmö', 'utf8'))).toEqual({ text: 'Malmö', encoding: 'utf-8' });
    expect(decodeText(Buffer.from('Malmö', 'utf8'))).toEqual({ text: 'Malmö', encoding: 'utf-8' });
    expect(decodeText(Buffer.from('Malmö – €', 'latin1').map((byte, i, all) => (i === all.length - 1 ? 0x80 : byte)))).toMatchObject({
      encoding: 'windows-1252',
    });
    expect(decodeText(Buffer.from([0x4d, 0x61, 0x6c, 0x6d, 0xf6]))).toEqual({ text: 'Malmö', encoding: 'windows-1252' });
  });

  it('reads semicolon and tab separated files by column name', async () => {
    for (const separator of [';', '\t']) {
      const file = await readImportFile(Buffer.from(['city1', 'country1'].join(separator) + '\n' + ['Malmö', 'Sweden'].join(separator)));
      expect(file).toMatchObject({ header: ['city1', 'country1'], rows: [{ rowNumber: 2, record: { city1: 'Malmö', country1: 'Sweden' } }] });
    }
  });

  it('reads the first sheet of an .xlsx workbook', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Partnerships');
    sheet.addRow(['city1', 'country1', 'year']);
    sheet.addRow(['Malmö', 'Sweden', 1994]);
    workbook.addWorksheet('Other').addRow(['ignored']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await readImportFile(bytes)).toMatchObject({
      format: 'xlsx',
      header: ['city1', 'country1', 'year'],
      rows: [{ rowNumber: 2, record: { city1: 'Malmö', country1: 'Sweden', year: '1994' } }],
    });
  });

  it('refuses a file that is neither text nor a workbook, naming what was expected', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await expect(readImportFile(png)).rejects.toMatchObject({ code: 'IMPORT.UNSUPPORTED_FILE', message: expect.stringContaining('.xlsx workbook') });
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    await expect(readImportFile(zip)).rejects.toMatchObject({ code: 'IMPORT.UNSUPPORTED_FILE' });
  });
});
