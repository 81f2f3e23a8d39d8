import type { LanguageCatalogue } from '../message-catalogue';

// English: also what every language without a catalogue of its own reads.

const sideCity = '{side, select, member {{memberCity}} other {{partnerCity}}}';
const otherSideCity = '{side, select, member {{partnerCity}} other {{memberCity}}}';
const partnership = 'the partnership between {memberCity} ({memberCountry}) and {partnerCity} ({partnerCountry})';
const Partnership = 'The partnership between {memberCity} ({memberCountry}) and {partnerCity} ({partnerCountry})';
const pair = '{memberCity} – {partnerCity}';

export const en: LanguageCatalogue = {
  layout: {
    greeting: 'Hello {name},',
    greetingWithoutName: 'Hello,',
    signOff: 'Kind regards,',
    signature: 'The Sister City Network',
    actionFallback: 'If the button does not work, copy this address into your browser:',
    actionInText: '{label}:',
    footerOptional:
      'You receive this email because of your role in the Sister City Network. You can choose which notifications reach you by email in your notification preferences.',
    footerCritical: 'This message concerns your account, so it is sent even if you have turned other notifications off.',
    footerCriticalApplication: 'This message concerns an application, so it is sent even if you have turned other notifications off.',
    footerWithoutAccount:
      'You receive this email because you are listed as a contact in the Sister City Network. You can choose which of these emails you still receive, or stop them all, without an account:',
    unsubscribeLink: 'Choose your emails or unsubscribe',
  },
  digest: {
    subject: 'Your daily summary: {count, plural, =0 {nothing new} one {# notification} other {# notifications}}',
    title: 'Your daily summary',
    summary: '{count, plural, =0 {Nothing new since your last summary.} one {# notification since your last summary.} other {# notifications since your last summary.}}',
    intro: '{count, plural, =0 {Nothing new has happened since your last summary.} one {Here is what happened since your last summary:} other {Here are the # notifications since your last summary:}}',
    footer: 'You receive this daily summary because you chose it in your notification preferences, where you can also turn it off.',
  },
  vocabulary: {
    exchangeCategories: {
      'youth-education': 'youth and education',
      'arts-culture': 'arts and culture',
      'business-trade': 'business and trade',
      'humanitarian-municipal': 'humanitarian and municipal cooperation',
      'professional-technical': 'professional and technical exchange',
    },
    roles: {
      'network-staff': 'network staff',
      'program-admin': 'program administrator',
      reviewer: 'application reviewer',
      applicant: 'applicant',
      'partner-contact': 'partner-city contact',
    },
    programDates: {
      applicationOpensAt: 'opening of applications',
      applicationClosesAt: 'application deadline',
      decisionReleaseAt: 'release of decisions',
      offerResponseDeadline: 'deadline to answer an offer',
      travelStart: 'start of travel',
      travelEnd: 'end of travel',
      other: 'schedule',
    },
    pauseCauses: {
      'partnership-suspended': 'because the partnership was suspended',
      'paused-by-manager': 'at the request of the people running it',
    },
    unnamedProgram: 'Exchange program (name not available yet)',
    waitlistEntry: '{title}: number {position} on the waiting list',
    missingRequirements: {
      documents: 'Upload the document “{key}”',
      answers: 'Answer the question “{key}”',
      referees: 'Name the referees the program asks for',
      guardian: 'Name a guardian in your profile (you will be a minor when travelling)',
      other: 'Complete “{field}”',
    },
  },
  types: {
    'account.invited': {
      title: 'You are invited to join the Sister City Network',
      summary: 'Accept the invitation to set up your account.',
      body: [
        'You have been invited to join the Sister City Network with the following roles: {roles}.',
        'Accept the invitation to choose your password and set up your account. The invitation is valid until {expiresAt, date, moment}.',
      ],
      action: 'Accept the invitation',
    },
    'account.verify-email': {
      title: 'Confirm your email address',
      summary: 'Confirm this address to finish setting up your account.',
      body: [
        'Please confirm that this email address is yours, so that we can keep you informed about your account and your partnerships.',
        'The link is valid until {expiresAt, date, moment}. If you did not create an account, you can ignore this message.',
      ],
      action: 'Confirm my email address',
    },
    'account.password-reset': {
      title: 'Reset your password',
      summary: 'A new password was requested for your account.',
      body: [
        'We received a request to reset the password of your Sister City Network account. You can choose a new one with the link below until {expiresAt, date, moment}.',
        'If you did not ask for this, ignore this message: your password stays as it is.',
      ],
      action: 'Choose a new password',
    },

    'partnership.proposed': {
      title: `New partnership proposed: ${pair}`,
      summary: 'A partnership between {memberCity} and {partnerCity} has been proposed and awaits the approval of both sides.',
      body: [
        'A partnership has been proposed between {memberCity} ({memberCountry}) and {partnerCity} ({partnerCountry}).',
        'Version {version} of the agreement is ready for review. It comes into force once the highest officials of both cities have approved it.',
      ],
    },
    'partnership.terms-amended': {
      title: `Partnership terms amended: ${pair}`,
      summary: 'Version {version} of the agreement needs the approval of both sides.',
      body: [
        `The terms of ${partnership} have been amended.`,
        'Approvals given to earlier versions no longer count: version {version} of the agreement needs the approval of both sides.',
      ],
    },
    'partnership.approved': {
      title: `Approval from ${sideCity}: ${pair}`,
      summary: '{signatoryName} approved version {version} of the agreement between {memberCity} and {partnerCity}.',
      body: [
        `On behalf of ${sideCity}, {signatoryName} ({signatoryOffice}) has approved version {version} of the agreement for ${partnership}.`,
        'The agreement comes into force once both sides have approved the same version.',
      ],
    },
    'partnership.activated': {
      title: `{firstSigning, select, true {Partnership in force} other {New terms in force}}: ${pair}`,
      summary:
        '{firstSigning, select, true {Both sides have signed: the partnership between {memberCity} and {partnerCity} is in force.} other {Both sides have approved version {version}: these are now the terms in force.}}',
      body: [
        `{firstSigning, select, true {Both sides have signed: ${partnership} is now in force. Congratulations to everyone who made it happen!} other {Both sides have approved version {version} of the agreement: it replaces the terms previously in force for ${partnership}.}}`,
        '{startDate, select, none {} other {The partnership officially dates from {startDate, date, calendar}.}}',
      ],
    },
    'partnership.suspended': {
      title: `Partnership suspended: ${pair}`,
      summary: 'The partnership between {memberCity} and {partnerCity} has been suspended.',
      body: [
        `${Partnership} has been suspended.`,
        'Reason given: {reason}',
        'While it is suspended, its exchange programs take no new applications. You will be told when it resumes.',
      ],
    },
    'partnership.reactivated': {
      title: `Partnership resumed: ${pair}`,
      summary: 'The partnership between {memberCity} and {partnerCity} is active again.',
      body: [
        `The suspension has been lifted: ${partnership} is active again.`,
        'Exchange programs that were paused because of the suspension resume.',
      ],
    },
    'partnership.termination-proposed': {
      title: `Termination proposed: ${pair}`,
      summary: `${sideCity} has proposed to end its partnership with ${otherSideCity}.`,
      body: [
        `${sideCity} has proposed to end ${partnership}.`,
        'Reason given: {reason}',
        'The partnership ends only once both sides have approved the termination. Until then, it stays in force.',
      ],
    },
    'partnership.terminated': {
      title: `Partnership ended: ${pair}`,
      summary: 'The partnership between {memberCity} and {partnerCity} has ended.',
      body: [
        `${Partnership} has ended.`,
        'Reason given: {reason}',
        'Exchange programs under it that had not started are cancelled. Thank you to everyone who brought this partnership to life.',
      ],
    },

    'partnership-import.completed': {
      title: '{dryRun, select, true {Import preview ready} other {Import completed}}: {fileName, select, none {your file} other {{fileName}}}',
      summary:
        '{dryRun, select, true {Preview of {rows, plural, one {# row} other {# rows}}: {created} would be created, nothing was written.} other {{rows, plural, one {# row} other {# rows}} read: {created} partnerships created.}}',
      body: [
        '{dryRun, select, true {The preview of your import ({fileName, select, none {your file} other {{fileName}}}) has finished. Nothing was written: these are the counts committing the file would give.} other {Your import of partnerships ({fileName, select, none {your file} other {{fileName}}}) has finished. The imported partnerships were added without announcing each one.}}',
        'Rows read: {rows}. {dryRun, select, true {Would be created} other {Created}}: {created}. Unchanged (already known): {unchanged}. Reported: {reported}, of which ambiguous: {ambiguous}.',
        '{reported, plural, =0 {No row needs checking.} other {The reported rows, with their reasons and candidates, are listed at {problemsPath}.}}',
      ],
    },
    'member-program.registered': {
      title: 'Welcome to the network, {name}',
      summary: '{name} is now a member program of the Sister City Network.',
      body: [
        '{name} is now registered as a member program of the Sister City Network.',
        'Its administrators can now keep its contacts up to date, propose partnerships and publish exchange programs.',
      ],
    },
    'member-program.standing-changed': {
      title: '{inGoodStanding, select, true {{name} is in good standing} other {{name} is no longer in good standing}}',
      summary: '{inGoodStanding, select, true {The membership of {name} is current.} other {The membership of {name} has lapsed.}}',
      body: [
        '{inGoodStanding, select, true {The membership of {name} is current: the program is in good standing with the network.} other {The membership of {name} is no longer current, so the program is not in good standing with the network.}}',
        '{duesPaidThrough, select, none {No membership dues have been recorded yet.} other {Dues are paid through {duesPaidThrough}.}}',
        '{inGoodStanding, select, true {} other {Please contact the network staff to renew the membership.}}',
      ],
    },

    'exchange-program.published': {
      title: 'New exchange program: {title}',
      summary: 'Applications are open from {applicationOpensAt, date, day} to {applicationClosesAt, date, day}.',
      body: [
        'A new exchange program has been published: {title} ({category}).',
        'Applications open on {applicationOpensAt, date, moment} and close on {applicationClosesAt, date, moment}.',
        'Travel is planned from {travelStart, date, calendar} to {travelEnd, date, calendar}.',
      ],
    },
    'exchange-program.dates-changed': {
      title: 'New dates for {title}',
      summary: 'Changed: {changed}.',
      body: [
        'The dates of the exchange program {title} have changed ({changed}).',
        'Applications now close on {applicationClosesAt, date, moment}.',
        'Travel is now planned from {travelStart, date, calendar} to {travelEnd, date, calendar}.',
      ],
    },
    'exchange-program.window-opened': {
      title: 'Applications open: {title}',
      summary: 'Applications are open until {applicationClosesAt, date, day}.',
      body: ['Applications for the exchange program {title} ({category}) are now open.', 'They close on {applicationClosesAt, date, moment}.'],
    },
    'exchange-program.paused': {
      title: 'Exchange program paused: {title}',
      summary: 'Paused {cause}. No new applications are accepted for the time being.',
      body: [
        'The exchange program {title} has been paused {cause}: no new applications are accepted for the time being.',
        '{causeNote, select, none {} other {Reason given: {causeNote}}}',
        'You will be told when the program resumes.',
      ],
    },
    'exchange-program.resumed': {
      title: 'Exchange program resumed: {title}',
      summary: 'The program is running again.',
      body: ['The exchange program {title} has resumed.', 'Applications are accepted again while its application window is open.'],
    },
    'exchange-program.cancelled': {
      title: 'Exchange program cancelled: {title}',
      summary: 'The program will not take place.',
      body: ['The exchange program {title} has been cancelled and will not take place.', 'Reason given: {reason}'],
    },

    'application.submitted': {
      title: 'Application submitted: {season} season',
      summary:
        'Your application for the {season} season has been received, with {choiceCount, plural, one {# program} other {# programs in order of preference}}.',
      body: [
        'Your application for the {season} season has been submitted. Thank you!',
        '{choiceCount, plural, one {The program you chose} other {The programs you chose, in order of preference}}:\n{choices}',
        'You will hear from us when the decisions are released.',
      ],
    },
    'application.choice-withdrawn': {
      title: '{title, select, none {A program you chose was cancelled} other {{title} was cancelled}}',
      summary:
        '{remainingChoices, plural, =0 {It was your last choice: your application for the {season} season is withdrawn.} one {The rest of your application stays, with your other choice.} other {The rest of your application stays, with your # other choices.}}',
      body: [
        '{title, select, none {One of the programs you chose for the {season} season was cancelled} other {{title}, one of the programs you chose for the {season} season, was cancelled}}: {reason}',
        '{remainingChoices, plural, =0 {It was the last program left in your application, so your application is withdrawn. You do not need to do anything.} one {It has been removed from your application. The rest of your application stays as it is: your other choice is still considered.} other {It has been removed from your application. The rest of your application stays as it is: your # other choices are still considered, in the same order.}}',
      ],
    },
    'application.withdrawn': {
      title: 'Application withdrawn: {season} season',
      summary: 'You withdrew your application for the {season} season.',
      body: [
        'As you asked, your application for the {season} season has been withdrawn: it is no longer considered for any program.',
        'Reason you gave: {reason}',
      ],
    },

    'application.decision-released': {
      title:
        '{outcome, select, accepted {You have a place: {title, select, none {your exchange program} other {{title}}}} waitlisted {You are on a waiting list: {season} season} other {Decision on your application: {season} season}}',
      summary:
        '{outcome, select, accepted {You are offered a place in {title, select, none {your exchange program} other {{title}}}: see your offer to answer it.} waitlisted {No place yet, but you are on {waitlistCount, plural, one {# waiting list} other {# waiting lists}}.} other {We are sorry: your application for the {season} season did not obtain a place.}}',
      body: [
        '{outcome, select, accepted {The decisions for the {season} season are out: you have a place in {title, select, none {your exchange program} other {{title}}}.} waitlisted {The decisions for the {season} season are out. No place is free for you yet, but you are on a waiting list.} other {The decisions for the {season} season are out. We are sorry: your application did not obtain a place in any of the programs you chose.}}',
        '{waitlistCount, plural, =0 {} other {{outcome, select, accepted {You are also on the waiting list of programs you ranked higher:} other {Your place on each waiting list:}}\n{waitlists}}}',
        '{outcome, select, accepted {Your offer comes in a separate message with its deadline: see your offer to accept or decline it.} waitlisted {If a place frees up, you will be offered it at once, with a deadline of its own to answer.} other {}}',
        'Why you obtained this result, choice by choice, is explained in your application: {applicationPath}',
      ],
    },
    'application.offer-made': {
      title: '{promoted, select, true {You moved up from the waiting list: {title, select, none {your exchange program} other {{title}}}} other {Place offered: {title, select, none {your exchange program} other {{title}}}}}',
      summary: 'Accept or decline it by {deadline, date, moment}.',
      body: [
        '{promoted, select, true {Good news: a place has become free and you were next on the waiting list. You are offered a place in {title, select, none {your exchange program} other {{title}}} for the {season} season.} other {You are offered a place in {title, select, none {your exchange program} other {{title}}} for the {season} season.}}',
        'Please accept or decline it by {deadline, date, moment}. Without an answer by then, the offer lapses and the place goes to the next person on the waiting list.',
        'Your offer, and how to answer it: {applicationPath}',
      ],
    },
    'application.offer-lapsed': {
      title: 'Offer lapsed: {title, select, none {your exchange program} other {{title}}}',
      summary: 'The deadline passed without an answer: the place went to the next person on the waiting list.',
      body: [
        'The deadline to answer your offer of a place in {title, select, none {your exchange program} other {{title}}} ({season} season) has passed without an answer.',
        'The offer has lapsed and the place has gone to the next person on the waiting list.',
        'Your application: {applicationPath}',
      ],
    },
    'application.confirmed': {
      title: 'Your place is confirmed: {title, select, none {your exchange program} other {{title}}}',
      summary: 'The host city accepted your nomination: the place is yours.',
      body: [
        'You accepted your offer and the host city has accepted your nomination: your place in {title, select, none {your exchange program} other {{title}}} for the {season} season is confirmed.',
        'Congratulations! The people running the program will be in touch about the next steps.',
        'Your application: {applicationPath}',
      ],
    },
    'application.nomination-refused': {
      title: 'Nomination declined by the host city: {title, select, none {your exchange program} other {{title}}}',
      summary: 'The host city did not accept your nomination: the place goes to the next person on the waiting list.',
      body: [
        'The host city of {title, select, none {your exchange program} other {{title}}} ({season} season) did not accept your nomination, so the place you were offered goes to the next person on the waiting list.',
        'Reason given: {reason}',
        'Whether you are still waiting for a place in other programs is shown in your application: {applicationPath}',
      ],
    },
    'recommendation.requested': {
      title: 'Letter of recommendation requested by {applicantName}',
      summary: '{applicantName} asks you for a letter of recommendation for {programTitle}.',
      body: [
        '{applicantName} is applying to the exchange program {programTitle} and has named you as a referee.',
        'You can upload your letter (a PDF) with the link below, without creating an account, until {expiresAt, date, moment}. The applicant will see that it was received, never the letter itself.',
        'If you do not know this person or do not wish to write a recommendation, you can ignore this message.',
      ],
      action: 'Upload my letter',
    },
    'guardian-consent.requested': {
      title: 'Your consent is needed for {applicantName}',
      summary: '{applicantName} is applying to {programCount, plural, one {an exchange program} other {# exchange programs}} and needs your consent.',
      body: [
        '{applicantName} has named you as their guardian and is applying to {programCount, plural, one {the exchange program} other {the exchange programs}} {programs}. As they will be a minor when travelling, your consent is needed.',
        'You can read the details and give your consent with the link below, without creating an account, until {expiresAt, date, moment}.',
        'If you do not know this person, you can ignore this message.',
      ],
      action: 'Review and consent',
    },
    'nomination.requested': {
      title: 'Participant nominated: {title, select, none {an exchange program} other {{title}}}',
      summary: 'A participant placed in this program is to be hosted by your city: accept or refuse the nomination.',
      body: [
        'A participant has been placed in the exchange program {title, select, none {an exchange program} other {{title}}} ({season} season), travelling from the {side, select, member {member program’s city} other {partner city}}. Your city hosts them.',
        'Please accept or refuse the nomination; a refusal, with its reason, frees the place for the next person on the waiting list: {nominationsPath}',
        'Application: {applicationId}',
      ],
    },
    'matching.run-completed': {
      title: 'Matching committed: {season} season',
      summary: '{placed} of {applicants} applicants placed, in {programCount, plural, one {# program} other {# programs}}.',
      body: [
        'The matching of the {season} season has been committed.',
        'Applicants: {applicants}. Placed: {placed}. Without a place: {unplaced}. Programs allocated: {programCount}.',
        'Applicants learn their decisions on each program’s decision date. The run, with its figures and explanations: {runPath}',
      ],
    },

    'reminder.application-window-closing': {
      title: '{daysLeft, plural, one {# day} other {# days}} left to apply: {title}',
      summary: 'Applications close on {applicationClosesAt, date, moment}.',
      body: [
        'Applications for the exchange program {title} close in {daysLeft, plural, one {# day} other {# days}}, on {applicationClosesAt, date, moment}.',
        'Make sure your application is complete and submitted before then.',
      ],
    },
    'reminder.decision-release': {
      title: 'Decisions coming soon: {title}',
      summary: 'Decisions will be released on {decisionReleaseAt, date, moment}.',
      body: [
        'The decisions for the exchange program {title} will be released on {decisionReleaseAt, date, moment}.',
        'Applicants will learn the outcome of their application at that time.',
      ],
    },
    'reminder.travel-approaching': {
      title: 'Departure in {daysLeft, plural, one {# day} other {# days}}: {title}',
      summary: 'Travel starts on {travelStart, date, calendar}.',
      body: [
        'Travel for the exchange program {title} starts in {daysLeft, plural, one {# day} other {# days}}, on {travelStart, date, calendar}.',
        'Check travel documents, insurance and arrangements with the hosts in good time.',
      ],
    },
    'reminder.partnership-anniversary': {
      title: `{years, plural, one {# year} other {# years}} of partnership: ${pair}`,
      summary: 'The partnership between {memberCity} and {partnerCity} began on {startDate, date, calendar}.',
      body: [
        'On {startDate, date, calendar}, {memberCity} ({memberCountry}) and {partnerCity} ({partnerCountry}) became partner cities: the partnership is {years, plural, one {# year} other {# years}} old.',
        'An anniversary is a good moment to plan a new exchange or to send greetings to your partner city.',
      ],
    },
    'reminder.dues-due': {
      title: 'Membership dues due: {name}',
      summary: 'The membership dues of {name} are due on {dueDate, date, calendar}.',
      body: [
        'The membership dues of {name} are due on {dueDate, date, calendar}.',
        '{duesPaidThrough, select, none {No dues have been recorded for the program yet.} other {Dues are currently paid through {duesPaidThrough}.}}',
        'Paying on time keeps the program in good standing with the network.',
      ],
    },

    'reminder.offer-deadline': {
      title: '{daysLeft, plural, one {# day} other {# days}} left to answer your offer: {title, select, none {your exchange program} other {{title}}}',
      summary: 'Accept or decline it by {deadline, date, moment}.',
      body: [
        'Your offer of a place in {title, select, none {your exchange program} other {{title}}} ({season} season) is waiting for your answer: {daysLeft, plural, one {# day} other {# days}} left, until {deadline, date, moment}.',
        'Without an answer by then, the offer lapses and the place goes to the next person on the waiting list.',
        'Your offer: {applicationPath}',
      ],
    },
    'reminder.requirements-missing': {
      title:
        '{title, select, none {Your exchange program} other {{title}}} closes on {closesAt, date, day} (in {daysLeft, plural, one {# day} other {# days}}): your application is not submitted',
      summary:
        '{missingCount, plural, =0 {Everything is there: submit it.} one {# item is still missing, then submit it.} other {# items are still missing, then submit it.}}',
      body: [
        'Applications for {title, select, none {your exchange program} other {{title}}} close on {closesAt, date, moment}, in {daysLeft, plural, one {# day} other {# days}}, and your application for the {season} season is not submitted yet.',
        '{missingCount, plural, =0 {Everything is there: submit it.} other {What is still missing for this program:\n{missing}}}',
        '{missingCount, plural, =0 {} other {Once everything is there, submit your application before applications close: a draft is not considered.}}',
        'Your application: {applicationPath}',
      ],
    },
    'reminder.recommendation-unanswered': {
      title: 'Reminder: letter of recommendation for {applicantName}',
      summary: '{applicantName} is still waiting for your letter for {programTitle}.',
      body: [
        'A week ago, {applicantName} named you as a referee for the exchange program {programTitle}. Your letter has not arrived yet.',
        'You can still upload it with the link below until {expiresAt, date, moment}.',
        'If you do not wish to write a recommendation, you can ignore this message: you will not be reminded again.',
      ],
      action: 'Upload my letter',
    },

    'webhook.endpoint-disabled': {
      title: 'Webhook endpoint disabled',
      summary: '{url} no longer receives notifications.',
      body: [
        'The webhook endpoint {url} has been disabled and no longer receives notifications.',
        'Reason: {reason}',
        'Once the receiver works again, you can enable the endpoint again; a test ping confirms that it is reachable.',
      ],
    },
    'webhook.ping': {
      title: 'Test notification',
      summary: 'A test notification requested for a webhook endpoint.',
      body: ['This is a test notification, requested to check that a webhook endpoint receives notifications.', 'No action is needed.'],
    },

    announcement: {
      title: '{title}',
      summary: '{body}',
      body: ['{body}'],
    },
  },
};
