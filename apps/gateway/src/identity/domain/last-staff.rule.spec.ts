import { keepOneStaff } from './last-staff.rule';

describe(keepOneStaff.name, () => {
  it('refuses to take the role from the last active staff account', () => {
    expect(() => keepOneStaff({ isStaff: true, otherActiveStaff: 0 })).toThrow(expect.objectContaining({ code: 'ACCOUNT.LAST_STAFF' }));
  });

  it('lets it go when another active staff account remains, or the account is not staff', () => {
    expect(() => keepOneStaff({ isStaff: true, otherActiveStaff: 1 })).not.toThrow();
    expect(() => keepOneStaff({ isStaff: false, otherActiveStaff: 0 })).not.toThrow();
  });
});
