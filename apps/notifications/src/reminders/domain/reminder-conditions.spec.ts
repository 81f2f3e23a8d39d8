import { NOTIFICATION_TYPES } from '../../catalogue/notification-types';
import { exchangeProgram, memberProgram, partnership, PARTNERSHIP_ID, PROGRAM_ID } from './reminder.fixtures';
import { decideAnniversary, decideDuesReminder, decideProgramReminder, type FiringDecision } from './reminder-conditions';

const at = (iso: string) => new Date(iso);
/** The notice of a decision to fire, its facts checked against the catalogue as the planner will. */
function notice(decision: FiringDecision) {
  if (!('fire' in decision)) throw new Error(`expected to fire, got: ${decision.cancel}`);
  NOTIFICATION_TYPES[decision.fire.type].facts.parse(decision.fire.facts);
  return decision.fire;
}

describe(decideProgramReminder.name, () => {
  const sut = decideProgramReminder;
  const weekBefore = at('2027-02-22T17:00:00Z');

  it('tells the people interested that the window closes, with the days left', () => {
    expect(notice(sut('window-closing-7d', exchangeProgram(), weekBefore))).toEqual({
      type: 'reminder.application-window-closing',
      facts: {
        exchangeProgramId: PROGRAM_ID,
        partnershipId: PARTNERSHIP_ID,
        title: 'Summer youth orchestra',
        category: 'arts-culture',
        applicationClosesAt: '2027-03-01T17:00:00.000Z',
        daysLeft: 7,
      },
      audience: { kind: 'program-interest', exchangeProgramId: PROGRAM_ID },
    });
    expect(notice(sut('window-closing-1d', exchangeProgram(), at('2027-02-28T17:00:00Z'))).facts).toMatchObject({ daysLeft: 1 });
  });

  it('counts the days actually left when it fires late', () => {
    expect(notice(sut('window-closing-7d', exchangeProgram(), at('2027-02-25T10:00:00Z'))).facts).toMatchObject({ daysLeft: 5 });
  });

  it.each([
    ['paused', 'exchange program paused'],
    ['closed', 'exchange program closed'],
    ['cancelled', 'exchange program cancelled'],
  ])('cancels a window-closing reminder of a %s program', (status, reason) => {
    expect(sut('window-closing-1d', exchangeProgram({ status }), weekBefore)).toEqual({ cancel: reason });
  });

  it('cancels a window-closing reminder once the window has closed, and the 7-day one when the 1-day one is due too', () => {
    expect(sut('window-closing-1d', exchangeProgram(), at('2027-03-02T00:00:00Z'))).toEqual({ cancel: 'application window already closed' });
    expect(sut('window-closing-7d', exchangeProgram(), at('2027-02-28T18:00:00Z'))).toEqual({ cancel: 'superseded by the one-day reminder' });
  });

  it('tells everyone concerned, and the partner city’s endpoints, of the decision release', () => {
    const fire = notice(sut('decision-release', exchangeProgram({ status: 'closed' }), at('2027-03-20T10:00:00Z')));
    expect(fire).toMatchObject({
      type: 'reminder.decision-release',
      facts: { decisionReleaseAt: '2027-03-20T10:00:00.000Z' },
      audience: { kind: 'exchange-program', exchangeProgramId: PROGRAM_ID },
      webhooks: { kind: 'partnership', partnershipId: PARTNERSHIP_ID },
    });
  });

  it('tells the program’s people and those interested that the travel approaches, in calendar days', () => {
    const fire = notice(sut('travel-approaching', exchangeProgram({ status: 'allocated' }), at('2027-06-17T09:00:00Z')));
    expect(fire.facts).toMatchObject({ travelStart: '2027-07-01', daysLeft: 14 });
    expect(fire.audience).toEqual([
      { kind: 'exchange-program', exchangeProgramId: PROGRAM_ID },
      { kind: 'program-interest', exchangeProgramId: PROGRAM_ID },
    ]);
  });

  it('cancels decision and travel reminders of a paused, cancelled or unknown program', () => {
    expect(sut('decision-release', exchangeProgram({ status: 'paused' }), weekBefore)).toEqual({ cancel: 'exchange program paused' });
    expect(sut('travel-approaching', exchangeProgram({ status: 'cancelled' }), weekBefore)).toEqual({ cancel: 'exchange program cancelled' });
    expect(sut('travel-approaching', null, weekBefore)).toEqual({ cancel: 'exchange program unknown' });
    expect(sut('travel-approaching', exchangeProgram(), at('2027-07-01T09:00:00Z'))).toEqual({ cancel: 'travel already started' });
  });
});

describe(decideAnniversary.name, () => {
  const sut = decideAnniversary;
  const due = at('2027-02-28T09:00:00Z');

  it('tells both sides how many years the partnership has lasted', () => {
    expect(notice(sut(partnership(), due))).toEqual({
      type: 'reminder.partnership-anniversary',
      facts: {
        partnershipId: PARTNERSHIP_ID,
        title: 'Springfield – Rouen',
        memberCity: 'Springfield',
        partnerCity: 'Rouen',
        memberCountryCode: 'US',
        partnerCountryCode: 'FR',
        startDate: '2016-02-29',
        years: 11,
      },
      audience: { kind: 'partnership', partnershipId: PARTNERSHIP_ID, sides: ['member', 'partner'] },
      webhooks: { kind: 'partnership', partnershipId: PARTNERSHIP_ID },
    });
  });

  it('names the cities by id when their names are unknown', () => {
    expect(notice(sut(partnership({ memberCityName: null, partnerCityName: null, title: null }), due)).facts).toMatchObject({
      memberCity: 'gn:1',
      partnerCity: 'gn:2',
    });
  });

  it('skips the anniversary of a partnership that is not active', () => {
    expect(sut(partnership({ status: 'suspended' }), due)).toEqual({ cancel: 'partnership suspended' });
    expect(sut(null, due)).toEqual({ cancel: 'partnership unknown' });
  });
});

describe(decideDuesReminder.name, () => {
  const sut = decideDuesReminder;
  const due = at('2027-12-02T09:00:00Z');

  it('tells the member program its dues fall due on 1 January', () => {
    expect(notice(sut(memberProgram({ duesPaidThrough: 2027 }), due))).toEqual({
      type: 'reminder.dues-due',
      facts: { memberProgramId: memberProgram().id, name: 'Springfield Sister Cities', duesPaidThrough: 2027, dueDate: '2028-01-01' },
      audience: { kind: 'member-program', memberProgramId: memberProgram().id },
    });
  });

  it('cancels it when the dues were paid meanwhile or the program left', () => {
    expect(sut(memberProgram({ duesPaidThrough: 2028 }), due)).toEqual({ cancel: 'dues already paid through 2028' });
    expect(sut(memberProgram({ membership: 'withdrawn' }), due)).toEqual({ cancel: 'membership withdrawn' });
  });
});
