import { fromLocalInput, toLocalInput } from './local-date-time';

// The tests run in whatever zone the machine has: each instant is made from a wall-clock
// time of that zone (`new Date(y, m, d, h, min)`), so the conversion is checked against the
// engine's own idea of local time, winter and summer.
describe('an instant typed as a local date and time', () => {
  const winter = new Date(2027, 2, 1, 10, 0);
  const summer = new Date(2027, 6, 1, 11, 5);

  it('shows an instant as the wall-clock time of the viewer', () => {
    expect(toLocalInput(winter.toISOString())).toBe('2027-03-01T10:00');
    expect(toLocalInput(summer.toISOString())).toBe('2027-07-01T11:05');
    expect(toLocalInput(null)).toBe('');
    expect(toLocalInput('not a date')).toBe('');
  });

  it('reads a typed time back as the instant it names', () => {
    expect(fromLocalInput('2027-03-01T10:00')).toBe(winter.toISOString());
    expect(fromLocalInput('2027-07-01T11:05')).toBe(summer.toISOString());
    expect(fromLocalInput(toLocalInput('2027-12-24T23:30:00Z'))).toBe('2027-12-24T23:30:00.000Z');
  });

  it('leaves what is not a date and time for the contract to refuse', () => {
    expect(fromLocalInput('')).toBe('');
    expect(fromLocalInput('tomorrow')).toBe('tomorrow');
  });
});
