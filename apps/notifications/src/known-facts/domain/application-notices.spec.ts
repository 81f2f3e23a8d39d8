import type { EventData } from '@scn/contracts';
import { NOTIFICATION_TYPES } from '../../catalogue/notification-types';
import { renderNotification } from '../../templates';
import { applicationNoticeOf, programsNamedBy } from './application-notices';
import { APPLICATION_EVENT_TYPES, type AnyApplicationEvent, type ApplicationEventType } from './followed-events';

const APPLICATION_ID = '0190f0c8-0000-7000-8000-0000000000a1';
const APPLICANT_ID = '0190f0c8-0000-7000-8000-0000000000a2';
const ORCHESTRA = '0190f0c8-0000-7000-8000-0000000000b1';
const JAZZ = '0190f0c8-0000-7000-8000-0000000000b2';
const UNKNOWN = '0190f0c8-0000-7000-8000-0000000000b3';

const titles = new Map([
  [ORCHESTRA, 'Summer youth orchestra'],
  [JAZZ, 'Jazz workshop in Lyon'],
]);

function eventOf<T extends ApplicationEventType>(type: T, data: Omit<EventData<T>, 'applicationId' | 'applicantId' | 'season'>): AnyApplicationEvent {
  return {
    id: '0190f0c8-0000-7000-8000-0000000000c1',
    type,
    source: 'applications',
    subject: APPLICATION_ID,
    time: '2027-02-01T10:00:00.000Z',
    data: { applicationId: APPLICATION_ID, applicantId: APPLICANT_ID, season: 2027, ...data },
  } as unknown as AnyApplicationEvent;
}

const submitted = (choices = [ORCHESTRA, JAZZ]) =>
  eventOf('application.submitted.v1', { choices: choices.map((exchangeProgramId) => ({ exchangeProgramId, side: 'member' as const })) });
const choiceWithdrawn = (remainingChoices: number, exchangeProgramId = ORCHESTRA) =>
  eventOf('application.choice-withdrawn.v1', { exchangeProgramId, reason: 'The host school closed for renovation', remainingChoices });
const withdrawn = (cause: 'applicant' | 'program-cancelled') =>
  eventOf('application.withdrawn.v1', {
    reason: cause === 'applicant' ? 'I found a summer job' : 'The host school closed for renovation',
    cause,
    exchangeProgramId: cause === 'applicant' ? null : ORCHESTRA,
  });

/** How the applicant is reached, whatever the event: their account, email and inbox, no webhook. */
const toTheApplicant = {
  audience: { kind: 'account', accountId: APPLICANT_ID },
  webhooks: { kind: 'none' },
  channels: ['email', 'inbox'],
};

/** The English message the applicant would read. */
function englishOf(event: AnyApplicationEvent) {
  const notice = applicationNoticeOf(event, titles);
  if (!notice) throw new Error(`${event.type} makes no notification`);
  return renderNotification(notice.type, notice.facts as never, { language: 'en', recipientName: 'Ana' });
}

