import { digestMessageId, mailDomainOf, notificationMessageId } from './message-ids';

describe('message ids', () => {
  it('take the domain of the From address', () => {
    expect(mailDomainOf('Sister City Network <no-reply@scn.example.org>')).toBe('scn.example.org');
    expect(mailDomainOf('no-reply@scn.local')).toBe('scn.local');
    expect(mailDomainOf('not an address')).toBe('scn');
  });

  it('are the same for every try of one notification', () => {
    expect(notificationMessageId('0190a-1', 'scn.local')).toBe('<0190a-1@scn.local>');
  });

  it('are the same for a digest of the same notifications, and differ for other ones', () => {
    const item = { title: 'A', summary: 'a', createdAt: new Date('2027-01-01T08:00:00Z') };
    const items = [item];
    const id = digestMessageId('r1', items, 'scn.local');
    expect(id).toMatch(/^<digest-r1-[0-9a-f]{24}@scn\.local>$/);
    expect(digestMessageId('r1', [...items], 'scn.local')).toBe(id);
    expect(digestMessageId('r1', [{ ...item, title: 'B' }], 'scn.local')).not.toBe(id);
    expect(digestMessageId('r2', items, 'scn.local')).not.toBe(id);
  });
});
