import { categoriesFor } from './preference-categories';

const ANSWERED = ['account', 'partnerships', 'membership', 'exchanges', 'applications', 'reminders', 'webhooks', 'announcements'].map(
  (category) => ({ category, email: true, inbox: true }),
);

describe('the notification categories offered to a person', () => {
  it('are those of their roles, in the API’s order', () => {
    expect(categoriesFor(['applicant'], ANSWERED, ['account'])).toEqual(['exchanges', 'applications', 'reminders', 'announcements']);
    expect(categoriesFor(['partner-contact'], ANSWERED, ['account'])).toEqual(['partnerships', 'exchanges', 'reminders', 'webhooks', 'announcements']);
  });

  it('join the categories of several roles once each', () => {
    expect(categoriesFor(['applicant', 'partner-contact'], ANSWERED, ['account'])).toEqual([
      'partnerships',
      'exchanges',
      'applications',
      'reminders',
      'webhooks',
      'announcements',
    ]);
  });

  it('leave out what cannot be turned off and what the API does not answer', () => {
    expect(categoriesFor(['network-staff'], ANSWERED, ['account', 'announcements'])).not.toContain('announcements');
    expect(categoriesFor(['network-staff'], ANSWERED, [])).not.toContain('account');
    expect(categoriesFor(['reviewer'], [{ category: 'reminders' }], [])).toEqual(['reminders']);
  });
});
