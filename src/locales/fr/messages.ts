import type { LocaleMessages } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/** French: names of the reply classes, section labels, and the templates of bounceNotice(). */
export const messages: LocaleMessages = /* @__PURE__ */ deepFreeze({
  classes: {
    success: 'Succès',
    intermediate: 'Intermédiaire',
    transient: 'Échec temporaire',
    permanent: 'Échec permanent',
    unknown: 'Inconnu',
  },
  labels: {
    description: 'Description',
    whenSeen: 'Quand on le rencontre',
    fix: 'Comment corriger',
    keyDifferences: 'Principales différences',
    whenToUse: 'Lequel utiliser',
    class: 'Classe',
    category: 'Catégorie',
    retryable: 'Nouvel essai possible',
    bounce: 'Rebond',
    hardBounce: 'Rebond permanent (hard bounce)',
    softBounce: 'Rebond temporaire (soft bounce)',
    userMessage: 'Pour l’expéditeur',
    yes: 'Oui',
    no: 'Non',
  },
  notice: {
    subjectFailed: 'Message non remis à {recipient}',
    subjectDelayed: 'Message pour {recipient} en attente de remise',
    failed: 'Votre message « {subject} » destiné à {recipient} n’a pas pu être remis.',
    failedNoSubject: 'Votre message destiné à {recipient} n’a pas pu être remis.',
    delayed: 'Votre message « {subject} » destiné à {recipient} n’a pas encore été remis ; nous continuons d’essayer.',
    delayedNoSubject: 'Votre message destiné à {recipient} n’a pas encore été remis ; nous continuons d’essayer.',
    detailsHeading: 'Détails techniques',
    serverReply: 'Réponse du serveur destinataire',
    footer: 'Cette notification a été envoyée automatiquement par {service}. Inutile d’y répondre.',
    footerNoService: 'Cette notification a été envoyée automatiquement. Inutile d’y répondre.',
  },
} as const satisfies LocaleMessages);
