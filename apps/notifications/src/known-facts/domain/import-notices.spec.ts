import type { DomainEvent } from '@scn/contracts';
import type { AnyPartnershipEvent, AnyPartnershipImportEvent } from './followed-events';
import { importNoticeOf } from './import-notices';
import { partnershipNoticeOf } from './partnership-notices';

const PARTNERSHIP_ID = '0190f0c8-0000-7000-8000-000000000001';
const IMPORT_ID = '0190f0c8-0000-7000-8000-000000000002';
const STAFF_ID = '0190f0c8-0000-7000-8000-000000000003';

const naming = {
  id: PARTNERSHIP_ID,
  title: 'Lyon – Birmingham',
  memberCityId: 'lyon',
  memberCityName: 'Lyon',
  partnerCityId: 'birmingham',
  partnerCityName: 'Birmingham',
  memberCountryCode: 'FR',
  partnerCountryCode: 'GB',
};

function activated(extra: Record<string, unknown> = {}): AnyPartnershipEvent {
  return {
    id: '0190f0c8-0000-7000-8000-00000000000a',
    type: 'partnership.activated.v1',
    source: 'partnerships',
    subject: PARTNERSHIP_ID,
    time: '2027-02-01T10:00:00.000Z',
    data: {
      partnershipId: PARTNERSHIP_ID,
      memberProgramId: null,
      memberCityId: 'lyon',
      partnerCityId: 'birmingham',
      memberCountryCode: 'FR',
      partnerCountryCode: 'GB',
      version: 1,
      termsHash: 'a'.repeat(64),
      startDate: '1951-01-01',
      firstSigning: true,
      ...extra,
    },
  } as unknown as AnyPartnershipEvent;
}

function completed(data: Partial<DomainEvent<'partnership-import.completed.v1'>['data']> = {}): AnyPartnershipImportEvent {
  return {
    id: '0190f0c8-0000-7000-8000-00000000000b',
    type: 'partnership-import.completed.v1',
    source: 'partnerships',
    subject: IMPORT_ID,
    time: '2027-02-01T10:05:00.000Z',
    data: {
      importId: IMPORT_ID,
      fileName: 'twin_cities.csv',
      createdBy: STAFF_ID,
      dryRun: false,
      rows: 300,
      created: 290,
      unchanged: 3,
      reported: 7,
      ambiguous: 2,
      ...data,
    },
  } as unknown as AnyPartnershipImportEvent;
}

describe('imported partnerships', () => {
  it('an imported activation makes no notification: no person, no webhook', () => {
    expect(partnershipNoticeOf(activated({ imported: true }), naming)).toBeNull();
  });

  it('an activation signed on the platform (no `imported`, or false) is still announced to its sides and staff', () => {
    for (const event of [activated(), activated({ imported: false })]) {
      expect(partnershipNoticeOf(event, naming)).toEqual(
        expect.objectContaining({
          type: 'partnership.activated',
          audience: [{ kind: 'partnership', partnershipId: PARTNERSHIP_ID, sides: ['member', 'partner'] }, { kind: 'staff' }],
        }),
      );
    }
  });
});

describe(importNoticeOf.name, () => {
  it('tells the account that started the import, once, by email and inbox, with the counts and the path of the report', () => {
    expect(importNoticeOf(completed())).toEqual({
      type: 'partnership-import.completed',
      facts: {
        importId: IMPORT_ID,
        fileName: 'twin_cities.csv',
        dryRun: false,
        rows: 300,
        created: 290,
        unchanged: 3,
        reported: 7,
        ambiguous: 2,
        problemsPath: `/v1/partnerships/imports/${IMPORT_ID}/problems`,
      },
      audience: { kind: 'account', accountId: STAFF_ID },
      webhooks: { kind: 'none' },
      channels: ['email', 'inbox'],
    });
  });

  it('tells a dry run too, as a preview', () => {
    expect(importNoticeOf(completed({ dryRun: true, created: 0 }))?.facts).toEqual(expect.objectContaining({ dryRun: true }));
  });

  it('tells nobody of an import no account started', () => {
    expect(importNoticeOf(completed({ createdBy: null }))).toBeNull();
  });
});
