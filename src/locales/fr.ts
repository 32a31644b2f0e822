import type { Locale } from './types.js';
import { deepFreeze } from '../freeze.js';

/** French texts. */
export const fr = /* @__PURE__ */ deepFreeze({
  code: 'fr',
  direction: 'ltr',
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
    yes: 'Oui',
    no: 'Non',
  },
  categories: {
    success: {
      description:
        'Le serveur destinataire a accepté le message ou la commande. Pour un message, c’est désormais ce serveur qui est chargé de la remise.',
      fix: 'Rien à faire. Si le destinataire dit ne pas l’avoir reçu, demandez-lui de regarder dans son dossier de courrier indésirable (spam) et dans ses règles de filtrage.',
    },
    intermediate: {
      description:
        'Le serveur a accepté la commande et attend la suite, par exemple le contenu du message après DATA (354) ou l’étape suivante d’une authentification (334).',
      fix: 'Ce n’est pas une erreur, le logiciel d’envoi doit poursuivre l’échange. Si la session s’arrête à ce stade, cherchez dans les journaux du logiciel d’envoi un délai dépassé ou une connexion coupée.',
    },
    'user-unknown': {
      description:
        'Le serveur destinataire indique que cette boîte aux lettres n’existe pas sur ce domaine. Le message n’a pas été remis.',
      fix: 'Vérifiez que l’adresse ne contient pas de faute de frappe et confirmez-la auprès du destinataire par un autre moyen. Si elle est erronée, retirez-la de vos listes, car de nouveaux envois échoueront de la même façon et peuvent nuire à votre réputation d’expéditeur.',
    },
    'domain-unknown': {
      description:
        'Le domaine de l’adresse du destinataire n’existe pas ou ne peut pas recevoir de courrier, si bien que le message n’a pas pu être acheminé.',
      fix: 'Vérifiez la partie de l’adresse située après le @ (par exemple gmial.com au lieu de gmail.com). Si le domaine est correct, c’est à son propriétaire de corriger ses enregistrements DNS. Sinon, retirez l’adresse de vos listes.',
    },
    'mailbox-moved': {
      description:
        'Le destinataire n’utilise plus cette adresse et le serveur ne fait pas suivre le courrier vers une nouvelle.',
      fix: 'Si la réponse indique une nouvelle adresse, confirmez-la auprès du destinataire avant de l’utiliser. Sinon, demandez-lui sa nouvelle adresse par un autre moyen. Retirez l’ancienne adresse de vos listes.',
    },
    'no-mail-accepted': {
      description:
        'Le domaine ou le serveur du destinataire déclare n’accepter aucun courrier (par exemple au moyen d’un enregistrement MX nul).',
      fix: 'N’envoyez pas de messages aux adresses de ce domaine et retirez-les de vos listes. Si vous pensez que ce domaine devrait recevoir du courrier, contactez son propriétaire par un autre moyen.',
    },
    'mailbox-disabled': {
      description:
        'La boîte aux lettres existe, mais elle est désactivée, suspendue ou inactive et n’accepte pas de courrier pour le moment.',
      fix: 'Réessayez plus tard ou contactez le destinataire par un autre moyen. Si l’adresse reste refusée pendant des jours ou des semaines, retirez-la de vos listes.',
    },
    'mailbox-full': {
      description:
        'La boîte aux lettres du destinataire a dépassé son quota et ne peut pas recevoir de nouveaux messages pour l’instant.',
      fix: 'Réessayez plus tard, le temps que le destinataire supprime des messages ou obtienne plus d’espace. Si la boîte reste pleine longtemps, elle est peut-être abandonnée et il vaut mieux retirer l’adresse de vos listes.',
    },
    'message-too-large': {
      description: 'Le message dépasse la taille maximale acceptée par le serveur destinataire.',
      fix: 'Réduisez la taille du message en compressant ou en retirant des pièces jointes, ou partagez les gros fichiers par un lien. Notez que les pièces jointes grossissent d’environ un tiers une fois encodées pour l’envoi.',
    },
    'content-rejected': {
      description:
        'Le serveur destinataire a refusé le message à cause de son contenu, par exemple le texte, un en-tête, le type d’une pièce jointe ou un virus détecté.',
      fix: 'Lisez le texte de la réponse pour connaître le motif, puis modifiez le message en retirant ou en remplaçant la pièce jointe en cause, en l’analysant avec un antivirus et en vérifiant les en-têtes ajoutés par le logiciel d’envoi. Si vous pensez que le refus est une erreur, contactez le postmaster du destinataire.',
    },
    spam: {
      description: 'Les filtres du serveur destinataire ont jugé que le message était du spam et l’ont refusé.',
      fix: 'Revoyez le contenu et les liens, assurez-vous que les destinataires ont demandé à recevoir vos messages et vérifiez que SPF, DKIM et DMARC sont valides. Si le message est légitime, contactez l’administrateur de messagerie du destinataire ou le support expéditeurs du fournisseur, s’il en propose un.',
    },
    blocked: {
      description:
        'Le serveur destinataire a refusé la connexion ou le message à cause de l’adresse IP, du serveur ou du domaine d’envoi, par exemple parce qu’il figure sur une liste de blocage (blacklist), a une mauvaise réputation ou n’a pas de DNS inverse.',
      fix: 'Recherchez l’IP et le domaine d’envoi dans les listes de blocage citées dans la réponse, et vérifiez que l’IP a un enregistrement DNS inverse (PTR) correspondant au nom du serveur. Corrigez la cause, par exemple un compte piraté ou un serveur mal configuré, puis demandez le retrait de la liste. Si vous ne gérez pas le serveur, votre fournisseur de messagerie peut vous aider.',
    },
    'sender-authentication': {
      description:
        'Le message n’a pas passé les contrôles d’authentification de l’expéditeur du serveur destinataire (SPF, DKIM, DMARC ou ARC).',
      fix: 'Vérifiez que l’enregistrement SPF de votre domaine inclut tous les serveurs qui envoient pour lui, que les messages sont signés avec une clé DKIM valide publiée dans le DNS et que le domaine du From est aligné comme l’exige votre politique DMARC. Les outils de test en ligne et les rapports DMARC montrent quel contrôle a échoué.',
    },
    'sender-rejected': {
      description: 'Le serveur destinataire a refusé l’adresse d’expéditeur de l’enveloppe (MAIL FROM) du message.',
      fix: 'Vérifiez que l’adresse d’expéditeur est complète et correcte, que son domaine existe et peut recevoir du courrier (beaucoup de serveurs le testent) et que vous avez le droit d’envoyer avec cette adresse. Le texte de la réponse indique généralement le motif.',
    },
    'relay-denied': {
      description:
        'Le serveur refuse de relayer le message vers un autre domaine pour vous. Il n’accepte que le courrier destiné à ses propres domaines ou venant d’expéditeurs autorisés.',
      fix: 'S’il s’agit de votre propre serveur d’envoi, authentifiez-vous avec SMTP AUTH ou envoyez depuis un réseau qu’il autorise. S’il s’agit du serveur du destinataire, vérifiez que les enregistrements MX du domaine de destination pointent bien vers lui. Sinon, l’erreur se trouve dans le DNS ou dans vos réglages de routage.',
    },
    policy: {
      description: 'Le serveur destinataire a refusé le message en application de l’une de ses règles locales.',
      fix: 'Cherchez dans le texte de la réponse la règle appliquée, souvent accompagnée d’un lien. Si ce n’est pas clair, transmettez la réponse complète à l’administrateur de messagerie du destinataire (souvent postmaster@ suivi de son domaine).',
    },
    'auth-required': {
      description:
        'Le serveur exige une authentification SMTP AUTH avant l’envoi, ou il n’a pas accepté les identifiants fournis.',
      fix: 'Vérifiez l’identifiant, le mot de passe et la méthode d’authentification dans les réglages du logiciel d’envoi. Certains fournisseurs demandent un mot de passe d’application ou OAuth au lieu du mot de passe habituel, ou l’activation de SMTP sur le compte.',
    },
    'tls-required': {
      description: 'Le serveur exige une connexion chiffrée (TLS) avant d’accepter cette commande ou ce message.',
      fix: 'Activez STARTTLS ou TLS dans le logiciel d’envoi, ou utilisez le port indiqué par le fournisseur pour l’envoi chiffré (souvent 587 avec STARTTLS ou 465 avec TLS). Si TLS est déjà activé, vérifiez que les versions de TLS et les certificats utilisés conviennent aux deux côtés.',
    },
    'rate-limited': {
      description:
        'Le serveur destinataire limite le nombre de messages ou de connexions qu’il accepte de votre part, et cette limite a été dépassée.',
      fix: 'Ralentissez le rythme en envoyant moins de messages par connexion et par minute, et étalez les gros envois dans le temps. Le serveur d’envoi retente normalement les messages différés. Si la limite est souvent atteinte, consultez les limites d’envoi publiées par le fournisseur.',
    },
    'too-many-recipients': {
      description:
        'Le message comptait plus de destinataires que le serveur n’en accepte dans un seul message ou une seule transaction.',
      fix: 'Envoyez aux destinataires restants dans un autre message ou plus tard. La plupart des logiciels d’envoi le font automatiquement. Pour les listes de diffusion, répartissez les destinataires en lots plus petits.',
    },
    greylisted: {
      description:
        'Le serveur destinataire a volontairement différé le message parce qu’il ne connaissait pas encore cet expéditeur. C’est une mesure antispam courante (greylisting).',
      fix: 'Rien à faire, le serveur d’envoi réessaie automatiquement et le message est en général accepté au bout de quelques minutes. Vérifiez seulement que le serveur d’envoi réessaie bien depuis la même adresse IP ou la même plage.',
    },
    'service-unavailable': {
      description:
        'Le serveur destinataire n’est pas disponible pour le moment et ferme la connexion, par exemple pour maintenance ou en raison d’une surcharge.',
      fix: 'Rien à changer de votre côté, le serveur d’envoi réessaiera plus tard. Si le problème dure plusieurs heures, prévenez le destinataire par un autre moyen pour qu’il alerte son administrateur de messagerie.',
    },
    'server-error': {
      description: 'Une erreur interne s’est produite sur le serveur destinataire pendant le traitement du message.',
      fix: 'Le problème se situe du côté du destinataire. Laissez le serveur d’envoi réessayer plus tard. Si l’erreur se répète, transmettez la réponse complète à l’administrateur de messagerie du destinataire.',
    },
    'storage-full': {
      description:
        'Le serveur destinataire manque d’espace de stockage et ne peut pas accepter de messages pour l’instant.',
      fix: 'Laissez le serveur d’envoi réessayer plus tard. Si cela dure, prévenez le destinataire par un autre moyen pour que son administrateur libère de l’espace.',
    },
    network: {
      description:
        'Le message n’a pas pu être remis à cause d’un problème de routage, de DNS ou de connexion entre le serveur d’envoi et le serveur destinataire.',
      fix: 'C’est généralement temporaire et le serveur d’envoi réessaie. Si le problème persiste, vérifiez les enregistrements MX et le DNS du domaine destinataire, ainsi que la capacité de votre serveur à joindre le port 25 du serveur destinataire (certains réseaux le bloquent).',
    },
    expired: {
      description: 'Le serveur d’envoi a tenté de remettre le message pendant longtemps, sans succès, et a abandonné.',
      fix: 'Consultez les erreurs temporaires précédentes pour ce message afin de trouver la cause réelle. Une fois celle-ci corrigée, ou après vérification auprès du destinataire, renvoyez le message.',
    },
    protocol: {
      description:
        'Le serveur destinataire n’a pas compris une commande ou a reçu les commandes dans le mauvais ordre. Cela indique un problème dans le logiciel d’envoi, pas dans le message ni dans l’adresse.',
      fix: 'Mettez à jour ou reconfigurez le logiciel ou l’appareil d’envoi. Si vous le gérez, comparez le journal de la session SMTP avec la réponse pour trouver la commande refusée.',
    },
    unknown: {
      description: 'La réponse ne contenait pas assez d’informations pour savoir ce qui s’est passé.',
      fix: 'Lisez le texte complet de la réponse à la recherche d’indices. Si l’erreur est temporaire, laissez le serveur d’envoi réessayer. Si elle est permanente et peu claire, transmettez la réponse complète à l’administrateur de messagerie du destinataire.',
    },
  },
} as const satisfies Locale);
