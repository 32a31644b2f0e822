import type { LocaleMessages } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/** German: names of the reply classes, section labels, and the templates of bounceNotice(). */
export const messages: LocaleMessages = /* @__PURE__ */ deepFreeze({
  classes: {
    success: 'Erfolg',
    intermediate: 'Zwischenantwort',
    transient: 'Vorübergehender Fehler',
    permanent: 'Dauerhafter Fehler',
    unknown: 'Unbekannt',
  },
  labels: {
    description: 'Beschreibung',
    whenSeen: 'Wann es auftritt',
    fix: 'Lösung',
    keyDifferences: 'Wichtigste Unterschiede',
    whenToUse: 'Wann was verwenden',
    class: 'Klasse',
    category: 'Kategorie',
    retryable: 'Erneuter Versuch möglich',
    bounce: 'Bounce-Typ',
    hardBounce: 'Hardbounce',
    softBounce: 'Softbounce',
    userMessage: 'Für den Absender',
    yes: 'Ja',
    no: 'Nein',
  },
  notice: {
    subjectFailed: 'Unzustellbar: Nachricht an {recipient}',
    subjectDelayed: 'Zustellung verzögert: Nachricht an {recipient}',
    failed: 'Ihre Nachricht „{subject}“ an {recipient} konnte nicht zugestellt werden.',
    failedNoSubject: 'Ihre Nachricht an {recipient} konnte nicht zugestellt werden.',
    delayed: 'Ihre Nachricht „{subject}“ an {recipient} wurde noch nicht zugestellt; wir versuchen es weiterhin.',
    delayedNoSubject: 'Ihre Nachricht an {recipient} wurde noch nicht zugestellt; wir versuchen es weiterhin.',
    detailsHeading: 'Technische Details',
    serverReply: 'Antwort des empfangenden Servers',
    footer: 'Diese Benachrichtigung wurde automatisch von {service} versendet. Eine Antwort ist nicht nötig.',
    footerNoService: 'Diese Benachrichtigung wurde automatisch versendet. Eine Antwort ist nicht nötig.',
  },
} as const satisfies LocaleMessages);
