import { PAUSE_CAUSE_CODES } from '@scn/contracts';
import { TEMPLATE_LANGUAGES } from '../catalogue/categories';
import { NOTIFICATION_TYPE_NAMES, NOTIFICATION_TYPES, type NotificationFacts, type NotificationType } from '../catalogue/notification-types';
import { CATALOGUES } from './catalogues';
import { SAMPLE_FACTS } from './notification-facts.fixtures';
import { renderNotification, SUMMARY_MAX_LENGTH, TITLE_MAX_LENGTH } from './render-notification';

const render = <T extends NotificationType>(type: T, facts: NotificationFacts<T>, language = 'en', timeZone: string | null = 'UTC') =>
  renderNotification(type, facts, { language, timeZone, recipientName: 'Anne Martin' });

/** What a message must never show: ICU syntax left over, or a value that was not there. */
const LEFTOVERS = /[{}]|\bundefined\b|\bnull\b|\bNaN\b|Invalid Date|\bnone\b|\[object/;

describe(renderNotification.name, () => {
  it('has valid example facts for every type (the fixtures match the schemas)', () => {
    for (const type of NOTIFICATION_TYPE_NAMES) {
      expect(NOTIFICATION_TYPES[type].facts.safeParse(SAMPLE_FACTS[type]).success).toBe(true);
    }
  });

  describe.each(TEMPLATE_LANGUAGES)('in %s', (language) => {
    it.each(NOTIFICATION_TYPE_NAMES)('renders %s completely', (type) => {
      const sut = render(type, SAMPLE_FACTS[type] as never, language, 'America/Sao_Paulo');

      expect(sut.language).toBe(language);
      for (const part of [sut.subject, sut.title, sut.summary, sut.text]) {
        expect(part).not.toMatch(LEFTOVERS);
        expect(part.trim()).not.toBe('');
      }
      expect(sut.html).not.toMatch(/\bundefined\b|Invalid Date|>\s*none\b/);
      expect(sut.html).toContain(`<html lang="${language}">`);
      expect(sut.title.length).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
      expect(sut.summary.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
      expect(sut.title).not.toMatch(/[\n<>]/);
      expect(sut.summary).not.toMatch(/[\n<>]/);
      expect(sut.text).toContain('Anne Martin');
      expect(sut.text).toContain(sut.subject);
    });
  });

  it('reads each language in its own words', () => {
    const facts = SAMPLE_FACTS['partnership.activated'];
    expect(render('partnership.activated', facts, 'en').subject).toBe('Partnership in force: Birmingham – Lyon');
    expect(render('partnership.activated', facts, 'es').subject).toBe('Hermanamiento en vigor: Birmingham – Lyon');
    expect(render('partnership.activated', facts, 'fr').subject).toBe('Jumelage en vigueur\u00a0: Birmingham – Lyon');
    expect(render('partnership.activated', facts, 'de').subject).toBe('Partnerschaft in Kraft: Birmingham – Lyon');
    expect(render('partnership.activated', facts, 'de').text).toContain('Birmingham (Vereinigtes Königreich) und Lyon (Frankreich)');
  });

  it('chooses the language by the recipient’s tag, English when there is no catalogue for it', () => {
    const facts = SAMPLE_FACTS['partnership.suspended'];
    expect(render('partnership.suspended', facts, 'fr-CA').language).toBe('fr');
    expect(render('partnership.suspended', facts, 'DE_at').language).toBe('de');
    expect(render('partnership.suspended', facts, 'es-419').language).toBe('es');
    expect(render('partnership.suspended', facts, 'it').language).toBe('en');
    expect(render('partnership.suspended', facts, 'not a language').language).toBe('en');
    expect(render('partnership.suspended', facts, '').subject).toBe('Partnership suspended: Birmingham – Lyon');
  });

  it('shows times in the recipient’s time zone, in their language', () => {
    // 13:30 UTC on 12 March 2027: 14:30 in Paris, 8:30 in Toronto (both still on winter time), 22:30 in Tokyo.
    const facts = { url: 'https://scn.example.org/reset?t=1', expiresAt: '2027-03-12T13:30:00.000Z' };
    expect(render('account.password-reset', facts, 'fr', 'Europe/Paris').text).toContain('jusqu’au 12 mars 2027 à 14:30 UTC+1');
    expect(render('account.password-reset', facts, 'fr-CA', 'America/Toronto').text).toMatch(/jusqu’au 12 mars 2027 à 0?8 h 30 HNE/);
    expect(render('account.password-reset', facts, 'de', 'Europe/Berlin').text).toContain('bis zum 12. März 2027 um 14:30 MEZ');
    expect(render('account.password-reset', facts, 'en', 'Asia/Tokyo').text).toMatch(/until March 12, 2027 at 10:30\sPM GMT\+9/);
    expect(render('account.password-reset', facts, 'en', null).text).toMatch(/until March 12, 2027 at 1:30\sPM UTC/);
    expect(render('account.password-reset', facts, 'en', 'Not/AZone').text).toMatch(/at 1:30\sPM UTC/);
  });

  it('shows a date without a time as that same day in every time zone', () => {
    const facts = { ...SAMPLE_FACTS['reminder.travel-approaching'], travelStart: '2027-07-01' };
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      expect(render('reminder.travel-approaching', facts, 'en', timeZone).summary).toBe('Travel starts on July 1, 2027.');
      expect(render('reminder.travel-approaching', facts, 'fr', timeZone).summary).toBe('Le voyage commence le 1er juillet 2027.');
    }
  });

  it('counts days and years with the plural rules of each language', () => {
    const closing = (daysLeft: number) => ({ ...SAMPLE_FACTS['reminder.application-window-closing'], daysLeft });
    expect(render('reminder.application-window-closing', closing(1)).title).toBe('1 day left to apply: Summer youth orchestra');
    expect(render('reminder.application-window-closing', closing(7)).title).toBe('7 days left to apply: Summer youth orchestra');
    expect(render('reminder.application-window-closing', closing(1), 'es').title).toMatch(/^Queda 1 día para/);
    expect(render('reminder.application-window-closing', closing(7), 'es').title).toMatch(/^Quedan 7 días para/);
    expect(render('reminder.application-window-closing', closing(1), 'fr').title).toMatch(/^Plus que 1 jour pour/);
    expect(render('reminder.application-window-closing', closing(7), 'fr').title).toMatch(/^Plus que 7 jours pour/);
    expect(render('reminder.application-window-closing', closing(1), 'de').text).toContain('endet in einem Tag');
    expect(render('reminder.application-window-closing', closing(7), 'de').text).toContain('endet in 7 Tagen');
    const anniversary = (years: number) => ({ ...SAMPLE_FACTS['reminder.partnership-anniversary'], years });
    expect(render('reminder.partnership-anniversary', anniversary(1)).title).toMatch(/^1 year of partnership/);
    expect(render('reminder.partnership-anniversary', anniversary(25)).title).toMatch(/^25 years of partnership/);
    expect(render('reminder.partnership-anniversary', anniversary(1), 'fr').text).toContain('fête son premier anniversaire');
  });

  it('escapes facts in the HTML part (they are user input) and keeps them as typed in the text part', () => {
    const facts = { ...SAMPLE_FACTS['exchange-program.cancelled'], title: '<script>alert("x")</script>', reason: 'Tom & Jerry <b>left</b>' };
    const sut = renderNotification('exchange-program.cancelled', facts, { language: 'en', recipientName: '<img src=x onerror=alert(1)>' });

    expect(sut.html).not.toContain('<script>');
    expect(sut.html).not.toContain('<img');
    expect(sut.html).not.toContain('<b>left');
    expect(sut.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(sut.html).toContain('Tom &amp; Jerry &lt;b&gt;left&lt;/b&gt;');
    expect(sut.text).toContain('Reason given: Tom & Jerry <b>left</b>');
    expect(sut.title).toBe('Exchange program cancelled: <script>alert("x")</script>');
  });

  it('puts a link as a button in HTML and as the plain address in text', () => {
    const sut = render('account.invited', SAMPLE_FACTS['account.invited'], 'es');

    expect(sut.html).toContain('<a href="https://scn.example.org/accept?token&#x3D;abc&amp;lang&#x3D;fr"');
    expect(sut.html).toContain('>Aceptar la invitación</a>');
    expect(sut.text).toContain('Aceptar la invitación:\nhttps://scn.example.org/accept?token=abc&lang=fr\n');
    expect(render('account.invited', SAMPLE_FACTS['account.invited'], 'fr').text).toContain('Accepter l’invitation\u00a0:\nhttps://');
    expect(sut.text).toContain('con las siguientes funciones: administración de programa y evaluación de solicitudes.');
  });

  it('refuses a link that is not a web address', () => {
    const facts = { ...SAMPLE_FACTS['account.verify-email'], url: 'javascript:alert(1)' };
    expect(() => render('account.verify-email', facts)).toThrow(/non-web link/);
  });

  it('leaves out what a fact does not say, rather than showing a placeholder', () => {
    const sut = render('partnership.activated', { ...SAMPLE_FACTS['partnership.activated'], startDate: null });
    expect(sut.text).not.toContain('officially dates from');
    expect(sut.html).not.toMatch(/<p[^>]*>\s*<\/p>/);
    expect(render('member-program.standing-changed', { ...SAMPLE_FACTS['member-program.standing-changed'], duesPaidThrough: null }).text).toContain(
      'No membership dues have been recorded yet.',
    );
    expect(render('member-program.standing-changed', SAMPLE_FACTS['member-program.standing-changed']).text).toContain('Dues are paid through 2026.');
  });

  it('keeps the paragraphs and line breaks of an announcement', () => {
    const sut = render('announcement', { ...SAMPLE_FACTS.announcement, body: 'First line\nsecond line\n\nNew paragraph' });
    expect(sut.html).toContain('First line<br>\nsecond line<br>\n<br>\nNew paragraph');
    expect(sut.text).toContain('First line\nsecond line\n\nNew paragraph');
    expect(sut.summary).toBe('First line second line New paragraph');
  });

  it('cuts a long inbox line at a word, and keeps the whole title as the subject', () => {
    const title = `${'Exchange '.repeat(20)}end`;
    const sut = render('exchange-program.resumed', { ...SAMPLE_FACTS['exchange-program.resumed'], title });
    expect(sut.title.length).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
    expect(sut.title).toMatch(/Exchange…$/);
    expect(sut.subject).toBe(`Exchange program resumed: ${title}`);
  });

  it('tells why a critical message came despite the preferences, and where to change the others', () => {
    expect(render('account.password-reset', SAMPLE_FACTS['account.password-reset']).text).toContain('sent even if you have turned other notifications off');
    expect(render('partnership.proposed', SAMPLE_FACTS['partnership.proposed']).text).toContain('in your notification preferences');
  });

  describe('the unsubscribe link of a person without an account', () => {
    const page = 'https://console.scn.example/unsubscribe?token=abc.def';
    const withLink = (type: NotificationType, language: string) =>
      renderNotification(type, SAMPLE_FACTS[type] as never, { language, recipientName: 'Mei Tanaka', unsubscribeUrl: page });
    const WORDS: Record<string, { footer: string; link: string }> = {
      en: { footer: 'listed as a contact', link: 'Choose your emails or unsubscribe' },
      es: { footer: 'figura como contacto', link: 'Elegir sus correos o darse de baja' },
      fr: { footer: 'figurez parmi les contacts', link: 'Choisir vos e-mails ou vous désabonner' },
      de: { footer: 'als Kontakt eingetragen', link: 'E-Mails auswählen oder abbestellen' },
    };

    it.each(TEMPLATE_LANGUAGES)('puts it in the footer, in %s, as a link in HTML and the plain address in text', (language) => {
      const words = WORDS[language]!;
      const sut = withLink('partnership.activated', language);
      expect(sut.text).toContain(`${words.footer}`);
      expect(sut.text).toMatch(new RegExp(`${words.link}\n${page.replace(/[.?]/g, '\\$&')}\n$`));
      expect(sut.text).not.toContain('notification preferences');
      expect(sut.html).toContain(`<a href="https://console.scn.example/unsubscribe?token&#x3D;abc.def" target="_blank" rel="noopener" style="color:#1d4e89;word-break:break-all;">${words.link}</a>`);
      expect(sut.text).not.toMatch(LEFTOVERS);
    });

    it('leaves it out of critical messages and of emails to account holders (no link given)', () => {
      const critical = withLink('recommendation.requested', 'en');
      expect(critical.text).not.toContain('unsubscribe');
      expect(critical.html).not.toContain('/unsubscribe');
      const holder = render('partnership.activated', SAMPLE_FACTS['partnership.activated']);
      expect(holder.text).not.toContain('/unsubscribe');
      expect(holder.text).toContain('in your notification preferences');
    });

    it('refuses a link that is not a web address', () => {
      expect(() => renderNotification('partnership.activated', SAMPLE_FACTS['partnership.activated'], { language: 'en', recipientName: 'X', unsubscribeUrl: 'javascript:alert(1)' })).toThrow(
        /non-web link/,
      );
    });
  });

  describe('a paused program', () => {
    const paused = SAMPLE_FACTS['exchange-program.paused'];
    /** Every text of the rendered message, for what must never show in any of them. */
    const allOf = (sut: ReturnType<typeof render>) => [sut.subject, sut.summary, sut.text, sut.html].join('\n');

    it('tells why in the reader’s words, with the note as given', () => {
      expect(render('exchange-program.paused', paused, 'en').text).toContain(
        'has been paused because the partnership was suspended: no new applications are accepted for the time being.\n\nReason given: elections in the partner city',
      );
      expect(render('exchange-program.paused', paused, 'es').text).toContain(
        'se ha puesto en pausa porque se suspendió el hermanamiento: por el momento no se admiten nuevas solicitudes.\n\nMotivo indicado: elections in the partner city',
      );
      expect(render('exchange-program.paused', paused, 'fr').text).toContain(
        'a été mis en pause parce que le jumelage a été suspendu\u00a0: aucune nouvelle candidature n’est acceptée pour le moment.\n\nMotif indiqué\u00a0: elections in the partner city',
      );
      expect(render('exchange-program.paused', paused, 'de').text).toContain(
        'wurde wegen der Aussetzung der Partnerschaft pausiert: Vorerst werden keine neuen Bewerbungen angenommen.\n\nAngegebener Grund: elections in the partner city',
      );
      expect(render('exchange-program.paused', paused, 'es').summary).toBe(
        'En pausa porque se suspendió el hermanamiento. Por el momento no se admiten nuevas solicitudes.',
      );
    });

    it.each(TEMPLATE_LANGUAGES)('%s: has words for every cause and never shows the code', (language) => {
      for (const code of PAUSE_CAUSE_CODES) {
        const sut = render('exchange-program.paused', { ...paused, reason: code, cause: { code, by: null, note: null } }, language);
        expect(sut.text).toContain(CATALOGUES[language].vocabulary.pauseCauses[code]);
        expect(allOf(sut)).not.toContain(code);
      }
    });

    it('leaves the note out when there is none', () => {
      const sut = render('exchange-program.paused', { ...paused, reason: 'partnership-suspended', cause: { code: 'partnership-suspended', by: null, note: null } });
      expect(sut.text).toContain('has been paused because the partnership was suspended: no new');
      expect(sut.text).not.toContain('Reason given');
      expect(sut.html).not.toMatch(/<p[^>]*>\s*<\/p>/);
    });

    it('reads notifications made before causes existed from their reason, never quoting its English in another language', () => {
      const suspended = { ...paused, reason: 'partnership suspended: elections in the partner city', cause: undefined };
      const es = render('exchange-program.paused', suspended, 'es');
      expect(es.text).toContain('porque se suspendió el hermanamiento');
      expect(es.text).toContain('Motivo indicado: elections in the partner city');
      expect(allOf(es)).not.toContain('partnership suspended');
      expect(render('exchange-program.paused', { ...suspended, reason: 'partnership suspended: no reason given' }, 'de').text).not.toMatch(
        /Angegebener Grund|no reason given/,
      );
      const byManagers = render('exchange-program.paused', { ...paused, reason: 'Venue closed', cause: undefined }, 'fr');
      expect(byManagers.text).toContain('à la demande de ses responsables');
      expect(byManagers.text).toContain('Motif indiqué\u00a0: Venue closed');
    });
  });

  describe('an applicant’s application', () => {
    const submitted = SAMPLE_FACTS['application.submitted'];
    const choiceWithdrawn = SAMPLE_FACTS['application.choice-withdrawn'];

    it('confirms a submission in each language, with the season and the ranked programs one a line', () => {
      expect(render('application.submitted', submitted, 'en').subject).toBe('Application submitted: 2027 season');
      expect(render('application.submitted', submitted, 'es').subject).toBe('Solicitud enviada: temporada 2027');
      expect(render('application.submitted', submitted, 'fr').subject).toBe('Candidature envoyée\u00a0: saison 2027');
      expect(render('application.submitted', submitted, 'de').subject).toBe('Bewerbung eingereicht: Saison 2027');
      const ranked = '1. Summer youth orchestra\n2. Jazz workshop in Lyon\n';
      expect(render('application.submitted', submitted, 'en').text).toContain(`The programs you chose, in order of preference:\n${ranked}`);
      expect(render('application.submitted', submitted, 'es').text).toContain(`Los programas que eligió, por orden de preferencia:\n${ranked}`);
      expect(render('application.submitted', submitted, 'fr').text).toContain(`Les programmes que vous avez choisis, par ordre de préférence\u00a0:\n${ranked}`);
      expect(render('application.submitted', submitted, 'de').text).toContain(`Die von Ihnen gewählten Programme, in der Reihenfolge Ihrer Wahl:\n${ranked}`);
    });

    it.each(TEMPLATE_LANGUAGES)('%s: names a program not known yet in the reader’s words', (language) => {
      const unnamed = { ...submitted, choices: submitted.choices.slice(0, 1).map((choice) => ({ ...choice, title: null })) };
      expect(render('application.submitted', unnamed, language).text).toContain(`1. ${CATALOGUES[language].vocabulary.unnamedProgram}\n`);
      const sut = render('application.choice-withdrawn', { ...choiceWithdrawn, title: null }, language);
      for (const part of [sut.subject, sut.summary, sut.text]) expect(part).not.toMatch(LEFTOVERS);
      expect(sut.text).toContain('The host school closed for renovation');
    });

    it('tells a cancelled choice with its reason, and whether the rest of the application stays', () => {
      const remaining = (remainingChoices: number, language: string) =>
        render('application.choice-withdrawn', { ...choiceWithdrawn, remainingChoices }, language);
      expect(remaining(1, 'en').text).toContain('Summer youth orchestra, one of the programs you chose for the 2027 season, was cancelled: The host school closed for renovation');
      expect(remaining(1, 'en').summary).toBe('The rest of your application stays, with your other choice.');
      expect(remaining(3, 'en').summary).toBe('The rest of your application stays, with your 3 other choices.');
      expect(remaining(0, 'en').summary).toBe('It was your last choice: your application for the 2027 season is withdrawn.');
      expect(remaining(1, 'es').summary).toBe('El resto de su solicitud se mantiene, con su otra opción.');
      expect(remaining(0, 'es').summary).toBe('Era su última opción: su solicitud para la temporada 2027 queda retirada.');
      // French counts 0 as singular: the exact =0 case must win over `one`.
      expect(remaining(1, 'fr').summary).toBe('Le reste de votre candidature est maintenu, avec votre autre choix.');
      expect(remaining(0, 'fr').summary).toBe('C’était votre dernier choix\u00a0: votre candidature pour la saison 2027 est retirée.');
      expect(remaining(2, 'de').summary).toBe('Ihre Bewerbung bleibt mit Ihren 2 anderen Programmen bestehen.');
      expect(remaining(0, 'de').text).toContain('Es war das letzte Programm Ihrer Bewerbung, daher ist Ihre Bewerbung zurückgezogen.');
      expect(remaining(0, 'fr').subject).toBe('Programme annulé\u00a0: Summer youth orchestra');
    });

    it('confirms the applicant’s withdrawal with their reason', () => {
      const withdrawn = SAMPLE_FACTS['application.withdrawn'];
      expect(render('application.withdrawn', withdrawn, 'en').text).toContain('Reason you gave: I found a summer job');
      expect(render('application.withdrawn', withdrawn, 'es').subject).toBe('Solicitud retirada: temporada 2027');
      expect(render('application.withdrawn', withdrawn, 'fr').summary).toBe('Vous avez retiré votre candidature pour la saison 2027.');
      expect(render('application.withdrawn', withdrawn, 'de').text).toContain('Ihr angegebener Grund: I found a summer job');
    });
  });

  describe('decisions, offers, nominations, referees and guardians', () => {
    it('tells a decision in each language, with each waiting list and its position on a line', () => {
      const waitlisted = SAMPLE_FACTS['application.decision-released'];
      expect(render('application.decision-released', waitlisted, 'en').text).toContain(
        'Your place on each waiting list:\nSummer youth orchestra: number 3 on the waiting list\nJazz workshop in Lyon: number 1 on the waiting list\n',
      );
      expect(render('application.decision-released', waitlisted, 'es').text).toContain('Summer youth orchestra: puesto 3 en la lista de espera');
      expect(render('application.decision-released', waitlisted, 'fr').text).toContain('Jazz workshop in Lyon\u00a0: 1re place sur la liste d’attente');
      expect(render('application.decision-released', waitlisted, 'de').text).toContain('Summer youth orchestra: Platz 3 auf der Warteliste');
      const accepted = { ...waitlisted, outcome: 'accepted' as const, exchangeProgramId: waitlisted.waitlists[1]!.exchangeProgramId, title: 'Jazz workshop in Lyon', side: 'member' as const, waitlists: [] };
      expect(render('application.decision-released', accepted, 'es').subject).toBe('Tiene una plaza: Jazz workshop in Lyon');
      expect(render('application.decision-released', accepted, 'fr').subject).toBe('Vous avez une place\u00a0: Jazz workshop in Lyon');
      expect(render('application.decision-released', accepted, 'de').summary).toBe('Ihnen wird ein Platz in Jazz workshop in Lyon angeboten: Antworten Sie auf Ihr Angebot.');
      for (const language of TEMPLATE_LANGUAGES) {
        const refused = render('application.decision-released', { ...waitlisted, outcome: 'not_accepted', waitlists: [] }, language);
        expect(refused.text).toContain(waitlisted.applicationPath);
        expect(refused.text).not.toMatch(LEFTOVERS);
        // Critical, about an application: the footer says so, not that it concerns an account.
        expect(refused.text).toContain(CATALOGUES[language].layout.footerCriticalApplication);
      }
    });

    it('names a place whose program is not known yet in the reader’s words', () => {
      const unnamed = { ...SAMPLE_FACTS['application.offer-made'], title: null, promoted: false };
      expect(render('application.offer-made', unnamed, 'en').subject).toBe('Place offered: your exchange program');
      expect(render('application.offer-made', unnamed, 'de').subject).toBe('Platz angeboten: Ihr Austauschprogramm');
      expect(render('nomination.requested', { ...SAMPLE_FACTS['nomination.requested'], title: null }, 'fr').subject).toBe('Participant nommé\u00a0: un programme d’échange');
    });

    it('counts the days left to answer an offer with each language’s plurals', () => {
      const left = (daysLeft: number) => ({ ...SAMPLE_FACTS['reminder.offer-deadline'], daysLeft });
      expect(render('reminder.offer-deadline', left(1)).title).toBe('1 day left to answer your offer: Summer youth orchestra');
      expect(render('reminder.offer-deadline', left(3)).title).toBe('3 days left to answer your offer: Summer youth orchestra');
      expect(render('reminder.offer-deadline', left(1), 'es').title).toMatch(/^Queda 1 día para responder/);
      expect(render('reminder.offer-deadline', left(3), 'fr').title).toMatch(/^Plus que 3 jours pour répondre/);
      expect(render('reminder.offer-deadline', left(1), 'de').title).toMatch(/^Noch ein Tag für Ihre Antwort/);
    });

    it('gives referees and guardians their link as a button, in their language', () => {
      expect(render('recommendation.requested', SAMPLE_FACTS['recommendation.requested'], 'de').html).toContain('>Mein Schreiben hochladen</a>');
      expect(render('reminder.recommendation-unanswered', SAMPLE_FACTS['reminder.recommendation-unanswered'], 'fr').text).toContain(
        'Déposer ma lettre\u00a0:\nhttps://scn.example.org/recommendation?token=abc\n',
      );
      const guardian = SAMPLE_FACTS['guardian-consent.requested'];
      expect(render('guardian-consent.requested', guardian, 'es').text).toContain('los programas de intercambio Summer youth orchestra y Jazz workshop in Lyon');
      expect(render('guardian-consent.requested', guardian, 'de').text).toContain('die Austauschprogramme Summer youth orchestra und Jazz workshop in Lyon');
      expect(render('guardian-consent.requested', { ...guardian, programs: guardian.programs.slice(0, 1) }, 'en').summary).toBe(
        'Lucía Fernández is applying to an exchange program and needs your consent.',
      );
    });
  });

  describe('requirements missing before a window closes', () => {
    const facts = SAMPLE_FACTS['reminder.requirements-missing'];
    const englishMessages = ['upload', 'answer “', 'name 2 referees', 'minor on a travel date'];

    it('says in each language when the program closes, that the application is not submitted, and what is missing, one a line', () => {
      expect(render('reminder.requirements-missing', facts, 'en').subject).toBe(
        'Summer youth orchestra closes on February 28, 2027 (in 7 days): your application is not submitted',
      );
      expect(render('reminder.requirements-missing', facts, 'es').subject).toBe(
        'Summer youth orchestra cierra el 28 de febrero de 2027 (dentro de 7 días): su solicitud no está enviada',
      );
      expect(render('reminder.requirements-missing', facts, 'fr').subject).toBe(
        'Summer youth orchestra clôt ses candidatures le 28 février 2027 (dans 7 jours)\u00a0: votre candidature n’est pas envoyée',
      );
      expect(render('reminder.requirements-missing', facts, 'de').subject).toBe(
        'Bewerbungsschluss für Summer youth orchestra am 28. Februar 2027 (in 7 Tagen): Ihre Bewerbung ist nicht eingereicht',
      );
      expect(render('reminder.requirements-missing', facts, 'en').text).toContain(
        'What is still missing for this program:\n– Upload the document “passport”\n– Answer the question “instrument”\n– Name the referees the program asks for\n– Name a guardian in your profile (you will be a minor when travelling)\n',
      );
      expect(render('reminder.requirements-missing', facts, 'es').text).toContain(
        'Lo que aún falta para este programa:\n– Suba el documento «passport»\n– Responda a la pregunta «instrument»\n– Indique las personas de referencia que pide el programa\n– Indique un tutor legal en su perfil',
      );
      expect(render('reminder.requirements-missing', facts, 'fr').text).toContain(
        'Ce qui manque encore pour ce programme\u00a0:\n– Déposez le document «\u00a0passport\u00a0»\n– Répondez à la question «\u00a0instrument\u00a0»\n– Nommez les référents',
      );
      expect(render('reminder.requirements-missing', facts, 'de').text).toContain(
        'Was für dieses Programm noch fehlt:\n– Laden Sie das Dokument „passport“ hoch\n– Beantworten Sie die Frage „instrument“\n– Nennen Sie die Referenzpersonen',
      );
      expect(render('reminder.requirements-missing', facts, 'de').summary).toBe('Es fehlen noch 4 Angaben, dann reichen Sie Ihre Bewerbung ein.');
    });

    it.each(TEMPLATE_LANGUAGES)('%s: has words for every rule, and none of the applications service’s English', (language) => {
      const sut = render('reminder.requirements-missing', facts, language);
      const words = CATALOGUES[language].vocabulary.missingRequirements;
      expect(sut.text).toContain(`– ${words.referees}\n`);
      expect(sut.text).toContain(`– ${words.guardian}\n`);
      if (language !== 'en') for (const english of englishMessages) expect(sut.text.toLowerCase()).not.toContain(english.toLowerCase());
      // A rule without words of its own is still told in the reader's language, by its field.
      const other = render('reminder.requirements-missing', { ...facts, missing: [{ rule: 'portfolio', field: 'choices.0.portfolio', key: null }] }, language);
      expect(other.text).toContain('choices.0.portfolio');
      expect(other.text).not.toMatch(LEFTOVERS);
    });

    it('says everything is there when only the submission is left, with each language’s plurals of days', () => {
      const ready = (daysLeft: number) => ({ ...facts, daysLeft, missing: [] });
      expect(render('reminder.requirements-missing', ready(2), 'en').summary).toBe('Everything is there: submit it.');
      expect(render('reminder.requirements-missing', ready(2), 'en').text).toContain('Everything is there: submit it.');
      expect(render('reminder.requirements-missing', ready(2), 'en').text).not.toContain('still missing');
      expect(render('reminder.requirements-missing', ready(2), 'es').summary).toBe('Ya está todo: envíe su solicitud.');
      // French counts 0 as singular: the exact =0 case must win over `one`.
      expect(render('reminder.requirements-missing', ready(2), 'fr').summary).toBe('Tout y est\u00a0: envoyez votre candidature.');
      expect(render('reminder.requirements-missing', ready(2), 'de').summary).toBe('Alles ist da: Reichen Sie Ihre Bewerbung ein.');
      expect(render('reminder.requirements-missing', ready(1), 'de').subject).toContain('(in einem Tag)');
      expect(render('reminder.requirements-missing', ready(1), 'fr').subject).toContain('(dans 1 jour)');
      expect(render('reminder.requirements-missing', ready(1), 'es').subject).toContain('(dentro de 1 día)');
      for (const language of TEMPLATE_LANGUAGES) {
        const sut = render('reminder.requirements-missing', { ...ready(2), title: null }, language);
        for (const part of [sut.subject, sut.summary, sut.text]) expect(part).not.toMatch(LEFTOVERS);
      }
    });
  });

  it('names exchange categories, roles and changed dates in the reader’s words', () => {
    expect(render('exchange-program.published', SAMPLE_FACTS['exchange-program.published'], 'fr').text).toContain('Summer youth orchestra (arts et culture)');
    expect(render('exchange-program.dates-changed', SAMPLE_FACTS['exchange-program.dates-changed'], 'de').summary).toBe(
      'Geändert: Bewerbungsschluss und Reisebeginn.',
    );
    const unknownOnly = { ...SAMPLE_FACTS['exchange-program.dates-changed'], changed: ['somethingNew'] };
    expect(render('exchange-program.dates-changed', unknownOnly).summary).toBe('Changed: schedule.');
    const unknownCategory = { ...SAMPLE_FACTS['exchange-program.window-opened'], category: 'space-travel' };
    expect(render('exchange-program.window-opened', unknownCategory).text).toContain('(space-travel)');
  });
});
