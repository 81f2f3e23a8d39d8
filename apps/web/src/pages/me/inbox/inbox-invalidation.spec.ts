import { keysToInvalidate } from './inbox-invalidation';

describe('what an inbox event makes stale', () => {
  it('always the inbox; the applications too when it is about one', () => {
    expect(keysToInvalidate({ type: 'exchange-program.window-opened', category: 'exchanges' })).toEqual([['me', 'inbox']]);
    expect(keysToInvalidate({ type: 'application.decision-released', category: 'applications' })).toEqual([['me', 'inbox'], ['me', 'applications']]);
    expect(keysToInvalidate({ type: 'reminder.requirements-missing', category: 'reminders' })).toEqual([['me', 'inbox'], ['me', 'applications']]);
    expect(keysToInvalidate({})).toEqual([['me', 'inbox']]);
  });
});
