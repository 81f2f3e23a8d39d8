import type { LanguageCatalogue } from '../message-catalogue';

// Spanish, addressing the reader as usted. A sister-city partnership is a "hermanamiento".

const sideCity = '{side, select, member {{memberCity}} other {{partnerCity}}}';
const otherSideCity = '{side, select, member {{partnerCity}} other {{memberCity}}}';
const cities = '{memberCity} ({memberCountry}) y {partnerCity} ({partnerCountry})';
const pair = '{memberCity} – {partnerCity}';

export const es: LanguageCatalogue = {
  layout: {
    greeting: 'Hola, {name}:',
    greetingWithoutName: 'Hola:',
    signOff: 'Saludos cordiales,',
    signature: 'Sister City Network',
    actionFallback: 'Si el botón no funciona, copie esta dirección en su navegador:',
    actionInText: '{label}:',
    footerOptional:
      'Recibe este correo por su función en Sister City Network. Puede elegir qué notificaciones le llegan por correo electrónico en sus preferencias de notificación.',
    footerCritical: 'Este mensaje se refiere a su cuenta, por lo que se envía aunque haya desactivado otras notificaciones.',
    footerCriticalApplication: 'Este mensaje se refiere a una solicitud, por lo que se envía aunque haya desactivado otras notificaciones.',
    footerWithoutAccount:
      'Recibe este correo porque figura como contacto en Sister City Network. Puede elegir qué correos sigue recibiendo, o dejar de recibirlos todos, sin necesidad de una cuenta:',
    unsubscribeLink: 'Elegir sus correos o darse de baja',
  },
  digest: {
    subject: 'Su resumen diario: {count, plural, =0 {nada nuevo} one {# notificación} other {# notificaciones}}',
    title: 'Su resumen diario',
    summary: '{count, plural, =0 {Nada nuevo desde su último resumen.} one {# notificación desde su último resumen.} other {# notificaciones desde su último resumen.}}',
    intro: '{count, plural, =0 {No ha habido novedades desde su último resumen.} one {Esto es lo que ha ocurrido desde su último resumen:} other {Estas son las # notificaciones desde su último resumen:}}',
    footer: 'Recibe este resumen diario porque lo eligió en sus preferencias de notificación, donde también puede desactivarlo.',
  },
  vocabulary: {
    exchangeCategories: {
      'youth-education': 'juventud y educación',
      'arts-culture': 'arte y cultura',
      'business-trade': 'negocios y comercio',
      'humanitarian-municipal': 'cooperación humanitaria y municipal',
      'professional-technical': 'intercambio profesional y técnico',
    },
    roles: {
      'network-staff': 'personal de la red',
      'program-admin': 'administración de programa',
      reviewer: 'evaluación de solicitudes',
      applicant: 'solicitante',
      'partner-contact': 'contacto de la ciudad hermana',
    },
    programDates: {
      applicationOpensAt: 'apertura de las solicitudes',
      applicationClosesAt: 'fecha límite de solicitud',
      decisionReleaseAt: 'publicación de las decisiones',
      offerResponseDeadline: 'plazo para responder a una oferta',
      travelStart: 'inicio del viaje',
      travelEnd: 'fin del viaje',
      other: 'calendario',
    },
    pauseCauses: {
      'partnership-suspended': 'porque se suspendió el hermanamiento',
      'paused-by-manager': 'a petición de sus responsables',
    },
    unnamedProgram: 'Programa de intercambio (nombre aún no disponible)',
    waitlistEntry: '{title}: puesto {position} en la lista de espera',
    missingRequirements: {
      documents: 'Suba el documento «{key}»',
      answers: 'Responda a la pregunta «{key}»',
      referees: 'Indique las personas de referencia que pide el programa',
      guardian: 'Indique un tutor legal en su perfil (será menor de edad durante el viaje)',
      other: 'Complete «{field}»',
    },
  },
  types: {
    'account.invited': {
      title: 'Le invitamos a unirse a Sister City Network',
      summary: 'Acepte la invitación para configurar su cuenta.',
      body: [
        'Ha recibido una invitación para unirse a Sister City Network con las siguientes funciones: {roles}.',
        'Acepte la invitación para elegir su contraseña y configurar su cuenta. La invitación es válida hasta el {expiresAt, date, moment}.',
      ],
      action: 'Aceptar la invitación',
    },
    'account.verify-email': {
      title: 'Confirme su dirección de correo electrónico',
      summary: 'Confirme esta dirección para terminar de configurar su cuenta.',
      body: [
        'Confirme que esta dirección de correo electrónico es suya para que podamos informarle sobre su cuenta y sus hermanamientos.',
        'El enlace es válido hasta el {expiresAt, date, moment}. Si no ha creado ninguna cuenta, puede ignorar este mensaje.',
      ],
      action: 'Confirmar mi dirección',
    },
    'account.password-reset': {
      title: 'Restablezca su contraseña',
      summary: 'Se ha solicitado una nueva contraseña para su cuenta.',
      body: [
        'Hemos recibido una solicitud para restablecer la contraseña de su cuenta de Sister City Network. Puede elegir una nueva con el siguiente enlace hasta el {expiresAt, date, moment}.',
        'Si no lo ha solicitado usted, ignore este mensaje: su contraseña no cambiará.',
      ],
      action: 'Elegir una nueva contraseña',
    },

    'partnership.proposed': {
      title: `Nuevo hermanamiento propuesto: ${pair}`,
      summary: 'Se ha propuesto un hermanamiento entre {memberCity} y {partnerCity}, pendiente de la aprobación de ambas partes.',
      body: [
        `Se ha propuesto un hermanamiento entre ${cities}.`,
        'La versión {version} del acuerdo está lista para su revisión. Entrará en vigor cuando las máximas autoridades de ambas ciudades la hayan aprobado.',
      ],
    },
    'partnership.terms-amended': {
      title: `Términos del hermanamiento modificados: ${pair}`,
      summary: 'La versión {version} del acuerdo necesita la aprobación de ambas partes.',
      body: [
        `Se han modificado los términos del hermanamiento entre ${cities}.`,
        'Las aprobaciones de versiones anteriores ya no son válidas: la versión {version} del acuerdo necesita la aprobación de ambas partes.',
      ],
    },
    'partnership.approved': {
      title: `Aprobación de ${sideCity}: ${pair}`,
      summary: '{signatoryName} ha aprobado la versión {version} del acuerdo entre {memberCity} y {partnerCity}.',
      body: [
        `En nombre de ${sideCity}, {signatoryName} ({signatoryOffice}) ha aprobado la versión {version} del acuerdo de hermanamiento entre ${cities}.`,
        'El acuerdo entrará en vigor cuando ambas partes hayan aprobado la misma versión.',
      ],
    },
    'partnership.activated': {
      title: `{firstSigning, select, true {Hermanamiento en vigor} other {Nuevos términos en vigor}}: ${pair}`,
      summary:
        '{firstSigning, select, true {Ambas partes han firmado: el hermanamiento entre {memberCity} y {partnerCity} está en vigor.} other {Ambas partes han aprobado la versión {version}: estos son ahora los términos en vigor.}}',
      body: [
        `{firstSigning, select, true {Ambas partes han firmado: el hermanamiento entre ${cities} ya está en vigor. ¡Enhorabuena a todas las personas que lo han hecho posible!} other {Ambas partes han aprobado la versión {version} del acuerdo, que sustituye a los términos vigentes hasta ahora del hermanamiento entre ${cities}.}}`,
        '{startDate, select, none {} other {La fecha oficial de inicio del hermanamiento es el {startDate, date, calendar}.}}',
      ],
    },
    'partnership.suspended': {
      title: `Hermanamiento suspendido: ${pair}`,
      summary: 'Se ha suspendido el hermanamiento entre {memberCity} y {partnerCity}.',
      body: [
        `Se ha suspendido el hermanamiento entre ${cities}.`,
        'Motivo indicado: {reason}',
        'Mientras esté suspendido, sus programas de intercambio no admiten nuevas solicitudes. Le avisaremos cuando se reanude.',
      ],
    },
    'partnership.reactivated': {
      title: `Hermanamiento reanudado: ${pair}`,
      summary: 'El hermanamiento entre {memberCity} y {partnerCity} vuelve a estar activo.',
      body: [
        `Se ha levantado la suspensión: el hermanamiento entre ${cities} vuelve a estar activo.`,
        'Los programas de intercambio que se habían pausado por la suspensión se reanudan.',
      ],
    },
    'partnership.termination-proposed': {
      title: `Propuesta de fin del hermanamiento: ${pair}`,
      summary: `${sideCity} ha propuesto poner fin a su hermanamiento con ${otherSideCity}.`,
      body: [
        `${sideCity} ha propuesto poner fin al hermanamiento entre ${cities}.`,
        'Motivo indicado: {reason}',
        'El hermanamiento solo termina cuando ambas partes han aprobado su finalización. Hasta entonces, sigue en vigor.',
      ],
    },
    'partnership.terminated': {
      title: `Fin del hermanamiento: ${pair}`,
      summary: 'El hermanamiento entre {memberCity} y {partnerCity} ha terminado.',
      body: [
        `El hermanamiento entre ${cities} ha terminado.`,
        'Motivo indicado: {reason}',
        'Los programas de intercambio de este hermanamiento que aún no habían comenzado quedan cancelados. Gracias a todas las personas que le dieron vida.',
      ],
    },

    'partnership-import.completed': {
      title: '{dryRun, select, true {Vista previa de importación lista} other {Importación terminada}}: {fileName, select, none {su archivo} other {{fileName}}}',
      summary:
        '{dryRun, select, true {Vista previa de {rows, plural, one {# fila} other {# filas}}: se crearían {created}; no se escribió nada.} other {{rows, plural, one {# fila leída} other {# filas leídas}}: {created} hermanamientos creados.}}',
      body: [
        '{dryRun, select, true {La vista previa de su importación ({fileName, select, none {su archivo} other {{fileName}}}) ha terminado. No se escribió nada: estas son las cifras que daría confirmar el archivo.} other {Su importación de hermanamientos ({fileName, select, none {su archivo} other {{fileName}}}) ha terminado. Los hermanamientos importados se añadieron sin anunciar cada uno.}}',
        'Filas leídas: {rows}. {dryRun, select, true {Se crearían} other {Creados}}: {created}. Sin cambios (ya conocidos): {unchanged}. Señaladas: {reported}, de ellas ambiguas: {ambiguous}.',
        '{reported, plural, =0 {Ninguna fila requiere revisión.} other {Las filas señaladas, con sus motivos y candidatos, están en {problemsPath}.}}',
      ],
    },
    'member-program.registered': {
      title: '{name} se une a la red',
      summary: '{name} es ahora un programa miembro de Sister City Network.',
      body: [
        '{name} ya está registrado como programa miembro de Sister City Network.',
        'Quienes lo administran pueden ahora mantener al día sus contactos, proponer hermanamientos y publicar programas de intercambio.',
      ],
    },
    'member-program.standing-changed': {
      title: '{inGoodStanding, select, true {{name} está al corriente} other {{name} ya no está al corriente}}',
      summary: '{inGoodStanding, select, true {La membresía de {name} está vigente.} other {La membresía de {name} ha vencido.}}',
      body: [
        '{inGoodStanding, select, true {La membresía de {name} está vigente: el programa está al corriente con la red.} other {La membresía de {name} ya no está vigente, por lo que el programa ha dejado de estar al corriente con la red.}}',
        '{duesPaidThrough, select, none {Todavía no se ha registrado ningún pago de cuotas.} other {Las cuotas están pagadas hasta el año {duesPaidThrough} incluido.}}',
        '{inGoodStanding, select, true {} other {Póngase en contacto con el personal de la red para renovar la membresía.}}',
      ],
    },

    'exchange-program.published': {
      title: 'Nuevo programa de intercambio: {title}',
      summary: 'Solicitudes abiertas del {applicationOpensAt, date, day} al {applicationClosesAt, date, day}.',
      body: [
        'Se ha publicado un nuevo programa de intercambio: {title} ({category}).',
        'El plazo de solicitud se abre el {applicationOpensAt, date, moment} y se cierra el {applicationClosesAt, date, moment}.',
        'El viaje está previsto del {travelStart, date, calendar} al {travelEnd, date, calendar}.',
      ],
    },
    'exchange-program.dates-changed': {
      title: 'Nuevas fechas: {title}',
      summary: 'Cambios: {changed}.',
      body: [
        'Han cambiado las fechas del programa de intercambio {title} ({changed}).',
        'El plazo de solicitud se cierra ahora el {applicationClosesAt, date, moment}.',
        'El viaje está previsto ahora del {travelStart, date, calendar} al {travelEnd, date, calendar}.',
      ],
    },
    'exchange-program.window-opened': {
      title: 'Solicitudes abiertas: {title}',
      summary: 'Se admiten solicitudes hasta el {applicationClosesAt, date, day}.',
      body: [
        'Ya está abierto el plazo de solicitud del programa de intercambio {title} ({category}).',
        'Se cierra el {applicationClosesAt, date, moment}.',
      ],
    },
    'exchange-program.paused': {
      title: 'Programa de intercambio en pausa: {title}',
      summary: 'En pausa {cause}. Por el momento no se admiten nuevas solicitudes.',
      body: [
        'El programa de intercambio {title} se ha puesto en pausa {cause}: por el momento no se admiten nuevas solicitudes.',
        '{causeNote, select, none {} other {Motivo indicado: {causeNote}}}',
        'Le avisaremos cuando el programa se reanude.',
      ],
    },
    'exchange-program.resumed': {
      title: 'Programa de intercambio reanudado: {title}',
      summary: 'El programa vuelve a estar en marcha.',
      body: ['El programa de intercambio {title} se ha reanudado.', 'Se vuelven a admitir solicitudes mientras el plazo de solicitud esté abierto.'],
    },
    'exchange-program.cancelled': {
      title: 'Programa de intercambio cancelado: {title}',
      summary: 'El programa no se llevará a cabo.',
      body: ['El programa de intercambio {title} se ha cancelado y no se llevará a cabo.', 'Motivo indicado: {reason}'],
    },

    'application.submitted': {
      title: 'Solicitud enviada: temporada {season}',
      summary:
        'Hemos recibido su solicitud para la temporada {season}, con {choiceCount, plural, one {# programa} other {# programas por orden de preferencia}}.',
      body: [
        'Su solicitud para la temporada {season} se ha enviado. ¡Gracias!',
        '{choiceCount, plural, one {El programa que eligió} other {Los programas que eligió, por orden de preferencia}}:\n{choices}',
        'Le avisaremos cuando se publiquen las decisiones.',
      ],
    },
    'application.choice-withdrawn': {
      title: '{title, select, none {Se canceló un programa que usted eligió} other {Programa cancelado: {title}}}',
      summary:
        '{remainingChoices, plural, =0 {Era su última opción: su solicitud para la temporada {season} queda retirada.} one {El resto de su solicitud se mantiene, con su otra opción.} other {El resto de su solicitud se mantiene, con sus otras # opciones.}}',
      body: [
        '{title, select, none {Uno de los programas que eligió para la temporada {season} se ha cancelado} other {El programa {title}, que eligió para la temporada {season}, se ha cancelado}}: {reason}',
        '{remainingChoices, plural, =0 {Era el último programa de su solicitud, por lo que su solicitud queda retirada. No tiene que hacer nada.} one {Se ha retirado de su solicitud. El resto de su solicitud se mantiene tal como está: su otra opción sigue en consideración.} other {Se ha retirado de su solicitud. El resto de su solicitud se mantiene tal como está: sus otras # opciones siguen en consideración, en el mismo orden.}}',
      ],
    },
    'application.withdrawn': {
      title: 'Solicitud retirada: temporada {season}',
      summary: 'Ha retirado su solicitud para la temporada {season}.',
      body: [
        'Tal como pidió, su solicitud para la temporada {season} se ha retirado: ya no se tiene en cuenta para ningún programa.',
        'Motivo que indicó: {reason}',
      ],
    },

    'application.decision-released': {
      title:
        '{outcome, select, accepted {Tiene una plaza: {title, select, none {su programa de intercambio} other {{title}}}} waitlisted {Está en una lista de espera: temporada {season}} other {Decisión sobre su solicitud: temporada {season}}}',
      summary:
        '{outcome, select, accepted {Se le ofrece una plaza en {title, select, none {su programa de intercambio} other {{title}}}: consulte su oferta para responder.} waitlisted {Aún no tiene plaza, pero está en {waitlistCount, plural, one {# lista de espera} other {# listas de espera}}.} other {Lo sentimos: su solicitud para la temporada {season} no ha obtenido plaza.}}',
      body: [
        '{outcome, select, accepted {Se han publicado las decisiones de la temporada {season}: tiene una plaza en {title, select, none {su programa de intercambio} other {{title}}}.} waitlisted {Se han publicado las decisiones de la temporada {season}. Todavía no hay una plaza libre para usted, pero está en lista de espera.} other {Se han publicado las decisiones de la temporada {season}. Lo sentimos: su solicitud no ha obtenido plaza en ninguno de los programas que eligió.}}',
        '{waitlistCount, plural, =0 {} other {{outcome, select, accepted {También está en la lista de espera de programas que clasificó por delante:} other {Su puesto en cada lista de espera:}}\n{waitlists}}}',
        '{outcome, select, accepted {Su oferta llega en un mensaje aparte, con su plazo: consúltela para aceptarla o rechazarla.} waitlisted {Si se libera una plaza, se le ofrecerá de inmediato, con su propio plazo de respuesta.} other {}}',
        'En su solicitud se explica, opción por opción, por qué obtuvo este resultado: {applicationPath}',
      ],
    },
    'application.offer-made': {
      title: '{promoted, select, true {Ha avanzado en la lista de espera: {title, select, none {su programa de intercambio} other {{title}}}} other {Plaza ofrecida: {title, select, none {su programa de intercambio} other {{title}}}}}',
      summary: 'Acéptela o recházela antes del {deadline, date, moment}.',
      body: [
        '{promoted, select, true {Buenas noticias: se ha liberado una plaza y usted era el siguiente en la lista de espera. Se le ofrece una plaza en {title, select, none {su programa de intercambio} other {{title}}} para la temporada {season}.} other {Se le ofrece una plaza en {title, select, none {su programa de intercambio} other {{title}}} para la temporada {season}.}}',
        'Acepte o rechace la oferta antes del {deadline, date, moment}. Si no responde en ese plazo, la oferta caduca y la plaza pasa a la siguiente persona de la lista de espera.',
        'Su oferta y cómo responder: {applicationPath}',
      ],
    },
    'application.offer-lapsed': {
      title: 'Oferta caducada: {title, select, none {su programa de intercambio} other {{title}}}',
      summary: 'El plazo venció sin respuesta: la plaza pasó a la siguiente persona de la lista de espera.',
      body: [
        'El plazo para responder a su oferta de una plaza en {title, select, none {su programa de intercambio} other {{title}}} (temporada {season}) ha vencido sin respuesta.',
        'La oferta ha caducado y la plaza ha pasado a la siguiente persona de la lista de espera.',
        'Su solicitud: {applicationPath}',
      ],
    },
    'application.confirmed': {
      title: 'Plaza confirmada: {title, select, none {su programa de intercambio} other {{title}}}',
      summary: 'La ciudad anfitriona aceptó su nominación: la plaza es suya.',
      body: [
        'Usted aceptó su oferta y la ciudad anfitriona ha aceptado su nominación: su plaza en {title, select, none {su programa de intercambio} other {{title}}} para la temporada {season} está confirmada.',
        '¡Enhorabuena! Los responsables del programa se pondrán en contacto con usted para los próximos pasos.',
        'Su solicitud: {applicationPath}',
      ],
    },
    'application.nomination-refused': {
      title: 'La ciudad anfitriona rechazó su nominación: {title, select, none {su programa de intercambio} other {{title}}}',
      summary: 'La ciudad anfitriona no aceptó su nominación: la plaza pasa a la siguiente persona de la lista de espera.',
      body: [
        'La ciudad anfitriona de {title, select, none {su programa de intercambio} other {{title}}} (temporada {season}) no ha aceptado su nominación, por lo que la plaza que se le ofreció pasa a la siguiente persona de la lista de espera.',
        'Motivo indicado: {reason}',
        'Si sigue en espera de una plaza en otros programas se indica en su solicitud: {applicationPath}',
      ],
    },
    'recommendation.requested': {
      title: '{applicantName} le pide una carta de recomendación',
      summary: '{applicantName} le pide una carta de recomendación para {programTitle}.',
      body: [
        '{applicantName} solicita participar en el programa de intercambio {programTitle} y le ha indicado a usted como referencia.',
        'Puede subir su carta (en PDF) con el enlace de abajo, sin crear una cuenta, hasta el {expiresAt, date, moment}. La persona solicitante verá que se recibió, nunca la carta.',
        'Si no conoce a esta persona o no desea escribir una recomendación, puede ignorar este mensaje.',
      ],
      action: 'Subir mi carta',
    },
    'guardian-consent.requested': {
      title: 'Se necesita su consentimiento para {applicantName}',
      summary: '{applicantName} solicita participar en {programCount, plural, one {un programa de intercambio} other {# programas de intercambio}} y necesita su consentimiento.',
      body: [
        '{applicantName} le ha indicado como su tutor legal y solicita participar en {programCount, plural, one {el programa de intercambio} other {los programas de intercambio}} {programs}. Como será menor de edad durante el viaje, se necesita su consentimiento.',
        'Puede consultar los detalles y dar su consentimiento con el enlace de abajo, sin crear una cuenta, hasta el {expiresAt, date, moment}.',
        'Si no conoce a esta persona, puede ignorar este mensaje.',
      ],
      action: 'Revisar y dar mi consentimiento',
    },
    'nomination.requested': {
      title: 'Participante nominado: {title, select, none {un programa de intercambio} other {{title}}}',
      summary: 'Su ciudad acogerá a un participante con plaza en este programa: acepte o rechace la nominación.',
      body: [
        'Un participante ha obtenido plaza en el programa de intercambio {title, select, none {un programa de intercambio} other {{title}}} (temporada {season}) y viaja desde {side, select, member {la ciudad del programa miembro} other {la ciudad hermanada}}. Su ciudad lo acoge.',
        'Acepte o rechace la nominación; un rechazo, con su motivo, libera la plaza para la siguiente persona de la lista de espera: {nominationsPath}',
        'Solicitud: {applicationId}',
      ],
    },
    'matching.run-completed': {
      title: 'Asignación confirmada: temporada {season}',
      summary: '{placed} de {applicants} solicitantes con plaza, en {programCount, plural, one {# programa} other {# programas}}.',
      body: [
        'Se ha confirmado la asignación de plazas de la temporada {season}.',
        'Solicitantes: {applicants}. Con plaza: {placed}. Sin plaza: {unplaced}. Programas asignados: {programCount}.',
        'Los solicitantes conocerán su decisión en la fecha de decisión de cada programa. La asignación, con sus cifras y explicaciones: {runPath}',
      ],
    },

    'reminder.application-window-closing': {
      title: '{daysLeft, plural, one {Queda # día} other {Quedan # días}} para presentar su solicitud: {title}',
      summary: 'El plazo de solicitud se cierra el {applicationClosesAt, date, moment}.',
      body: [
        'El plazo de solicitud del programa de intercambio {title} se cierra dentro de {daysLeft, plural, one {# día} other {# días}}, el {applicationClosesAt, date, moment}.',
        'Asegúrese de que su solicitud esté completa y enviada antes de esa fecha.',
      ],
    },
    'reminder.decision-release': {
      title: 'Decisiones próximamente: {title}',
      summary: 'Las decisiones se publicarán el {decisionReleaseAt, date, moment}.',
      body: [
        'Las decisiones del programa de intercambio {title} se publicarán el {decisionReleaseAt, date, moment}.',
        'En ese momento, cada solicitante conocerá el resultado de su solicitud.',
      ],
    },
    'reminder.travel-approaching': {
      title: 'Salida dentro de {daysLeft, plural, one {# día} other {# días}}: {title}',
      summary: 'El viaje empieza el {travelStart, date, calendar}.',
      body: [
        'El viaje del programa de intercambio {title} empieza dentro de {daysLeft, plural, one {# día} other {# días}}, el {travelStart, date, calendar}.',
        'Revise con tiempo los documentos de viaje, el seguro y lo acordado con los anfitriones.',
      ],
    },
    'reminder.partnership-anniversary': {
      title: `{years, plural, one {# año} other {# años}} de hermanamiento: ${pair}`,
      summary: 'El hermanamiento entre {memberCity} y {partnerCity} comenzó el {startDate, date, calendar}.',
      body: [
        `El {startDate, date, calendar}, ${cities} se convirtieron en ciudades hermanas: el hermanamiento cumple {years, plural, one {# año} other {# años}}.`,
        'Un aniversario es un buen momento para planificar un nuevo intercambio o enviar un saludo a su ciudad hermana.',
      ],
    },
    'reminder.dues-due': {
      title: 'Vencimiento de cuotas: {name}',
      summary: 'Las cuotas de membresía de {name} vencen el {dueDate, date, calendar}.',
      body: [
        'Las cuotas de membresía de {name} vencen el {dueDate, date, calendar}.',
        '{duesPaidThrough, select, none {Todavía no se ha registrado ningún pago de cuotas del programa.} other {Actualmente, las cuotas están pagadas hasta el año {duesPaidThrough} incluido.}}',
        'Pagar a tiempo mantiene al programa al corriente con la red.',
      ],
    },

    'reminder.offer-deadline': {
      title: '{daysLeft, plural, one {Queda # día} other {Quedan # días}} para responder a su oferta: {title, select, none {su programa de intercambio} other {{title}}}',
      summary: 'Acéptela o recházela antes del {deadline, date, moment}.',
      body: [
        'Su oferta de una plaza en {title, select, none {su programa de intercambio} other {{title}}} (temporada {season}) espera su respuesta: {daysLeft, plural, one {queda # día} other {quedan # días}}, hasta el {deadline, date, moment}.',
        'Si no responde en ese plazo, la oferta caduca y la plaza pasa a la siguiente persona de la lista de espera.',
        'Su oferta: {applicationPath}',
      ],
    },
    'reminder.requirements-missing': {
      title:
        '{title, select, none {Su programa de intercambio} other {{title}}} cierra el {closesAt, date, day} (dentro de {daysLeft, plural, one {# día} other {# días}}): su solicitud no está enviada',
      summary:
        '{missingCount, plural, =0 {Ya está todo: envíe su solicitud.} one {Aún falta # elemento; después, envíe su solicitud.} other {Aún faltan # elementos; después, envíe su solicitud.}}',
      body: [
        'Las solicitudes para {title, select, none {su programa de intercambio} other {{title}}} cierran el {closesAt, date, moment}, dentro de {daysLeft, plural, one {# día} other {# días}}, y su solicitud para la temporada {season} aún no está enviada.',
        '{missingCount, plural, =0 {Ya está todo: envíe su solicitud.} other {Lo que aún falta para este programa:\n{missing}}}',
        '{missingCount, plural, =0 {} other {Cuando esté todo, envíe su solicitud antes del cierre: un borrador no se tiene en cuenta.}}',
        'Su solicitud: {applicationPath}',
      ],
    },
    'reminder.recommendation-unanswered': {
      title: 'Recordatorio: carta de recomendación para {applicantName}',
      summary: '{applicantName} sigue esperando su carta para {programTitle}.',
      body: [
        'Hace una semana, {applicantName} le indicó como referencia para el programa de intercambio {programTitle}. Su carta aún no ha llegado.',
        'Todavía puede subirla con el enlace de abajo hasta el {expiresAt, date, moment}.',
        'Si no desea escribir una recomendación, puede ignorar este mensaje: no se lo volveremos a recordar.',
      ],
      action: 'Subir mi carta',
    },

    'webhook.endpoint-disabled': {
      title: 'Webhook desactivado',
      summary: '{url} ya no recibe notificaciones.',
      body: [
        'El webhook {url} se ha desactivado y ya no recibe notificaciones.',
        'Motivo: {reason}',
        'Cuando el receptor vuelva a funcionar, puede activar de nuevo el webhook; un ping de prueba confirma que es accesible.',
      ],
    },
    'webhook.ping': {
      title: 'Notificación de prueba',
      summary: 'Notificación de prueba solicitada para un webhook.',
      body: ['Esta es una notificación de prueba, solicitada para comprobar que un webhook recibe las notificaciones.', 'No es necesario hacer nada.'],
    },

    announcement: {
      title: '{title}',
      summary: '{body}',
      body: ['{body}'],
    },
  },
};
