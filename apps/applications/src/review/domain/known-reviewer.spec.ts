import type { DomainEvent } from '@scn/contracts';
import { reviewerAfter, reviewerRefusal, type AccountEvent, type KnownReviewerState } from './known-reviewer';

const accountId = '0193c1d2-7f00-7000-8000-000000000001';
const ref = { accountId, email: 'rev@example.org', displayName: 'Rev', language: 'en' };
const event = <T extends AccountEvent['type']>(type: T, data: DomainEvent<T>['data']) => ({ type, data }) as unknown as AccountEvent;
const P1 = '0193c1d2-7f00-7000-8000-0000000000a1';
const P2 = '0193c1d2-7f00-7000-8000-0000000000a2';

describe(reviewerAfter.name, () => {
  it('keeps the programs of the reviewer grant; an account that is no reviewer is not kept', () => {
    const activated = event('account.activated.v1', { ...ref, grants: [{ role: 'reviewer', scopeIds: [P2, P1] }, { role: 'applicant', scopeIds: [] }] });
    expect(reviewerAfter(activated, null)).toEqual({ accountId, email: ref.email, displayName: 'Rev', programIds: [P1, P2], disabled: false });
    expect(reviewerAfter(event('account.activated.v1', { ...ref, grants: [{ role: 'applicant', scopeIds: [] }] }), null)).toBeNull();
    expect(reviewerAfter(event('account.disabled.v1', ref), null)).toBeNull();
  });

  it('follows role changes and disabling; activation enables again', () => {
    const before: KnownReviewerState = { accountId, email: ref.email, displayName: 'Rev', programIds: [P1], disabled: false };
    const removed = reviewerAfter(event('account.roles-changed.v1', { ...ref, grants: [] }), before);
    expect(removed).toMatchObject({ programIds: [], disabled: false });
    const disabled = reviewerAfter(event('account.disabled.v1', ref), before)!;
    expect(disabled).toMatchObject({ programIds: [P1], disabled: true });
    expect(reviewerAfter(event('account.roles-changed.v1', { ...ref, grants: [{ role: 'reviewer', scopeIds: [P2] }] }), disabled)).toMatchObject({ programIds: [P2], disabled: true });
    expect(reviewerAfter(event('account.activated.v1', { ...ref, grants: [{ role: 'reviewer', scopeIds: [P1] }] }), disabled)).toMatchObject({ disabled: false });
  });
});

describe(reviewerRefusal.name, () => {
  const reviewer: KnownReviewerState = { accountId, email: ref.email, displayName: 'Rev', programIds: [P1], disabled: false };
  it('names the rule a reviewer breaks', () => {
    expect(reviewerRefusal(reviewer, P1, 'someone')).toBeNull();
    expect(reviewerRefusal(undefined, P1, 'someone')).toBe('known_reviewer');
    expect(reviewerRefusal(reviewer, P2, 'someone')).toBe('reviewer_of_program');
    expect(reviewerRefusal({ ...reviewer, disabled: true }, P1, 'someone')).toBe('active_reviewer');
    expect(reviewerRefusal(reviewer, P1, accountId)).toBe('own_application');
  });
});
