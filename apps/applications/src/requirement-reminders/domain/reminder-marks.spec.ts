import { dueReminderMarks } from './reminder-marks';

const CLOSES = new Date('2027-03-01T00:00:00Z');
const daysBefore = (days: number) => new Date(CLOSES.getTime() - days * 86_400_000);

describe(dueReminderMarks.name, () => {
  it('sends the 7-day mark, then the 2-day mark, each once', () => {
    expect(dueReminderMarks(CLOSES, daysBefore(8), new Set())).toEqual({ send: null, passOver: [] });
    expect(dueReminderMarks(CLOSES, daysBefore(7), new Set())).toEqual({ send: 7, passOver: [] });
    expect(dueReminderMarks(CLOSES, daysBefore(3), new Set([7]))).toEqual({ send: null, passOver: [] });
    expect(dueReminderMarks(CLOSES, daysBefore(1.5), new Set([7]))).toEqual({ send: 2, passOver: [] });
    expect(dueReminderMarks(CLOSES, daysBefore(1), new Set([7, 2]))).toEqual({ send: null, passOver: [] });
  });

  it('sends only the latest mark when both are due, and nothing once the window closed', () => {
    expect(dueReminderMarks(CLOSES, daysBefore(1), new Set())).toEqual({ send: 2, passOver: [7] });
    expect(dueReminderMarks(CLOSES, CLOSES, new Set())).toEqual({ send: null, passOver: [] });
  });
});
