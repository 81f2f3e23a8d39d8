import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The seed is plain CommonJS (it runs before anything is compiled).
const { otherNames, readCities500, MAX_ALT_NAMES } = require('./cities500.js') as {
  otherNames(name: string, asciiName: string, alternateNames: string): string[];
  readCities500(file: string): AsyncIterable<Record<string, unknown>>;
  MAX_ALT_NAMES: number;
};

describe('cities500', () => {
  it('keeps the other names written in Latin script, normalized, once each, without the name itself or codes', () => {
    expect(otherNames('Köln', 'Koeln', 'Cologne,Colonia,KÖLN,Koeln,CGN,Кёльн,科隆,Kolín nad Rýnem,Köln')).toEqual([
      'koeln',
      'cologne',
      'colonia',
      'kolin nad rynem',
    ]);
    expect(otherNames('Paris', 'Paris', '')).toEqual([]);
  });

  it('caps the list of a city known by very many names', () => {
    const many = Array.from({ length: 200 }, (_, i) => `Name${i}`).join(',');
    expect(otherNames('Jerusalem', 'Jerusalem', many)).toHaveLength(MAX_ALT_NAMES);
  });

  it('reads a line of the GeoNames dump into a city as the gazetteer stores it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cities500-'));
    const file = path.join(dir, 'cities500.txt');
    const munich = ['2867714', 'Munich', 'Munich', 'MUC,Muenchen,München,Мюнхен', '48.13743', '11.57549', 'P', 'PPLA', 'DE', '', '02', '091', '09162', '09162000', '1260391', '', '524', 'Europe/Berlin', '2023-10-12'];
    const noZone = ['1', 'Somewhere', 'Somewhere', '', '-10.5', '20.25', 'P', 'PPL', 'xx', '', '', '', '', '', '', '', '0', '', '2020-01-01'];
    writeFileSync(file, `${munich.join('\t')}\n${noZone.join('\t')}\n`);
    try {
      const cities = [];
      for await (const city of readCities500(file)) cities.push(city);
      expect(cities).toEqual([
        {
          id: 'gn:2867714',
          name: 'Munich',
          searchName: 'munich',
          altNames: ['muenchen', 'munchen'],
          countryCode: 'DE',
          regionCode: '02',
          latitude: 48.13743,
          longitude: 11.57549,
          population: 1_260_391,
          timeZone: 'Europe/Berlin',
        },
        expect.objectContaining({ id: 'gn:1', altNames: [], countryCode: 'XX', regionCode: null, population: 0, timeZone: null }),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
