import { applicationIdsOf, erasedAnything, erasedTargetKey, ERASURE_REASON } from './applicant-erasure';

const A = '0190f0c8-0000-7000-8000-00000000000a';
const B = '0190f0c8-0000-7000-8000-00000000000b';
const C = '0190f0c8-0000-7000-8000-00000000000c';

describe('applicationIdsOf', () => {
  it('collects the applications named by the notifications’ facts and the offer reminders, once each, sorted', () => {
    const facts = [{ applicationId: B, season: 2027 }, { applicationId: A }, { applicationId: B, title: 'Jazz' }];
    expect(applicationIdsOf(facts, [C, A])).toEqual([A, B, C]);
  });

  it('leaves out what is not an application id', () => {
    const facts = [null, 'text', 42, {}, { applicationId: 7 }, { applicationId: 'not-a-uuid' }, { applicationId: A.toUpperCase() }];
    expect(applicationIdsOf(facts, ['offer-deadline-3d_x'])).toEqual([A]);
  });

  it('finds nothing for a person told nothing about an application', () => {
    expect(applicationIdsOf([])).toEqual([]);
  });
});

describe('an anonymised notification', () => {
  it('targets nobody, with a key unique per row', () => {
    expect(erasedTargetKey(A)).toBe(`erased:${A}`);
    expect(erasedTargetKey(A)).not.toBe(erasedTargetKey(B));
    expect(ERASURE_REASON).not.toMatch(/@/);
  });
});

describe('erasedAnything', () => {
  const nothing = { recipientErased: false, notificationsAnonymised: 0, notificationsCancelled: 0, remindersDeleted: 0 };

  it('is false for an unknown account', () => {
    expect(erasedAnything(nothing)).toBe(false);
  });

  it('is true as soon as a recipient, a notification or a reminder went', () => {
    expect(erasedAnything({ ...nothing, recipientErased: true })).toBe(true);
    expect(erasedAnything({ ...nothing, notificationsAnonymised: 1 })).toBe(true);
    expect(erasedAnything({ ...nothing, remindersDeleted: 2 })).toBe(true);
  });
});