describe(applicationNoticeOf.name, () => {
  it('follows every application event type', () => {
    expect([...APPLICATION_EVENT_TYPES].sort()).toEqual(['application.choice-withdrawn.v1', 'application.submitted.v1', 'application.withdrawn.v1']);
  });

  describe('a submission', () => {
    it('confirms it to the applicant alone, by email and inbox, naming the season and the ranked programs', () => {
      const notice = applicationNoticeOf(submitted(), titles);
      expect(notice).toEqual({
        type: 'application.submitted',
        facts: {
          applicationId: APPLICATION_ID,
          season: 2027,
          choices: [
            { rank: 1, exchangeProgramId: ORCHESTRA, title: 'Summer youth orchestra' },
            { rank: 2, exchangeProgramId: JAZZ, title: 'Jazz workshop in Lyon' },
          ],
        },
        ...toTheApplicant,
      });
      expect(NOTIFICATION_TYPES['application.submitted'].facts.safeParse(notice?.facts).success).toBe(true);
    });

    it('reads as a confirmation listing the programs in the applicant’s order', () => {
      const message = englishOf(submitted([JAZZ, ORCHESTRA]));
      expect(message.subject).toBe('Application submitted: 2027 season');
      expect(message.summary).toBe('Your application for the 2027 season has been received, with 2 programs in order of preference.');
      expect(message.text).toContain('The programs you chose, in order of preference:\n1. Jazz workshop in Lyon\n2. Summer youth orchestra\n');
      expect(message.html).toContain('1. Jazz workshop in Lyon<br>\n2. Summer youth orchestra');
    });

    it('names a program it does not know yet without inventing a title', () => {
      expect(applicationNoticeOf(submitted([ORCHESTRA, UNKNOWN]), titles)?.facts).toMatchObject({ choices: [{ rank: 1, title: 'Summer youth orchestra' }, { rank: 2, exchangeProgramId: UNKNOWN, title: null }] });
      expect(englishOf(submitted([ORCHESTRA, UNKNOWN])).text).toContain('1. Summer youth orchestra\n2. Exchange program (name not available yet)\n');
      expect(englishOf(submitted([ORCHESTRA])).text).toContain('The program you chose:\n1. Summer youth orchestra\n');
    });

    it('asks for the titles of every chosen program', () => {
      expect(programsNamedBy(submitted([JAZZ, ORCHESTRA]))).toEqual([JAZZ, ORCHESTRA]);
    });
  });

  describe('a choice withdrawn because its program was cancelled', () => {
    it('tells the applicant which program was cancelled and why, and that the rest of the application stays', () => {
      const notice = applicationNoticeOf(choiceWithdrawn(1), titles);
      expect(notice).toEqual({
        type: 'application.choice-withdrawn',
        facts: {
          applicationId: APPLICATION_ID,
          season: 2027,
          exchangeProgramId: ORCHESTRA,
          title: 'Summer youth orchestra',
          reason: 'The host school closed for renovation',
          remainingChoices: 1,
        },
        ...toTheApplicant,
      });
      const message = englishOf(choiceWithdrawn(2));
      expect(message.subject).toBe('Summer youth orchestra was cancelled');
      expect(message.text).toContain(
        'Summer youth orchestra, one of the programs you chose for the 2027 season, was cancelled: The host school closed for renovation',
      );
      expect(message.text).toContain('The rest of your application stays as it is: your 2 other choices are still considered, in the same order.');
      expect(englishOf(choiceWithdrawn(1)).summary).toBe('The rest of your application stays, with your other choice.');
      expect(message.text).not.toContain('withdrawn');
    });

    it('tells that the application is withdrawn when it was the last choice', () => {
      const message = englishOf(choiceWithdrawn(0));
      expect(message.summary).toBe('It was your last choice: your application for the 2027 season is withdrawn.');
      expect(message.text).toContain('was cancelled: The host school closed for renovation');
      expect(message.text).toContain('It was the last program left in your application, so your application is withdrawn.');
      expect(message.text).not.toContain('The rest of your application stays');
    });

    it('still tells it when the program is not known here, without its title', () => {
      expect(applicationNoticeOf(choiceWithdrawn(1, UNKNOWN), titles)?.facts).toMatchObject({ exchangeProgramId: UNKNOWN, title: null });
      const message = englishOf(choiceWithdrawn(1, UNKNOWN));
      expect(message.subject).toBe('A program you chose was cancelled');
      expect(message.text).toContain('One of the programs you chose for the 2027 season was cancelled: The host school closed for renovation');
      expect(programsNamedBy(choiceWithdrawn(1, UNKNOWN))).toEqual([UNKNOWN]);
    });
  });

  describe('a withdrawal', () => {
    it('by the applicant: confirms it to them with their reason', () => {
      expect(applicationNoticeOf(withdrawn('applicant'), titles)).toEqual({
        type: 'application.withdrawn',
        facts: { applicationId: APPLICATION_ID, season: 2027, reason: 'I found a summer job' },
        ...toTheApplicant,
      });
      const message = englishOf(withdrawn('applicant'));
      expect(message.subject).toBe('Application withdrawn: 2027 season');
      expect(message.text).toContain('Reason you gave: I found a summer job');
      expect(programsNamedBy(withdrawn('applicant'))).toEqual([]);
    });

    it('because its last program was cancelled: makes NO notification — the choice-withdrawn one (remainingChoices 0) already told it', () => {
      expect(applicationNoticeOf(withdrawn('program-cancelled'), titles)).toBeNull();
      // …which is the message the applicant does get for it:
      expect(applicationNoticeOf(choiceWithdrawn(0), titles)?.type).toBe('application.choice-withdrawn');
    });
  });
});
