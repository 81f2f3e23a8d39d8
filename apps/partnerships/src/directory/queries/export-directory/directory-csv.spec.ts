import type { DirectoryEntryRow } from '../../infra/directory-entry.row';
import { csvHeader, csvLine, csvWithin } from './directory-csv';

const row = (overrides: Partial<DirectoryEntryRow> = {}): DirectoryEntryRow => ({
  id: '0190f2a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6',
  kind: 'sister_city',
  status: 'active',
  start_date: '1962-05-01',
  focus_areas: [],
  m_id: 'gn:1',
  m_name: 'München',
  m_cc: 'DE',
  m_rc: '02',
  p_id: 'gn:2',
  p_name: 'Bordeaux',
  p_cc: 'FR',
  p_rc: null,
  mp_id: null,
  mp_name: null,
  ...overrides,
});

describe('directory CSV', () => {
  it('starts with the column headings', () => {
    expect(csvHeader()).toBe(
      'id,member city,member country,member region,partner city,partner country,partner region,kind,status,start date,member program\n',
    );
  });

  it('writes one line per row, quoting what needs it', () => {
    expect(csvLine(row({ p_name: 'Washington, D.C.', mp_name: 'Friends of "Bordeaux"' }))).toBe(
      '0190f2a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6,München,DE,02,"Washington, D.C.",FR,,sister_city,active,1962-05-01,"Friends of ""Bordeaux"""\n',
    );
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    expect(csvLine(row({ mp_name: '=HYPERLINK("x")' }))).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csvLine(row({ m_name: '@cmd' }))).toContain(",'@cmd,");
  });

  it('stops before the byte budget, counting JSON escaping, but always takes one row', () => {
    const rows = Array.from({ length: 10 }, () => row());
    const one = Buffer.byteLength(JSON.stringify(csvLine(row()))) - 2;
    expect(csvWithin('', rows, one * 3 + 1)).toMatchObject({ count: 3 });
    expect(csvWithin('', rows, 1).count).toBe(1);
    const all = csvWithin(csvHeader(), rows, 1_000_000);
    expect(all.count).toBe(10);
    expect(all.csv.split('\n')).toHaveLength(12);
  });
});
