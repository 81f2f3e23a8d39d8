import { pauseCauseOf } from './pause-cause-facts';

describe(pauseCauseOf.name, () => {
  const sut = pauseCauseOf;

  it('takes the cause a fact carries, whatever the reason says', () => {
    const cause = { code: 'paused-by-manager', by: 'account-1', note: 'venue unavailable' } as const;
    expect(sut({ reason: 'partnership suspended: elections', cause })).toBe(cause);
  });

  it('reads the reason of a pause from before causes existed as the exchanges migration did', () => {
    expect(sut({ reason: 'partnership suspended: elections' })).toEqual({ code: 'partnership-suspended', by: null, note: 'elections' });
    expect(sut({ reason: 'partnership suspended: no reason given' })).toEqual({ code: 'partnership-suspended', by: null, note: null });
    expect(sut({ reason: 'venue unavailable' })).toEqual({ code: 'paused-by-manager', by: null, note: 'venue unavailable' });
  });
});
