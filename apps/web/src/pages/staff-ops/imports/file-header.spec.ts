import { TextDecoder, TextEncoder } from 'node:util';
import { csvHeader, readFileHeader } from './file-header';

// jsdom has neither; the browser has both.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const bytes = (text: string) => new TextEncoder().encode(text);

describe("an import file's header row, read in the browser", () => {
  it('splits by the most frequent separator outside quotes, unquotes and trims the names', () => {
    expect(csvHeader(bytes('Stadt;Land; "Partner; Stadt" ;Partnerland\nA;B;C;D\n'))).toEqual(['Stadt', 'Land', 'Partner; Stadt', 'Partnerland']);
    expect(csvHeader(bytes('a,b\tc,d\r\n1,2,3'))).toEqual(['a', 'b\tc', 'd']);
    expect(csvHeader(bytes('town\tcountry\ttwin\ttwin_country'))).toEqual(['town', 'country', 'twin', 'twin_country']);
    expect(csvHeader(bytes('"say ""hi""",x,,\n'))).toEqual(['say "hi"', 'x']);
  });

  it('reads a BOM, and Latin-1 text that is not UTF-8', () => {
    expect(csvHeader(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('ville,pays')]))).toEqual(['ville', 'pays']);
    expect(csvHeader(new Uint8Array([0x63, 0x69, 0x74, 0xe9, 0x2c, 0x70, 0x61, 0x79, 0x73]))).toEqual(['cité', 'pays']);
  });

  it('gives no header for a workbook (its names are typed)', async () => {
    const file = (content: Uint8Array) => ({ slice: () => ({ arrayBuffer: async () => content.buffer }) }) as unknown as Blob;
    expect(await readFileHeader(file(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00])))).toBeNull();
    expect(await readFileHeader(file(bytes('city1,country1,city2,country2\nA,US,B,JP\n')))).toEqual(['city1', 'country1', 'city2', 'country2']);
  });
});
