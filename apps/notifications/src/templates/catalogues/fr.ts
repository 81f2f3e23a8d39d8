import type { LanguageCatalogue } from '../message-catalogue';

// French, addressing the reader as vous. A sister-city partnership is a "jumelage".
// French typography: a no-break space (\u00a0) before : ; ! ?. City names never follow
// « de » or « à » (Le Havre, Orléans would need « du » or « d’ »): « entre », « pour », « par ».

const sideCity = '{side, select, member {{memberCity}} other {{partnerCity}}}';
const otherSideCity = '{side, select, member {{partnerCity}} other {{memberCity}}}';
const cities = '{memberCity} ({memberCountry}) et {partnerCity} ({partnerCountry})';
const pair = '{memberCity} – {partnerCity}';

export const fr: LanguageCatalogue = {
  layout: {
    greeting: 'Bonjour {name},',
    greetingWithoutName: 'Bonjour,',
    signOff: 'Cordialement,',
    signature: 'Sister City Network',
    actionFallback: 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur\u00a0:',
    actionInText: '{label}\u00a0:',
    footerOptional:
      'Vous recevez cet e-mail en raison de votre rôle au sein de Sister City Network. Vous pouvez choisir les notifications que vous recevez par e-mail dans vos préférences de notification.',
    footerCritical: 'Ce message concerne votre compte\u00a0: il vous est envoyé même si vous avez désactivé les autres notifications.',
    footerCriticalApplication: 'Ce message concerne une candidature\u00a0: il vous est envoyé même si vous avez désactivé les autres notifications.',
    footerWithoutAccount:
      'Vous recevez cet e-mail parce que vous figurez parmi les contacts de Sister City Network. Vous pouvez choisir les e-mails que vous recevez encore, ou tous les arrêter, sans compte\u00a0:',
    unsubscribeLink: 'Choisir vos e-mails ou vous désabonner',
  },
  digest: {
    subject: 'Votre récapitulatif quotidien\u00a0: {count, plural, =0 {rien de nouveau} one {# notification} other {# notifications}}',
    title: 'Votre récapitulatif quotidien',
    summary:
      '{count, plural, =0 {Rien de nouveau depuis votre dernier récapitulatif.} one {# notification depuis votre dernier récapitulatif.} other {# notifications depuis votre dernier récapitulatif.}}',
    intro:
      '{count, plural, =0 {Rien de nouveau depuis votre dernier récapitulatif.} one {Voici ce qui s’est passé depuis votre dernier récapitulatif\u00a0:} other {Voici les # notifications reçues depuis votre dernier récapitulatif\u00a0:}}',
    footer: 'Vous recevez ce récapitulatif quotidien parce que vous l’avez choisi dans vos préférences de notification, où vous pouvez aussi le désactiver.',
  },
  vocabulary: {
    exchangeCategories: {
      'youth-education': 'jeunesse et éducation',
      'arts-culture': 'arts et culture',
      'business-trade': 'affaires et commerce',
      'humanitarian-municipal': 'coopération humanitaire et municipale',
      'professional-technical': 'échanges professionnels et techniques',
    },
    roles: {
      'network-staff': 'équipe du réseau',
      'program-admin': 'administration d’un programme',
      reviewer: 'évaluation des candidatures',
      applicant: 'candidature à un programme',
      'partner-contact': 'contact de la ville partenaire',
    },
    programDates: {
      applicationOpensAt: 'ouverture des candidatures',
      applicationClosesAt: 'date limite de candidature',
      decisionReleaseAt: 'publication des décisions',
      offerResponseDeadline: 'date limite de réponse à une offre',
      travelStart: 'début du voyage',
      travelEnd: 'fin du voyage',
      other: 'calendrier',
    },
    pauseCauses: {
      'partnership-suspended': 'parce que le jumelage a été suspendu',
      'paused-by-manager': 'à la demande de ses responsables',
    },
    unnamedProgram: 'Programme d’échange (nom pas encore disponible)',
    waitlistEntry: '{title}\u00a0: {position, selectordinal, one {#re} other {#e}} place sur la liste d’attente',
    missingRequirements: {
      documents: 'Déposez le document «\u00a0{key}\u00a0»',
      answers: 'Répondez à la question «\u00a0{key}\u00a0»',
      referees: 'Nommez les référents que demande le programme',
      guardian: 'Indiquez un tuteur légal dans votre profil (vous serez mineur pendant le voyage)',
      other: 'Complétez «\u00a0{field}\u00a0»',
    },
  },
  types: {
    'account.invited': {
      title: 'Invitation à rejoindre Sister City Network',
      summary: 'Acceptez l’invitation pour configurer votre compte.',
      body: [
        'Vous avez reçu une invitation à rejoindre Sister City Network avec les rôles suivants\u00a0: {roles}.',
        'Acceptez l’invitation pour choisir votre mot de passe et configurer votre compte. L’invitation est valable jusqu’au {expiresAt, date, moment}.',
      ],
      action: 'Accepter l’invitation',
    },
    'account.verify-email': {
      title: 'Confirmez votre adresse e-mail',
      summary: 'Confirmez cette adresse pour terminer la configuration de votre compte.',
      body: [
        'Merci de confirmer que cette adresse e-mail est bien la vôtre, afin que nous puissions vous informer au sujet de votre compte et de vos jumelages.',
        'Le lien est valable jusqu’au {expiresAt, date, moment}. Si vous n’avez pas créé de compte, vous pouvez ignorer ce message.',
      ],
      action: 'Confirmer mon adresse e-mail',
    },
    'account.password-reset': {
      title: 'Réinitialisez votre mot de passe',
      summary: 'Un nouveau mot de passe a été demandé pour votre compte.',
      body: [
        'Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Sister City Network. Vous pouvez en choisir un nouveau avec le lien ci-dessous jusqu’au {expiresAt, date, moment}.',
        'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message\u00a0: votre mot de passe reste inchangé.',
      ],
      action: 'Choisir un nouveau mot de passe',
    },

    'partnership.proposed': {
      title: `Nouveau jumelage proposé\u00a0: ${pair}`,
      summary: 'Un jumelage entre {memberCity} et {partnerCity} a été proposé et attend l’approbation des deux parties.',
      body: [
        `Un jumelage a été proposé entre ${cities}.`,
        'La version {version} de l’accord est prête à être examinée. Elle entrera en vigueur une fois approuvée par les plus hautes autorités des deux villes.',
      ],
    },
    'partnership.terms-amended': {
      title: `Conditions du jumelage modifiées\u00a0: ${pair}`,
      summary: 'La version {version} de l’accord doit être approuvée par les deux parties.',
      body: [
        `Les conditions du jumelage entre ${cities} ont été modifiées.`,
        'Les approbations données aux versions précédentes ne sont plus valables\u00a0: la version {version} de l’accord doit être approuvée par les deux parties.',
      ],
    },
    'partnership.approved': {
      title: `Approbation par ${sideCity}\u00a0: ${pair}`,
      summary: '{signatoryName} a approuvé la version {version} de l’accord entre {memberCity} et {partnerCity}.',
      body: [
        `{signatoryName} ({signatoryOffice}) a approuvé pour ${sideCity} la version {version} de l’accord de jumelage entre ${cities}.`,
        'L’accord entre en vigueur dès que les deux parties ont approuvé la même version.',
      ],
    },
    'partnership.activated': {
      title: `{firstSigning, select, true {Jumelage en vigueur} other {Nouvelles conditions en vigueur}}\u00a0: ${pair}`,
      summary:
        '{firstSigning, select, true {Les deux parties ont signé\u00a0: le jumelage entre {memberCity} et {partnerCity} est en vigueur.} other {Les deux parties ont approuvé la version {version}\u00a0: ce sont désormais les conditions en vigueur.}}',
      body: [
        `{firstSigning, select, true {Les deux parties ont signé\u00a0: le jumelage entre ${cities} est désormais en vigueur. Félicitations à toutes celles et à tous ceux qui l’ont rendu possible\u00a0!} other {Les deux parties ont approuvé la version {version} de l’accord\u00a0: elle remplace les conditions jusqu’ici en vigueur pour le jumelage entre ${cities}.}}`,
        '{startDate, select, none {} other {Le jumelage date officiellement du {startDate, date, calendar}.}}',
      ],
    },
    'partnership.suspended': {
      title: `Jumelage suspendu\u00a0: ${pair}`,
      summary: 'Le jumelage entre {memberCity} et {partnerCity} a été suspendu.',
      body: [
        `Le jumelage entre ${cities} a été suspendu.`,
        'Motif indiqué\u00a0: {reason}',
        'Pendant la suspension, ses programmes d’échange n’acceptent pas de nouvelles candidatures. Nous vous préviendrons de sa reprise.',
      ],
    },
    'partnership.reactivated': {
      title: `Reprise du jumelage\u00a0: ${pair}`,
      summary: 'Le jumelage entre {memberCity} et {partnerCity} est de nouveau actif.',
      body: [
        `La suspension a été levée\u00a0: le jumelage entre ${cities} est de nouveau actif.`,
        'Les programmes d’échange mis en pause en raison de la suspension reprennent.',
      ],
    },
    'partnership.termination-proposed': {
      title: `Fin du jumelage proposée\u00a0: ${pair}`,
      summary: `${sideCity} a proposé de mettre fin à son jumelage avec ${otherSideCity}.`,
      body: [
        `${sideCity} a proposé de mettre fin au jumelage entre ${cities}.`,
        'Motif indiqué\u00a0: {reason}',
        'Le jumelage ne prend fin qu’une fois la résiliation approuvée par les deux parties. D’ici là, il reste en vigueur.',
      ],
    },
    'partnership.terminated': {
      title: `Fin du jumelage\u00a0: ${pair}`,
      summary: 'Le jumelage entre {memberCity} et {partnerCity} a pris fin.',
      body: [
        `Le jumelage entre ${cities} a pris fin.`,
        'Motif indiqué\u00a0: {reason}',
        'Les programmes d’échange de ce jumelage qui n’avaient pas commencé sont annulés. Merci à toutes celles et à tous ceux qui l’ont fait vivre.',
      ],
    },

    'partnership-import.completed': {
      title: '{dryRun, select, true {Aperçu d’import prêt} other {Import terminé}}\u00a0: {fileName, select, none {votre fichier} other {{fileName}}}',
      summary:
        '{dryRun, select, true {Aperçu de {rows, plural, one {# ligne} other {# lignes}}\u00a0: {created} seraient créés, rien n’a été écrit.} other {{rows, plural, one {# ligne lue} other {# lignes lues}}\u00a0: {created} jumelages créés.}}',
      body: [
        '{dryRun, select, true {L’aperçu de votre import ({fileName, select, none {votre fichier} other {{fileName}}}) est terminé. Rien n’a été écrit\u00a0: voici ce que donnerait l’import du fichier.} other {Votre import de jumelages ({fileName, select, none {votre fichier} other {{fileName}}}) est terminé. Les jumelages importés ont été ajoutés sans être annoncés un par un.}}',
        'Lignes lues\u00a0: {rows}. {dryRun, select, true {Seraient créés} other {Créés}}\u00a0: {created}. Inchangés (déjà connus)\u00a0: {unchanged}. Signalées\u00a0: {reported}, dont ambiguës\u00a0: {ambiguous}.',
        '{reported, plural, =0 {Aucune ligne n’est à vérifier.} other {Les lignes signalées, avec leurs motifs et leurs candidats, sont listées à {problemsPath}.}}',
      ],
    },
    'member-program.registered': {
      title: 'Bienvenue dans le réseau, {name}',
      summary: 'Le programme {name} est désormais membre de Sister City Network.',
      body: [
        'Le programme {name} est désormais inscrit comme programme membre de Sister City Network.',
        'Les personnes qui l’administrent peuvent désormais tenir ses contacts à jour, proposer des jumelages et publier des programmes d’échange.',
      ],
    },
    'member-program.standing-changed': {
      title: '{inGoodStanding, select, true {Le programme {name} est en règle} other {Le programme {name} n’est plus en règle}}',
      summary: '{inGoodStanding, select, true {L’adhésion du programme {name} est à jour.} other {L’adhésion du programme {name} a expiré.}}',
      body: [
        '{inGoodStanding, select, true {L’adhésion du programme {name} est à jour\u00a0: le programme est en règle vis-à-vis du réseau.} other {L’adhésion du programme {name} n’est plus à jour\u00a0: le programme n’est donc plus en règle vis-à-vis du réseau.}}',
        '{duesPaidThrough, select, none {Aucune cotisation n’a encore été enregistrée.} other {Les cotisations sont réglées jusqu’à l’année {duesPaidThrough} incluse.}}',
        '{inGoodStanding, select, true {} other {Veuillez contacter l’équipe du réseau pour renouveler l’adhésion.}}',
      ],
    },

    'exchange-program.published': {
      title: 'Nouveau programme d’échange\u00a0: {title}',
      summary: 'Candidatures ouvertes du {applicationOpensAt, date, day} au {applicationClosesAt, date, day}.',
      body: [
        'Un nouveau programme d’échange a été publié\u00a0: {title} ({category}).',
        'Les candidatures ouvrent le {applicationOpensAt, date, moment} et ferment le {applicationClosesAt, date, moment}.',
        'Le voyage est prévu du {travelStart, date, calendar} au {travelEnd, date, calendar}.',
      ],
    },
    'exchange-program.dates-changed': {
      title: 'Nouvelles dates\u00a0: {title}',
      summary: 'Modifications\u00a0: {changed}.',
      body: [
        'Les dates du programme d’échange {title} ont changé ({changed}).',
        'Les candidatures ferment désormais le {applicationClosesAt, date, moment}.',
        'Le voyage est désormais prévu du {travelStart, date, calendar} au {travelEnd, date, calendar}.',
      ],
    },
    'exchange-program.window-opened': {
      title: 'Candidatures ouvertes\u00a0: {title}',
      summary: 'Candidatures possibles jusqu’au {applicationClosesAt, date, day}.',
      body: ['Les candidatures au programme d’échange {title} ({category}) sont ouvertes.', 'Elles ferment le {applicationClosesAt, date, moment}.'],
    },
    'exchange-program.paused': {
      title: 'Programme d’échange en pause\u00a0: {title}',
      summary: 'En pause {cause}. Aucune nouvelle candidature n’est acceptée pour le moment.',
      body: [
        'Le programme d’échange {title} a été mis en pause {cause}\u00a0: aucune nouvelle candidature n’est acceptée pour le moment.',
        '{causeNote, select, none {} other {Motif indiqué\u00a0: {causeNote}}}',
        'Nous vous préviendrons de la reprise du programme.',
      ],
    },
    'exchange-program.resumed': {
      title: 'Reprise du programme d’échange\u00a0: {title}',
      summary: 'Le programme a repris.',
      body: [
        'Le programme d’échange {title} a repris.',
        'Les candidatures sont de nouveau acceptées tant que la période de candidature est ouverte.',
      ],
    },
    'exchange-program.cancelled': {
      title: 'Programme d’échange annulé\u00a0: {title}',
      summary: 'Le programme n’aura pas lieu.',
      body: ['Le programme d’échange {title} a été annulé et n’aura pas lieu.', 'Motif indiqué\u00a0: {reason}'],
    },

    'application.submitted': {
      title: 'Candidature envoyée\u00a0: saison {season}',
      summary:
        'Votre candidature pour la saison {season} a bien été reçue, avec {choiceCount, plural, one {# programme} other {# programmes par ordre de préférence}}.',
      body: [
        'Votre candidature pour la saison {season} a bien été envoyée. Merci\u00a0!',
        '{choiceCount, plural, one {Le programme que vous avez choisi} other {Les programmes que vous avez choisis, par ordre de préférence}}\u00a0:\n{choices}',
        'Nous vous préviendrons dès la publication des décisions.',
      ],
    },
    'application.choice-withdrawn': {
      title: '{title, select, none {Un programme que vous aviez choisi a été annulé} other {Programme annulé\u00a0: {title}}}',
      summary:
        '{remainingChoices, plural, =0 {C’était votre dernier choix\u00a0: votre candidature pour la saison {season} est retirée.} one {Le reste de votre candidature est maintenu, avec votre autre choix.} other {Le reste de votre candidature est maintenu, avec vos # autres choix.}}',
      body: [
        '{title, select, none {Un des programmes que vous aviez choisis pour la saison {season} a été annulé} other {Le programme {title}, que vous aviez choisi pour la saison {season}, a été annulé}}\u00a0: {reason}',
        '{remainingChoices, plural, =0 {C’était le dernier programme de votre candidature\u00a0: elle est donc retirée. Vous n’avez rien à faire.} one {Il a été retiré de votre candidature. Le reste de votre candidature est maintenu tel quel\u00a0: votre autre choix reste à l’étude.} other {Il a été retiré de votre candidature. Le reste de votre candidature est maintenu tel quel\u00a0: vos # autres choix restent à l’étude, dans le même ordre.}}',
      ],
    },
    'application.withdrawn': {
      title: 'Candidature retirée\u00a0: saison {season}',
      summary: 'Vous avez retiré votre candidature pour la saison {season}.',
      body: [
        'Comme vous l’avez demandé, votre candidature pour la saison {season} a été retirée\u00a0: elle n’est plus prise en compte pour aucun programme.',
        'Motif indiqué\u00a0: {reason}',
      ],
    },

    'application.decision-released': {
      title:
        '{outcome, select, accepted {Vous avez une place\u00a0: {title, select, none {votre programme d’échange} other {{title}}}} waitlisted {Vous êtes sur liste d’attente\u00a0: saison {season}} other {Décision sur votre candidature\u00a0: saison {season}}}',
      summary:
        '{outcome, select, accepted {Une place vous est offerte dans {title, select, none {votre programme d’échange} other {{title}}}\u00a0: consultez votre offre pour y répondre.} waitlisted {Pas encore de place, mais vous êtes sur {waitlistCount, plural, one {# liste d’attente} other {# listes d’attente}}.} other {Nous sommes désolés\u00a0: votre candidature pour la saison {season} n’a pas obtenu de place.}}',
      body: [
        '{outcome, select, accepted {Les décisions de la saison {season} sont publiées\u00a0: vous avez une place dans {title, select, none {votre programme d’échange} other {{title}}}.} waitlisted {Les décisions de la saison {season} sont publiées. Aucune place n’est encore libre pour vous, mais vous êtes sur liste d’attente.} other {Les décisions de la saison {season} sont publiées. Nous sommes désolés\u00a0: votre candidature n’a obtenu de place dans aucun des programmes que vous aviez choisis.}}',
        '{waitlistCount, plural, =0 {} other {{outcome, select, accepted {Vous êtes aussi sur la liste d’attente de programmes que vous aviez classés plus haut\u00a0:} other {Votre rang sur chaque liste d’attente\u00a0:}}\n{waitlists}}}',
        '{outcome, select, accepted {Votre offre vous parvient dans un message séparé, avec son délai\u00a0: consultez-la pour l’accepter ou la refuser.} waitlisted {Si une place se libère, elle vous sera offerte aussitôt, avec son propre délai de réponse.} other {}}',
        'Votre candidature explique, choix par choix, pourquoi vous avez obtenu ce résultat\u00a0: {applicationPath}',
      ],
    },
    'application.offer-made': {
      title: '{promoted, select, true {Vous avancez sur la liste d’attente\u00a0: {title, select, none {votre programme d’échange} other {{title}}}} other {Place offerte\u00a0: {title, select, none {votre programme d’échange} other {{title}}}}}',
      summary: 'Acceptez-la ou refusez-la avant le {deadline, date, moment}.',
      body: [
        '{promoted, select, true {Bonne nouvelle\u00a0: une place s’est libérée et vous étiez le suivant sur la liste d’attente. Une place vous est offerte dans {title, select, none {votre programme d’échange} other {{title}}} pour la saison {season}.} other {Une place vous est offerte dans {title, select, none {votre programme d’échange} other {{title}}} pour la saison {season}.}}',
        'Merci de l’accepter ou de la refuser avant le {deadline, date, moment}. Sans réponse d’ici là, l’offre expire et la place revient à la personne suivante sur la liste d’attente.',
        'Votre offre, et comment y répondre\u00a0: {applicationPath}',
      ],
    },
    'application.offer-lapsed': {
      title: 'Offre expirée\u00a0: {title, select, none {votre programme d’échange} other {{title}}}',
      summary: 'Le délai est passé sans réponse\u00a0: la place est revenue à la personne suivante sur la liste d’attente.',
      body: [
        'Le délai pour répondre à votre offre d’une place dans {title, select, none {votre programme d’échange} other {{title}}} (saison {season}) est passé sans réponse.',
        'L’offre a expiré et la place est revenue à la personne suivante sur la liste d’attente.',
        'Votre candidature\u00a0: {applicationPath}',
      ],
    },
    'application.confirmed': {
      title: 'Votre place est confirmée\u00a0: {title, select, none {votre programme d’échange} other {{title}}}',
      summary: 'La ville d’accueil a accepté votre nomination\u00a0: la place est à vous.',
      body: [
        'Vous avez accepté votre offre et la ville d’accueil a accepté votre nomination\u00a0: votre place dans {title, select, none {votre programme d’échange} other {{title}}} pour la saison {season} est confirmée.',
        'Félicitations\u00a0! Les responsables du programme vous contacteront pour la suite.',
        'Votre candidature\u00a0: {applicationPath}',
      ],
    },
    'application.nomination-refused': {
      title: 'Nomination refusée par la ville d’accueil\u00a0: {title, select, none {votre programme d’échange} other {{title}}}',
      summary: 'La ville d’accueil n’a pas accepté votre nomination\u00a0: la place revient à la personne suivante sur la liste d’attente.',
      body: [
        'La ville d’accueil de {title, select, none {votre programme d’échange} other {{title}}} (saison {season}) n’a pas accepté votre nomination\u00a0: la place qui vous était offerte revient à la personne suivante sur la liste d’attente.',
        'Motif indiqué\u00a0: {reason}',
        'Votre candidature indique si vous attendez encore une place dans d’autres programmes\u00a0: {applicationPath}',
      ],
    },
    'recommendation.requested': {
      title: '{applicantName} vous demande une lettre de recommandation',
      summary: '{applicantName} vous demande une lettre de recommandation pour {programTitle}.',
      body: [
        '{applicantName} se porte candidat au programme d’échange {programTitle} et vous a désigné comme référent.',
        'Vous pouvez déposer votre lettre (un PDF) avec le lien ci-dessous, sans créer de compte, jusqu’au {expiresAt, date, moment}. La personne candidate verra qu’elle a été reçue, jamais la lettre elle-même.',
        'Si vous ne connaissez pas cette personne ou ne souhaitez pas écrire de recommandation, vous pouvez ignorer ce message.',
      ],
      action: 'Déposer ma lettre',
    },
    'guardian-consent.requested': {
      title: 'Votre consentement est nécessaire pour {applicantName}',
      summary: '{applicantName} se porte candidat à {programCount, plural, one {un programme d’échange} other {# programmes d’échange}} et a besoin de votre consentement.',
      body: [
        '{applicantName} vous a désigné comme représentant légal et se porte candidat {programCount, plural, one {au programme d’échange} other {aux programmes d’échange}} {programs}. Comme il sera mineur pendant le voyage, votre consentement est nécessaire.',
        'Vous pouvez consulter les détails et donner votre consentement avec le lien ci-dessous, sans créer de compte, jusqu’au {expiresAt, date, moment}.',
        'Si vous ne connaissez pas cette personne, vous pouvez ignorer ce message.',
      ],
      action: 'Consulter et consentir',
    },
    'nomination.requested': {
      title: 'Participant nommé\u00a0: {title, select, none {un programme d’échange} other {{title}}}',
      summary: 'Votre ville accueillera un participant placé dans ce programme\u00a0: acceptez ou refusez la nomination.',
      body: [
        'Un participant a obtenu une place dans le programme d’échange {title, select, none {un programme d’échange} other {{title}}} (saison {season}), au départ de {side, select, member {la ville du programme membre} other {la ville jumelle}}. Votre ville l’accueille.',
        'Merci d’accepter ou de refuser la nomination\u00a0; un refus, avec son motif, libère la place pour la personne suivante sur la liste d’attente\u00a0: {nominationsPath}',
        'Candidature\u00a0: {applicationId}',
      ],
    },
    'matching.run-completed': {
      title: 'Attribution validée\u00a0: saison {season}',
      summary: '{placed} candidats placés sur {applicants}, dans {programCount, plural, one {# programme} other {# programmes}}.',
      body: [
        'L’attribution des places de la saison {season} a été validée.',
        'Candidats\u00a0: {applicants}. Placés\u00a0: {placed}. Sans place\u00a0: {unplaced}. Programmes attribués\u00a0: {programCount}.',
        'Les candidats connaîtront leur décision à la date de décision de chaque programme. L’attribution, avec ses chiffres et ses explications\u00a0: {runPath}',
      ],
    },

    'reminder.application-window-closing': {
      title: 'Plus que {daysLeft, plural, one {# jour} other {# jours}} pour candidater\u00a0: {title}',
      summary: 'Les candidatures ferment le {applicationClosesAt, date, moment}.',
      body: [
        'Les candidatures au programme d’échange {title} ferment dans {daysLeft, plural, one {# jour} other {# jours}}, le {applicationClosesAt, date, moment}.',
        'Assurez-vous que votre candidature est complète et envoyée d’ici là.',
      ],
    },
    'reminder.decision-release': {
      title: 'Décisions bientôt publiées\u00a0: {title}',
      summary: 'Les décisions seront publiées le {decisionReleaseAt, date, moment}.',
      body: [
        'Les décisions du programme d’échange {title} seront publiées le {decisionReleaseAt, date, moment}.',
        'Le résultat de chaque candidature sera alors communiqué.',
      ],
    },
    'reminder.travel-approaching': {
      title: 'Départ dans {daysLeft, plural, one {# jour} other {# jours}}\u00a0: {title}',
      summary: 'Le voyage commence le {travelStart, date, calendar}.',
      body: [
        'Le voyage du programme d’échange {title} commence dans {daysLeft, plural, one {# jour} other {# jours}}, le {travelStart, date, calendar}.',
        'Vérifiez à temps les documents de voyage, l’assurance et ce qui a été convenu avec les hôtes.',
      ],
    },
    'reminder.partnership-anniversary': {
      title: `{years, plural, one {# an} other {# ans}} de jumelage\u00a0: ${pair}`,
      summary: 'Le jumelage entre {memberCity} et {partnerCity} a commencé le {startDate, date, calendar}.',
      body: [
        `Le {startDate, date, calendar}, ${cities} sont devenues villes jumelles\u00a0: le jumelage {years, plural, =1 {fête son premier anniversaire} other {fête ses # ans}}.`,
        'Un anniversaire est une belle occasion de préparer un nouvel échange ou d’adresser vos salutations à votre ville jumelle.',
      ],
    },
    'reminder.dues-due': {
      title: 'Cotisation à régler\u00a0: {name}',
      summary: 'La cotisation du programme {name} est due le {dueDate, date, calendar}.',
      body: [
        'La cotisation du programme {name} est due le {dueDate, date, calendar}.',
        '{duesPaidThrough, select, none {Aucune cotisation n’a encore été enregistrée pour le programme.} other {Les cotisations sont actuellement réglées jusqu’à l’année {duesPaidThrough} incluse.}}',
        'Régler la cotisation à temps permet au programme de rester en règle vis-à-vis du réseau.',
      ],
    },

    'reminder.offer-deadline': {
      title: 'Plus que {daysLeft, plural, one {# jour} other {# jours}} pour répondre à votre offre\u00a0: {title, select, none {votre programme d’échange} other {{title}}}',
      summary: 'Acceptez-la ou refusez-la avant le {deadline, date, moment}.',
      body: [
        'Votre offre d’une place dans {title, select, none {votre programme d’échange} other {{title}}} (saison {season}) attend votre réponse\u00a0: plus que {daysLeft, plural, one {# jour} other {# jours}}, jusqu’au {deadline, date, moment}.',
        'Sans réponse d’ici là, l’offre expire et la place revient à la personne suivante sur la liste d’attente.',
        'Votre offre\u00a0: {applicationPath}',
      ],
    },
    'reminder.requirements-missing': {
      title:
        '{title, select, none {Votre programme d’échange} other {{title}}} clôt ses candidatures le {closesAt, date, day} (dans {daysLeft, plural, one {# jour} other {# jours}})\u00a0: votre candidature n’est pas envoyée',
      summary:
        '{missingCount, plural, =0 {Tout y est\u00a0: envoyez votre candidature.} one {Il manque encore # élément, puis envoyez votre candidature.} other {Il manque encore # éléments, puis envoyez votre candidature.}}',
      body: [
        'Les candidatures pour {title, select, none {votre programme d’échange} other {{title}}} se terminent le {closesAt, date, moment}, dans {daysLeft, plural, one {# jour} other {# jours}}, et votre candidature pour la saison {season} n’est pas encore envoyée.',
        '{missingCount, plural, =0 {Tout y est\u00a0: envoyez votre candidature.} other {Ce qui manque encore pour ce programme\u00a0:\n{missing}}}',
        '{missingCount, plural, =0 {} other {Une fois que tout y est, envoyez votre candidature avant la clôture\u00a0: un brouillon n’est pas examiné.}}',
        'Votre candidature\u00a0: {applicationPath}',
      ],
    },
    'reminder.recommendation-unanswered': {
      title: 'Rappel\u00a0: lettre de recommandation pour {applicantName}',
      summary: '{applicantName} attend toujours votre lettre pour {programTitle}.',
      body: [
        'Il y a une semaine, {applicantName} vous a désigné comme référent pour le programme d’échange {programTitle}. Votre lettre n’est pas encore arrivée.',
        'Vous pouvez encore la déposer avec le lien ci-dessous jusqu’au {expiresAt, date, moment}.',
        'Si vous ne souhaitez pas écrire de recommandation, vous pouvez ignorer ce message\u00a0: il ne vous sera plus rappelé.',
      ],
      action: 'Déposer ma lettre',
    },

    'webhook.endpoint-disabled': {
      title: 'Webhook désactivé',
      summary: '{url} ne reçoit plus de notifications.',
      body: [
        'Le webhook {url} a été désactivé et ne reçoit plus de notifications.',
        'Motif\u00a0: {reason}',
        'Une fois le récepteur rétabli, vous pouvez réactiver le webhook\u00a0; un ping de test permet de vérifier qu’il est joignable.',
      ],
    },
    'webhook.ping': {
      title: 'Notification de test',
      summary: 'Notification de test demandée pour un webhook.',
      body: ['Ceci est une notification de test, demandée pour vérifier qu’un webhook reçoit bien les notifications.', 'Aucune action n’est nécessaire.'],
    },

    announcement: {
      title: '{title}',
      summary: '{body}',
      body: ['{body}'],
    },
  },
};
