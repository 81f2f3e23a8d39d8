import { auditOutcome } from './audit-outcome';

describe(auditOutcome.name, () => {
  it.each([
    [200, 'success'],
    [202, 'success'],
    [204, 'success'],
    [302, 'success'],
    [401, 'denied'],
    [403, 'denied'],
    [400, 'rejected'],
    [404, 'rejected'],
    [409, 'rejected'],
    [429, 'rejected'],
    [500, 'failed'],
    [503, 'failed'],
  ])('files status %i as %s', (status, outcome) => {
    expect(auditOutcome(status)).toBe(outcome);
  });
});
