import { editScope, fieldLabelId, stepsFor } from './program-lifecycle';

describe("a program's lifecycle as the page offers it", () => {
  it('offers the one step forward from each status, and cancelling until it completed', () => {
    expect(stepsFor('draft')).toEqual(['publish', 'cancel']);
    expect(stepsFor('published')).toEqual(['close', 'cancel']);
    expect(stepsFor('closed')).toEqual(['allocate', 'cancel']);
    expect(stepsFor('allocated')).toEqual(['start', 'cancel']);
    expect(stepsFor('in_progress')).toEqual(['complete', 'cancel']);
    expect(stepsFor('completed')).toEqual([]);
    expect(stepsFor('cancelled')).toEqual([]);
  });

  it('lets every field change until the window closes, four of them until allocation, none after', () => {
    expect(editScope({ status: 'draft', windowClosedAt: null })).toBe('all');
    expect(editScope({ status: 'published', windowClosedAt: null })).toBe('all');
    // A window closed (by its time, early, or by the matching run) locks the fields applicants were judged by.
    expect(editScope({ status: 'published', windowClosedAt: '2027-03-01T00:00:00.000Z' })).toBe('after-close');
    expect(editScope({ status: 'closed', windowClosedAt: '2027-03-01T00:00:00.000Z' })).toBe('after-close');
    for (const status of ['allocated', 'in_progress', 'completed', 'cancelled'] as const) expect(editScope({ status, windowClosedAt: '2027-03-01T00:00:00.000Z' })).toBe('none');
  });

  it("names a field by its label, nested paths by their first part, and leaves others to the API's name", () => {
    expect(fieldLabelId('status')).toBe('staffPrograms.column.status');
    expect(fieldLabelId('capacity.member')).toBe('staffPrograms.form.capacity');
    expect(fieldLabelId('somethingElse')).toBeNull();
  });
});
