import { standingOf } from './standing';

describe("a member program's standing", () => {
  it('is good when the service says so', () => {
    expect(standingOf({ inGoodStanding: true, membership: 'member', duesPaidThrough: 2026 })).toEqual({ kind: 'good' });
  });

  it('names the membership first when the program is no longer a member', () => {
    expect(standingOf({ inGoodStanding: false, membership: 'withdrawn', duesPaidThrough: 2030 })).toEqual({ kind: 'not-member', membership: 'withdrawn' });
  });

  it('tells missing dues from dues paid only through an earlier year', () => {
    expect(standingOf({ inGoodStanding: false, membership: 'member', duesPaidThrough: null })).toEqual({ kind: 'no-dues' });
    expect(standingOf({ inGoodStanding: false, membership: 'member', duesPaidThrough: 2024 })).toEqual({ kind: 'dues-behind', paidThrough: 2024 });
  });
});
