import type { LanguageCatalogue } from '../message-catalogue';

// German, addressing the reader as Sie. The greeting ends with "!" so that the first
// paragraph rightly starts with a capital letter; the sign-off takes no comma.

const sideCity = '{side, select, member {{memberCity}} other {{partnerCity}}}';
const otherSideCity = '{side, select, member {{partnerCity}} other {{memberCity}}}';
const cities = '{memberCity} ({memberCountry}) und {partnerCity} ({partnerCountry})';
const pair = '{memberCity} – {partnerCity}';

export const de: LanguageCatalogue = {
  layout: {
    greeting: 'Guten Tag {name}!',
    greetingWithoutName: 'Guten Tag!',
    signOff: 'Mit freundlichen Grüßen',
    signature: 'Sister City Network',
    actionFallback: 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
    actionInText: '{label}:',
    footerOptional:
      'Sie erhalten diese E-Mail aufgrund Ihrer Rolle im Sister City Network. In Ihren Benachrichtigungseinstellungen legen Sie fest, welche Benachrichtigungen Sie per E-Mail erhalten.',
    footerCritical: 'Diese Nachricht betrifft Ihr Konto und wird daher auch dann gesendet, wenn Sie andere Benachrichtigungen abgeschaltet haben.',
    footerCriticalApplication: 'Diese Nachricht betrifft eine Bewerbung und wird daher auch dann gesendet, wenn Sie andere Benachrichtigungen abgeschaltet haben.',
    footerWithoutAccount:
      'Sie erhalten diese E-Mail, weil Sie im Sister City Network als Kontakt eingetragen sind. Sie können ohne Konto festlegen, welche dieser E-Mails Sie weiterhin erhalten, oder alle abbestellen:',
    unsubscribeLink: 'E-Mails auswählen oder abbestellen',
  },
  digest: {
    subject: 'Ihre tägliche Zusammenfassung: {count, plural, =0 {nichts Neues} one {# Benachrichtigung} other {# Benachrichtigungen}}',
    title: 'Ihre tägliche Zusammenfassung',
    summary:
      '{count, plural, =0 {Nichts Neues seit Ihrer letzten Zusammenfassung.} one {# Benachrichtigung seit Ihrer letzten Zusammenfassung.} other {# Benachrichtigungen seit Ihrer letzten Zusammenfassung.}}',
    intro:
      '{count, plural, =0 {Seit Ihrer letzten Zusammenfassung gibt es nichts Neues.} one {Das ist seit Ihrer letzten Zusammenfassung geschehen:} other {Hier sind die # Benachrichtigungen seit Ihrer letzten Zusammenfassung:}}',
    footer: 'Sie erhalten diese tägliche Zusammenfassung, weil Sie sie in Ihren Benachrichtigungseinstellungen gewählt haben. Dort können Sie sie auch abbestellen.',
  },
  vocabulary: {
    exchangeCategories: {
      'youth-education': 'Jugend und Bildung',
      'arts-culture': 'Kunst und Kultur',
      'business-trade': 'Wirtschaft und Handel',
      'humanitarian-municipal': 'humanitäre und kommunale Zusammenarbeit',
      'professional-technical': 'beruflicher und fachlicher Austausch',
    },
    roles: {
      'network-staff': 'Netzwerkteam',
      'program-admin': 'Programmverwaltung',
      reviewer: 'Prüfung von Bewerbungen',
      applicant: 'Bewerbung für Programme',
      'partner-contact': 'Ansprechperson der Partnerstadt',
    },
    programDates: {
      applicationOpensAt: 'Beginn der Bewerbungsfrist',
      applicationClosesAt: 'Bewerbungsschluss',
      decisionReleaseAt: 'Bekanntgabe der Entscheidungen',
      offerResponseDeadline: 'Frist für die Antwort auf ein Angebot',
      travelStart: 'Reisebeginn',
      travelEnd: 'Reiseende',
      other: 'Zeitplan',
    },
    pauseCauses: {
      'partnership-suspended': 'wegen der Aussetzung der Partnerschaft',
      'paused-by-manager': 'auf Wunsch der Verantwortlichen',
    },
    unnamedProgram: 'Austauschprogramm (Name noch nicht verfügbar)',
    waitlistEntry: '{title}: Platz {position} auf der Warteliste',
    missingRequirements: {
      documents: 'Laden Sie das Dokument „{key}“ hoch',
      answers: 'Beantworten Sie die Frage „{key}“',
      referees: 'Nennen Sie die Referenzpersonen, die das Programm verlangt',
      guardian: 'Nennen Sie in Ihrem Profil einen Erziehungsberechtigten (Sie sind während der Reise minderjährig)',
      other: 'Vervollständigen Sie „{field}“',
    },
  },
  types: {
    'account.invited': {
      title: 'Einladung zum Sister City Network',
      summary: 'Nehmen Sie die Einladung an, um Ihr Konto einzurichten.',
      body: [
        'Sie wurden mit folgenden Rollen zum Sister City Network eingeladen: {roles}.',
        'Nehmen Sie die Einladung an, um Ihr Passwort festzulegen und Ihr Konto einzurichten. Die Einladung ist bis zum {expiresAt, date, moment} gültig.',
      ],
      action: 'Einladung annehmen',
    },
    'account.verify-email': {
      title: 'Bestätigen Sie Ihre E-Mail-Adresse',
      summary: 'Bestätigen Sie diese Adresse, um die Einrichtung Ihres Kontos abzuschließen.',
      body: [
        'Bitte bestätigen Sie, dass diese E-Mail-Adresse Ihnen gehört, damit wir Sie über Ihr Konto und Ihre Partnerschaften informieren können.',
        'Der Link ist bis zum {expiresAt, date, moment} gültig. Falls Sie kein Konto angelegt haben, können Sie diese Nachricht ignorieren.',
      ],
      action: 'E-Mail-Adresse bestätigen',
    },
    'account.password-reset': {
      title: 'Passwort zurücksetzen',
      summary: 'Für Ihr Konto wurde ein neues Passwort angefordert.',
      body: [
        'Wir haben eine Anfrage erhalten, das Passwort Ihres Kontos im Sister City Network zurückzusetzen. Über den folgenden Link können Sie bis zum {expiresAt, date, moment} ein neues Passwort wählen.',
        'Falls Sie dies nicht angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.',
      ],
      action: 'Neues Passwort wählen',
    },

    'partnership.proposed': {
      title: `Neue Partnerschaft vorgeschlagen: ${pair}`,
      summary: 'Eine Partnerschaft zwischen {memberCity} und {partnerCity} wurde vorgeschlagen und wartet auf die Zustimmung beider Seiten.',
      body: [
        `Eine Partnerschaft zwischen ${cities} wurde vorgeschlagen.`,
        'Version {version} der Vereinbarung liegt zur Prüfung vor. Sie tritt in Kraft, sobald die Stadtspitzen beider Städte zugestimmt haben.',
      ],
    },
    'partnership.terms-amended': {
      title: `Partnerschaftsbedingungen geändert: ${pair}`,
      summary: 'Version {version} der Vereinbarung braucht die Zustimmung beider Seiten.',
      body: [
        `Die Bedingungen der Partnerschaft zwischen ${cities} wurden geändert.`,
        'Zustimmungen zu früheren Versionen gelten nicht mehr: Version {version} der Vereinbarung braucht die Zustimmung beider Seiten.',
      ],
    },
    'partnership.approved': {
      title: `Zustimmung von ${sideCity}: ${pair}`,
      summary: '{signatoryName} hat Version {version} der Vereinbarung zwischen {memberCity} und {partnerCity} zugestimmt.',
      body: [
        `{signatoryName} ({signatoryOffice}) hat für ${sideCity} Version {version} der Partnerschaftsvereinbarung zwischen ${cities} zugestimmt.`,
        'Die Vereinbarung tritt in Kraft, sobald beide Seiten derselben Version zugestimmt haben.',
      ],
    },
    'partnership.activated': {
      title: `{firstSigning, select, true {Partnerschaft in Kraft} other {Neue Bedingungen in Kraft}}: ${pair}`,
      summary:
        '{firstSigning, select, true {Beide Seiten haben unterzeichnet: Die Partnerschaft zwischen {memberCity} und {partnerCity} ist in Kraft.} other {Beide Seiten haben Version {version} zugestimmt: Sie gilt ab sofort.}}',
      body: [
        `{firstSigning, select, true {Beide Seiten haben unterzeichnet: Die Partnerschaft zwischen ${cities} ist nun in Kraft. Herzlichen Glückwunsch an alle, die das möglich gemacht haben!} other {Beide Seiten haben Version {version} der Vereinbarung zugestimmt: Sie ersetzt die bisher geltenden Bedingungen der Partnerschaft zwischen ${cities}.}}`,
        '{startDate, select, none {} other {Offizieller Beginn der Partnerschaft ist der {startDate, date, calendar}.}}',
      ],
    },
    'partnership.suspended': {
      title: `Partnerschaft ausgesetzt: ${pair}`,
      summary: 'Die Partnerschaft zwischen {memberCity} und {partnerCity} wurde ausgesetzt.',
      body: [
        `Die Partnerschaft zwischen ${cities} wurde ausgesetzt.`,
        'Angegebener Grund: {reason}',
        'Solange sie ausgesetzt ist, nehmen ihre Austauschprogramme keine neuen Bewerbungen an. Wir informieren Sie, sobald sie wieder aufgenommen wird.',
      ],
    },
    'partnership.reactivated': {
      title: `Partnerschaft wieder aufgenommen: ${pair}`,
      summary: 'Die Partnerschaft zwischen {memberCity} und {partnerCity} ist wieder aktiv.',
      body: [
        `Die Aussetzung wurde aufgehoben: Die Partnerschaft zwischen ${cities} ist wieder aktiv.`,
        'Austauschprogramme, die wegen der Aussetzung pausiert waren, werden fortgesetzt.',
      ],
    },
    'partnership.termination-proposed': {
      title: `Beendigung vorgeschlagen: ${pair}`,
      summary: `${sideCity} hat vorgeschlagen, die Partnerschaft mit ${otherSideCity} zu beenden.`,
      body: [
        `${sideCity} hat vorgeschlagen, die Partnerschaft zwischen ${cities} zu beenden.`,
        'Angegebener Grund: {reason}',
        'Die Partnerschaft endet erst, wenn beide Seiten der Beendigung zugestimmt haben. Bis dahin bleibt sie in Kraft.',
      ],
    },
    'partnership.terminated': {
      title: `Partnerschaft beendet: ${pair}`,
      summary: 'Die Partnerschaft zwischen {memberCity} und {partnerCity} wurde beendet.',
      body: [
        `Die Partnerschaft zwischen ${cities} wurde beendet.`,
        'Angegebener Grund: {reason}',
        'Noch nicht begonnene Austauschprogramme dieser Partnerschaft werden abgesagt. Vielen Dank an alle, die diese Partnerschaft mit Leben gefüllt haben.',
      ],
    },

    'partnership-import.completed': {
      title: '{dryRun, select, true {Importvorschau fertig} other {Import abgeschlossen}}: {fileName, select, none {Ihre Datei} other {{fileName}}}',
      summary:
        '{dryRun, select, true {Vorschau von {rows, plural, one {# Zeile} other {# Zeilen}}: {created} würden angelegt, nichts wurde geschrieben.} other {{rows, plural, one {# Zeile gelesen} other {# Zeilen gelesen}}: {created} Partnerschaften angelegt.}}',
      body: [
        '{dryRun, select, true {Die Vorschau Ihres Imports ({fileName, select, none {Ihre Datei} other {{fileName}}}) ist fertig. Es wurde nichts geschrieben: Dies sind die Zahlen, die der Import der Datei ergäbe.} other {Ihr Import von Partnerschaften ({fileName, select, none {Ihre Datei} other {{fileName}}}) ist abgeschlossen. Die importierten Partnerschaften wurden hinzugefügt, ohne jede einzeln anzukündigen.}}',
        'Gelesene Zeilen: {rows}. {dryRun, select, true {Würden angelegt} other {Angelegt}}: {created}. Unverändert (bereits bekannt): {unchanged}. Gemeldet: {reported}, davon mehrdeutig: {ambiguous}.',
        '{reported, plural, =0 {Keine Zeile muss geprüft werden.} other {Die gemeldeten Zeilen mit ihren Gründen und Kandidaten stehen unter {problemsPath}.}}',
      ],
    },
    'member-program.registered': {
      title: 'Willkommen im Netzwerk, {name}',
      summary: '{name} ist jetzt Mitgliedsprogramm des Sister City Network.',
      body: [
        '{name} ist jetzt als Mitgliedsprogramm des Sister City Network registriert.',
        'Die Programmverwaltung kann nun die Kontakte des Programms pflegen, Partnerschaften vorschlagen und Austauschprogramme veröffentlichen.',
      ],
    },
    'member-program.standing-changed': {
      title: '{inGoodStanding, select, true {Mitgliedschaft aktuell: {name}} other {Mitgliedschaft abgelaufen: {name}}}',
      summary: '{inGoodStanding, select, true {Die Mitgliedschaft von {name} ist aktuell.} other {Die Mitgliedschaft von {name} ist abgelaufen.}}',
      body: [
        '{inGoodStanding, select, true {Die Mitgliedschaft von {name} ist aktuell: Das Programm ist ordentliches Mitglied des Netzwerks.} other {Die Mitgliedschaft von {name} ist nicht mehr aktuell: Das Programm ist damit kein ordentliches Mitglied des Netzwerks mehr.}}',
        '{duesPaidThrough, select, none {Bisher sind keine Mitgliedsbeiträge verbucht.} other {Die Beiträge sind bis einschließlich {duesPaidThrough} bezahlt.}}',
        '{inGoodStanding, select, true {} other {Bitte wenden Sie sich an das Netzwerkteam, um die Mitgliedschaft zu erneuern.}}',
      ],
    },

    'exchange-program.published': {
      title: 'Neues Austauschprogramm: {title}',
      summary: 'Bewerbungen vom {applicationOpensAt, date, day} bis zum {applicationClosesAt, date, day}.',
      body: [
        'Ein neues Austauschprogramm wurde veröffentlicht: {title} ({category}).',
        'Die Bewerbungsfrist beginnt am {applicationOpensAt, date, moment} und endet am {applicationClosesAt, date, moment}.',
        'Die Reise ist vom {travelStart, date, calendar} bis zum {travelEnd, date, calendar} geplant.',
      ],
    },
    'exchange-program.dates-changed': {
      title: 'Neue Termine: {title}',
      summary: 'Geändert: {changed}.',
      body: [
        'Die Termine des Austauschprogramms {title} haben sich geändert ({changed}).',
        'Die Bewerbungsfrist endet jetzt am {applicationClosesAt, date, moment}.',
        'Die Reise ist jetzt vom {travelStart, date, calendar} bis zum {travelEnd, date, calendar} geplant.',
      ],
    },
    'exchange-program.window-opened': {
      title: 'Bewerbungsfrist läuft: {title}',
      summary: 'Bewerbungen sind bis zum {applicationClosesAt, date, day} möglich.',
      body: [
        'Die Bewerbungsfrist für das Austauschprogramm {title} ({category}) hat begonnen.',
        'Sie endet am {applicationClosesAt, date, moment}.',
      ],
    },
    'exchange-program.paused': {
      title: 'Austauschprogramm pausiert: {title}',
      summary: 'Das Programm wurde {cause} pausiert. Vorerst werden keine neuen Bewerbungen angenommen.',
      body: [
        'Das Austauschprogramm {title} wurde {cause} pausiert: Vorerst werden keine neuen Bewerbungen angenommen.',
        '{causeNote, select, none {} other {Angegebener Grund: {causeNote}}}',
        'Wir informieren Sie, sobald das Programm fortgesetzt wird.',
      ],
    },
    'exchange-program.resumed': {
      title: 'Austauschprogramm fortgesetzt: {title}',
      summary: 'Das Programm läuft wieder.',
      body: ['Das Austauschprogramm {title} wird fortgesetzt.', 'Bewerbungen werden wieder angenommen, solange die Bewerbungsfrist läuft.'],
    },
    'exchange-program.cancelled': {
      title: 'Austauschprogramm abgesagt: {title}',
      summary: 'Das Programm findet nicht statt.',
      body: ['Das Austauschprogramm {title} wurde abgesagt und findet nicht statt.', 'Angegebener Grund: {reason}'],
    },

    'application.submitted': {
      title: 'Bewerbung eingereicht: Saison {season}',
      summary:
        'Ihre Bewerbung für die Saison {season} ist eingegangen, mit {choiceCount, plural, one {# Programm} other {# Programmen in der Reihenfolge Ihrer Wahl}}.',
      body: [
        'Ihre Bewerbung für die Saison {season} wurde eingereicht. Vielen Dank!',
        '{choiceCount, plural, one {Das von Ihnen gewählte Programm} other {Die von Ihnen gewählten Programme, in der Reihenfolge Ihrer Wahl}}:\n{choices}',
        'Wir benachrichtigen Sie, sobald die Entscheidungen veröffentlicht werden.',
      ],
    },
    'application.choice-withdrawn': {
      title: '{title, select, none {Ein von Ihnen gewähltes Programm wurde abgesagt} other {Programm abgesagt: {title}}}',
      summary:
        '{remainingChoices, plural, =0 {Es war Ihre letzte Wahl: Ihre Bewerbung für die Saison {season} ist zurückgezogen.} one {Ihre Bewerbung bleibt mit Ihrem anderen Programm bestehen.} other {Ihre Bewerbung bleibt mit Ihren # anderen Programmen bestehen.}}',
      body: [
        '{title, select, none {Eines der Programme, die Sie für die Saison {season} gewählt hatten, wurde abgesagt} other {Das Programm {title}, das Sie für die Saison {season} gewählt hatten, wurde abgesagt}}: {reason}',
        '{remainingChoices, plural, =0 {Es war das letzte Programm Ihrer Bewerbung, daher ist Ihre Bewerbung zurückgezogen. Sie müssen nichts weiter tun.} one {Es wurde aus Ihrer Bewerbung entfernt. Der Rest Ihrer Bewerbung bleibt unverändert: Ihr anderes Programm wird weiterhin berücksichtigt.} other {Es wurde aus Ihrer Bewerbung entfernt. Der Rest Ihrer Bewerbung bleibt unverändert: Ihre # anderen Programme werden weiterhin in derselben Reihenfolge berücksichtigt.}}',
      ],
    },
    'application.withdrawn': {
      title: 'Bewerbung zurückgezogen: Saison {season}',
      summary: 'Sie haben Ihre Bewerbung für die Saison {season} zurückgezogen.',
      body: [
        'Wie gewünscht wurde Ihre Bewerbung für die Saison {season} zurückgezogen: Sie wird für kein Programm mehr berücksichtigt.',
        'Ihr angegebener Grund: {reason}',
      ],
    },

    'application.decision-released': {
      title:
        '{outcome, select, accepted {Sie haben einen Platz: {title, select, none {Ihr Austauschprogramm} other {{title}}}} waitlisted {Sie stehen auf einer Warteliste: Saison {season}} other {Entscheidung über Ihre Bewerbung: Saison {season}}}',
      summary:
        '{outcome, select, accepted {Ihnen wird ein Platz in {title, select, none {Ihr Austauschprogramm} other {{title}}} angeboten: Antworten Sie auf Ihr Angebot.} waitlisted {Noch kein Platz, aber Sie stehen auf {waitlistCount, plural, one {einer Warteliste} other {# Wartelisten}}.} other {Es tut uns leid: Ihre Bewerbung für die Saison {season} hat keinen Platz erhalten.}}',
      body: [
        '{outcome, select, accepted {Die Entscheidungen der Saison {season} sind veröffentlicht: Sie haben einen Platz in {title, select, none {Ihr Austauschprogramm} other {{title}}}.} waitlisted {Die Entscheidungen der Saison {season} sind veröffentlicht. Noch ist kein Platz für Sie frei, aber Sie stehen auf der Warteliste.} other {Die Entscheidungen der Saison {season} sind veröffentlicht. Es tut uns leid: Ihre Bewerbung hat in keinem der gewählten Programme einen Platz erhalten.}}',
        '{waitlistCount, plural, =0 {} other {{outcome, select, accepted {Sie stehen außerdem auf der Warteliste von Programmen, die Sie höher eingestuft hatten:} other {Ihr Platz auf jeder Warteliste:}}\n{waitlists}}}',
        '{outcome, select, accepted {Ihr Angebot erhalten Sie in einer eigenen Nachricht mit seiner Frist: Dort können Sie es annehmen oder ablehnen.} waitlisted {Wird ein Platz frei, wird er Ihnen sofort angeboten, mit einer eigenen Antwortfrist.} other {}}',
        'Warum Sie dieses Ergebnis erhalten haben, wird in Ihrer Bewerbung Wahl für Wahl erklärt: {applicationPath}',
      ],
    },
    'application.offer-made': {
      title: '{promoted, select, true {Sie sind auf der Warteliste nachgerückt: {title, select, none {Ihr Austauschprogramm} other {{title}}}} other {Platz angeboten: {title, select, none {Ihr Austauschprogramm} other {{title}}}}}',
      summary: 'Nehmen Sie ihn bis {deadline, date, moment} an oder lehnen Sie ihn ab.',
      body: [
        '{promoted, select, true {Gute Nachricht: Ein Platz ist frei geworden und Sie waren die nächste Person auf der Warteliste. Ihnen wird ein Platz in {title, select, none {Ihr Austauschprogramm} other {{title}}} für die Saison {season} angeboten.} other {Ihnen wird ein Platz in {title, select, none {Ihr Austauschprogramm} other {{title}}} für die Saison {season} angeboten.}}',
        'Bitte nehmen Sie das Angebot bis {deadline, date, moment} an oder lehnen Sie es ab. Ohne Antwort bis dahin verfällt es und der Platz geht an die nächste Person auf der Warteliste.',
        'Ihr Angebot und wie Sie antworten: {applicationPath}',
      ],
    },
    'application.offer-lapsed': {
      title: 'Angebot verfallen: {title, select, none {Ihr Austauschprogramm} other {{title}}}',
      summary: 'Die Frist ist ohne Antwort abgelaufen: Der Platz ging an die nächste Person auf der Warteliste.',
      body: [
        'Die Frist für Ihre Antwort auf das Angebot eines Platzes in {title, select, none {Ihr Austauschprogramm} other {{title}}} (Saison {season}) ist ohne Antwort abgelaufen.',
        'Das Angebot ist verfallen und der Platz ist an die nächste Person auf der Warteliste gegangen.',
        'Ihre Bewerbung: {applicationPath}',
      ],
    },
    'application.confirmed': {
      title: 'Ihr Platz ist bestätigt: {title, select, none {Ihr Austauschprogramm} other {{title}}}',
      summary: 'Die Gaststadt hat Ihre Nominierung angenommen: Der Platz gehört Ihnen.',
      body: [
        'Sie haben Ihr Angebot angenommen und die Gaststadt hat Ihre Nominierung angenommen: Ihr Platz in {title, select, none {Ihr Austauschprogramm} other {{title}}} für die Saison {season} ist bestätigt.',
        'Herzlichen Glückwunsch! Die Verantwortlichen des Programms melden sich bei Ihnen zu den nächsten Schritten.',
        'Ihre Bewerbung: {applicationPath}',
      ],
    },
    'application.nomination-refused': {
      title: 'Nominierung von der Gaststadt abgelehnt: {title, select, none {Ihr Austauschprogramm} other {{title}}}',
      summary: 'Die Gaststadt hat Ihre Nominierung nicht angenommen: Der Platz geht an die nächste Person auf der Warteliste.',
      body: [
        'Die Gaststadt von {title, select, none {Ihr Austauschprogramm} other {{title}}} (Saison {season}) hat Ihre Nominierung nicht angenommen; der Ihnen angebotene Platz geht daher an die nächste Person auf der Warteliste.',
        'Angegebener Grund: {reason}',
        'Ob Sie in anderen Programmen noch auf einen Platz warten, sehen Sie in Ihrer Bewerbung: {applicationPath}',
      ],
    },
    'recommendation.requested': {
      title: '{applicantName} bittet Sie um ein Empfehlungsschreiben',
      summary: '{applicantName} bittet Sie um ein Empfehlungsschreiben für {programTitle}.',
      body: [
        '{applicantName} bewirbt sich für das Austauschprogramm {programTitle} und hat Sie als Referenz angegeben.',
        'Sie können Ihr Schreiben (als PDF) über den Link unten bis {expiresAt, date, moment} hochladen, ohne ein Konto anzulegen. Die Bewerberin oder der Bewerber sieht nur, dass es eingegangen ist, nie das Schreiben selbst.',
        'Wenn Sie diese Person nicht kennen oder keine Empfehlung schreiben möchten, können Sie diese Nachricht ignorieren.',
      ],
      action: 'Mein Schreiben hochladen',
    },
    'guardian-consent.requested': {
      title: 'Ihre Einwilligung für {applicantName} wird benötigt',
      summary: '{applicantName} bewirbt sich für {programCount, plural, one {ein Austauschprogramm} other {# Austauschprogramme}} und benötigt Ihre Einwilligung.',
      body: [
        '{applicantName} hat Sie als erziehungsberechtigte Person angegeben und bewirbt sich für {programCount, plural, one {das Austauschprogramm} other {die Austauschprogramme}} {programs}. Da die Reise vor der Volljährigkeit stattfindet, wird Ihre Einwilligung benötigt.',
        'Über den Link unten können Sie die Einzelheiten ansehen und bis {expiresAt, date, moment} einwilligen, ohne ein Konto anzulegen.',
        'Wenn Sie diese Person nicht kennen, können Sie diese Nachricht ignorieren.',
      ],
      action: 'Ansehen und einwilligen',
    },
    'nomination.requested': {
      title: 'Teilnehmende Person nominiert: {title, select, none {ein Austauschprogramm} other {{title}}}',
      summary: 'Ihre Stadt nimmt eine Person auf, die in diesem Programm einen Platz erhalten hat: Nehmen Sie die Nominierung an oder lehnen Sie sie ab.',
      body: [
        'Eine Person hat einen Platz im Austauschprogramm {title, select, none {ein Austauschprogramm} other {{title}}} (Saison {season}) erhalten und reist aus {side, select, member {der Stadt des Mitgliedsprogramms} other {der Partnerstadt}} an. Ihre Stadt nimmt sie auf.',
        'Bitte nehmen Sie die Nominierung an oder lehnen Sie sie ab; eine Ablehnung mit Begründung gibt den Platz für die nächste Person auf der Warteliste frei: {nominationsPath}',
        'Bewerbung: {applicationId}',
      ],
    },
    'matching.run-completed': {
      title: 'Platzvergabe bestätigt: Saison {season}',
      summary: '{placed} von {applicants} Bewerbungen mit Platz, in {programCount, plural, one {# Programm} other {# Programmen}}.',
      body: [
        'Die Platzvergabe der Saison {season} wurde bestätigt.',
        'Bewerbungen: {applicants}. Mit Platz: {placed}. Ohne Platz: {unplaced}. Vergebene Programme: {programCount}.',
        'Die Bewerberinnen und Bewerber erfahren ihre Entscheidung am Entscheidungsdatum des jeweiligen Programms. Die Vergabe mit ihren Zahlen und Erklärungen: {runPath}',
      ],
    },

    'reminder.application-window-closing': {
      title: 'Noch {daysLeft, plural, one {ein Tag} other {# Tage}} bis Bewerbungsschluss: {title}',
      summary: 'Die Bewerbungsfrist endet am {applicationClosesAt, date, moment}.',
      body: [
        'Die Bewerbungsfrist für das Austauschprogramm {title} endet in {daysLeft, plural, one {einem Tag} other {# Tagen}}, am {applicationClosesAt, date, moment}.',
        'Bitte achten Sie darauf, Ihre Bewerbung bis dahin vollständig einzureichen.',
      ],
    },
    'reminder.decision-release': {
      title: 'Entscheidungen in Kürze: {title}',
      summary: 'Die Entscheidungen werden am {decisionReleaseAt, date, moment} bekannt gegeben.',
      body: [
        'Die Entscheidungen für das Austauschprogramm {title} werden am {decisionReleaseAt, date, moment} bekannt gegeben.',
        'Dann erfahren alle Bewerbenden das Ergebnis ihrer Bewerbung.',
      ],
    },
    'reminder.travel-approaching': {
      title: 'Abreise in {daysLeft, plural, one {einem Tag} other {# Tagen}}: {title}',
      summary: 'Die Reise beginnt am {travelStart, date, calendar}.',
      body: [
        'Die Reise des Austauschprogramms {title} beginnt in {daysLeft, plural, one {einem Tag} other {# Tagen}}, am {travelStart, date, calendar}.',
        'Prüfen Sie rechtzeitig Reisedokumente, Versicherung und die Absprachen mit den Gastgebern.',
      ],
    },
    'reminder.partnership-anniversary': {
      title: `{years, plural, one {# Jahr} other {# Jahre}} Partnerschaft: ${pair}`,
      summary: 'Die Partnerschaft zwischen {memberCity} und {partnerCity} begann am {startDate, date, calendar}.',
      body: [
        `Am {startDate, date, calendar} wurden ${cities} Partnerstädte: Die Partnerschaft besteht seit {years, plural, one {einem Jahr} other {# Jahren}}.`,
        'Ein Jubiläum ist ein guter Anlass, einen neuen Austausch zu planen oder Ihrer Partnerstadt Grüße zu senden.',
      ],
    },
    'reminder.dues-due': {
      title: 'Mitgliedsbeitrag fällig: {name}',
      summary: 'Der Mitgliedsbeitrag von {name} ist am {dueDate, date, calendar} fällig.',
      body: [
        'Der Mitgliedsbeitrag von {name} ist am {dueDate, date, calendar} fällig.',
        '{duesPaidThrough, select, none {Für das Programm sind bisher keine Beiträge verbucht.} other {Die Beiträge sind derzeit bis einschließlich {duesPaidThrough} bezahlt.}}',
        'Mit pünktlicher Zahlung bleibt das Programm ordentliches Mitglied des Netzwerks.',
      ],
    },

    'reminder.offer-deadline': {
      title: 'Noch {daysLeft, plural, one {ein Tag} other {# Tage}} für Ihre Antwort auf das Angebot: {title, select, none {Ihr Austauschprogramm} other {{title}}}',
      summary: 'Nehmen Sie es bis {deadline, date, moment} an oder lehnen Sie es ab.',
      body: [
        'Ihr Angebot eines Platzes in {title, select, none {Ihr Austauschprogramm} other {{title}}} (Saison {season}) wartet auf Ihre Antwort: Sie haben noch {daysLeft, plural, one {einen Tag} other {# Tage}}, bis {deadline, date, moment}.',
        'Ohne Antwort bis dahin verfällt das Angebot und der Platz geht an die nächste Person auf der Warteliste.',
        'Ihr Angebot: {applicationPath}',
      ],
    },
    'reminder.requirements-missing': {
      title:
        'Bewerbungsschluss für {title, select, none {Ihr Austauschprogramm} other {{title}}} am {closesAt, date, day} (in {daysLeft, plural, one {einem Tag} other {# Tagen}}): Ihre Bewerbung ist nicht eingereicht',
      summary:
        '{missingCount, plural, =0 {Alles ist da: Reichen Sie Ihre Bewerbung ein.} one {Es fehlt noch # Angabe, dann reichen Sie Ihre Bewerbung ein.} other {Es fehlen noch # Angaben, dann reichen Sie Ihre Bewerbung ein.}}',
      body: [
        'Die Bewerbungsfrist für {title, select, none {Ihr Austauschprogramm} other {{title}}} endet am {closesAt, date, moment}, in {daysLeft, plural, one {einem Tag} other {# Tagen}}, und Ihre Bewerbung für die Saison {season} ist noch nicht eingereicht.',
        '{missingCount, plural, =0 {Alles ist da: Reichen Sie Ihre Bewerbung ein.} other {Was für dieses Programm noch fehlt:\n{missing}}}',
        '{missingCount, plural, =0 {} other {Sobald alles da ist, reichen Sie Ihre Bewerbung vor Fristende ein: Ein Entwurf wird nicht berücksichtigt.}}',
        'Ihre Bewerbung: {applicationPath}',
      ],
    },
    'reminder.recommendation-unanswered': {
      title: 'Erinnerung: Empfehlungsschreiben für {applicantName}',
      summary: '{applicantName} wartet noch auf Ihr Schreiben für {programTitle}.',
      body: [
        'Vor einer Woche hat {applicantName} Sie als Referenz für das Austauschprogramm {programTitle} angegeben. Ihr Schreiben ist noch nicht eingegangen.',
        'Sie können es über den Link unten noch bis {expiresAt, date, moment} hochladen.',
        'Wenn Sie keine Empfehlung schreiben möchten, können Sie diese Nachricht ignorieren: Wir erinnern Sie nicht noch einmal.',
      ],
      action: 'Mein Schreiben hochladen',
    },

    'webhook.endpoint-disabled': {
      title: 'Webhook-Endpunkt deaktiviert',
      summary: '{url} erhält keine Benachrichtigungen mehr.',
      body: [
        'Der Webhook-Endpunkt {url} wurde deaktiviert und erhält keine Benachrichtigungen mehr.',
        'Grund: {reason}',
        'Sobald der Empfänger wieder funktioniert, können Sie den Endpunkt wieder aktivieren; ein Test-Ping bestätigt, dass er erreichbar ist.',
      ],
    },
    'webhook.ping': {
      title: 'Testbenachrichtigung',
      summary: 'Für einen Webhook-Endpunkt angeforderte Testbenachrichtigung.',
      body: [
        'Dies ist eine Testbenachrichtigung. Sie wurde angefordert, um zu prüfen, ob ein Webhook-Endpunkt Benachrichtigungen empfängt.',
        'Sie müssen nichts weiter tun.',
      ],
    },

    announcement: {
      title: '{title}',
      summary: '{body}',
      body: ['{body}'],
    },
  },
};
