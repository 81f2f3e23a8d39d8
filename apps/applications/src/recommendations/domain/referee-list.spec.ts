import { refereeChanges } from './referee-list';

describe('referee list changes', () => {
  it('keeps referees by email, adds the new, removes the dropped', () => {
    const current = [
      { id: '1', name: 'Dr. Smith', email: 'smith@school.example' },
      { id: '2', name: 'Coach', email: 'coach@club.example' },
    ];
    const changes = refereeChanges(current, [
      { name: 'Dr. J. Smith', email: 'SMITH@school.example' },
      { name: 'Ms. Lee', email: 'lee@school.example' },
    ]);
    expect(changes.kept).toEqual([{ id: '1', name: 'Dr. J. Smith', email: 'smith@school.example' }]);
    expect(changes.added).toEqual([{ name: 'Ms. Lee', email: 'lee@school.example' }]);
    expect(changes.removed.map((referee) => referee.id)).toEqual(['2']);
  });
});
