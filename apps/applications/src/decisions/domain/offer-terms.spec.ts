import { hostCityOf, offerDeadline, placesOf } from './offer-terms';

const NOW = new Date('2027-04-01T00:00:00Z');

describe('offer terms', () => {
  it('takes the program’s deadline for a released offer, fresh hours for a promotion or a deadline past', () => {
    const program = { offerResponseDeadline: new Date('2027-04-15T00:00:00Z') };
    expect(offerDeadline(program, NOW, 48, false)).toEqual(program.offerResponseDeadline);
    expect(offerDeadline(program, NOW, 48, true)).toEqual(new Date('2027-04-03T00:00:00Z'));
    expect(offerDeadline({ offerResponseDeadline: new Date('2027-03-01T00:00:00Z') }, NOW, 48, false)).toEqual(new Date('2027-04-03T00:00:00Z'));
    expect(offerDeadline({ offerResponseDeadline: null }, NOW, 1, false)).toEqual(new Date('2027-04-01T01:00:00Z'));
  });

  it('counts places per side, none on the side a one-way program does not take', () => {
    const program = { direction: 'reciprocal' as const, capacityMember: 3, capacityPartner: 2 };
    expect([placesOf(program, 'member'), placesOf(program, 'partner')]).toEqual([3, 2]);
    expect(placesOf({ ...program, direction: 'to_partner' }, 'partner')).toBe(0);
    expect(placesOf({ ...program, direction: 'from_partner' }, 'member')).toBe(0);
  });

  it('names the host: the partner city for member-side travellers, the member city for the others', () => {
    expect(hostCityOf({ memberCityId: 'gn:1', partnerCityId: 'gn:2' }, 'partner')).toBe('gn:2');
    expect(hostCityOf({ memberCityId: 'gn:1', partnerCityId: 'gn:2' }, 'member')).toBe('gn:1');
  });
});
