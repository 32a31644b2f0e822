import type { CategoryTable } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/**
 * French category texts. For the operator of the sending system: `description` (what
 * happened), `fix` (what to do when nothing will retry) and `fixRetry` (when the message will be
 * retried). For the person who sent the message: `user` and `userRetry`. Success and
 * intermediate have `description`, `fix` and `user` only.
 */
export const categories: CategoryTable = /* @__PURE__ */ deepFreeze({
  success: {
    description:
      'Le serveur destinataire a accepté le message ou la commande. Pour un message, c’est désormais ce serveur qui est chargé de la remise.',
    fix: 'Rien à faire. Si le destinataire dit ne pas avoir reçu le message, demandez-lui de vérifier son dossier de courrier indésirable (spam) et ses règles de filtrage.',
    user: 'Votre message a été accepté par le service de messagerie du destinataire. Si le destinataire ne le trouve pas, demandez-lui de vérifier son dossier de courrier indésirable.',
  },
  intermediate: {
    description:
      'Le serveur a accepté la commande et attend la suite, par exemple le contenu du message après DATA (354) ou l’étape suivante d’une authentification (334).',
    fix: 'Ce n’est pas une erreur : le logiciel d’envoi doit poursuivre l’échange. Si la session s’arrête à ce stade, cherchez dans les journaux du logiciel d’envoi un dépassement de délai ou une coupure de connexion.',
    user: 'L’envoi de votre message est en cours. Vous n’avez rien à faire.',
  },
  'user-unknown': {
    description:
      'Le serveur destinataire ne trouve aucune boîte aux lettres correspondant à cette adresse sur ce domaine. Le message n’a pas été remis.',
    fix: 'Vérifiez que l’adresse ne contient pas de faute de frappe et confirmez-la auprès du destinataire par un autre moyen. Corrigez-la ou retirez-la de vos listes : de nouveaux envois échoueraient de la même façon et pourraient nuire à votre réputation d’expéditeur.',
    fixRetry:
      'Le serveur destinataire n’a pas pu confirmer l’existence de la boîte, par exemple parce que son annuaire était indisponible ; le serveur d’envoi va réessayer. Si le refus devient définitif, vérifiez l’adresse auprès du destinataire avant de la retirer de vos listes.',
    user: 'Cette adresse n’existe pas chez le service de messagerie du destinataire. Vérifiez qu’elle ne contient pas de faute de frappe ou demandez la bonne adresse au destinataire, puis corrigez-la et renvoyez votre message.',
    userRetry:
      'Le service de messagerie du destinataire n’a pas pu vérifier cette adresse pour le moment. Nous allons réessayer automatiquement ; en attendant, vous pouvez vérifier que l’adresse est bien écrite.',
    fixSoft:
      'Le serveur destinataire a refusé l’adresse, mais rien dans sa réponse ne prouve que la boîte n’existe plus (le refus est intervenu avant que le destinataire ait été indiqué, ou une règle a jugé les indices peu fiables). Ne retirez pas l’adresse de vos listes sur la seule foi de cette réponse : vérifiez-la et observez si les prochains envois à cette adresse échouent de la même façon.',
    userSoft:
      'Votre message n’a pas pu être remis à cette adresse, mais celle-ci n’est pas forcément erronée. Vérifiez qu’elle ne contient pas de faute de frappe ; si elle semble correcte, vous pouvez renvoyer votre message plus tard ou joindre le destinataire autrement.',
  },
  'domain-unknown': {
    description:
      'Le domaine de l’adresse du destinataire est introuvable ou ne peut pas recevoir de courrier, si bien que le message n’a pas pu être acheminé.',
    fix: 'Vérifiez la partie de l’adresse située après le @ et corrigez toute faute de frappe (par exemple gmial.com au lieu de gmail.com). Si le domaine est bien orthographié, l’adresse ne peut pas recevoir de courrier tant que son propriétaire n’a pas corrigé ses enregistrements DNS : retirez-la de vos listes, sauf si le destinataire confirme qu’une correction est en cours.',
    fixRetry:
      'Le domaine n’a pas pu être résolu pour l’instant, souvent à cause d’une panne DNS passagère ; le serveur d’envoi va réessayer. Si l’échec persiste, vérifiez l’orthographe du domaine et ses enregistrements MX (par exemple avec dig MX).',
    user: 'La partie de l’adresse située après le @ n’existe pas ou ne peut pas recevoir de courrier. Cherchez une faute de frappe, par exemple « gmial.com » au lieu de « gmail.com », puis corrigez l’adresse et renvoyez votre message.',
    userRetry:
      'Le domaine de cette adresse (la partie après le @) est momentanément introuvable. Nous allons réessayer automatiquement ; si cela dure, vérifiez que l’adresse est bien écrite.',
    fixSoft:
      'La remise vers ce domaine a échoué, mais la réponse est arrivée avant qu’aucun destinataire n’ait été indiqué : elle ne prouve donc pas que les adresses de ce domaine soient invalides. Vérifiez l’orthographe du domaine et ses enregistrements MX ; ne retirez pas d’adresses de vos listes sur la seule foi de cette réponse.',
    userSoft:
      'Votre message n’a pas pu être remis au service de messagerie de cette adresse. Cherchez une faute de frappe dans la partie de l’adresse située après le @ ; si elle semble correcte, vous pouvez renvoyer votre message plus tard ou joindre le destinataire autrement.',
  },
  'mailbox-moved': {
    description:
      'Le destinataire n’utilise plus cette adresse, et le serveur ne fait pas suivre son courrier vers une nouvelle adresse.',
    fix: 'Si la réponse indique une nouvelle adresse, confirmez-la auprès du destinataire avant de l’utiliser. Sinon, demandez-lui sa nouvelle adresse par un autre moyen. Retirez l’ancienne adresse de vos listes.',
    fixRetry:
      'Le serveur signale un changement d’adresse sans refuser définitivement le message ; le serveur d’envoi va réessayer. En attendant, cherchez une nouvelle adresse dans la réponse, faites-la confirmer par le destinataire et mettez vos listes à jour.',
    user: 'Le destinataire n’utilise plus cette adresse et son courrier n’est pas transféré. Demandez-lui sa nouvelle adresse et remplacez l’ancienne dans vos contacts.',
    userRetry:
      'Le destinataire n’utilise peut-être plus cette adresse. Nous allons réessayer automatiquement ; en attendant, vous pouvez lui demander s’il a changé d’adresse.',
    fixSoft:
      'La réponse indique que le destinataire a changé d’adresse, mais elle ne prouve pas que l’ancienne soit définitivement hors service. Cherchez une nouvelle adresse dans la réponse et faites-la confirmer par le destinataire ; ne retirez pas l’ancienne adresse de vos listes sur la seule foi de cette réponse.',
    userSoft:
      'Le destinataire a peut-être changé d’adresse. Demandez-lui laquelle utiliser, puis renvoyez votre message.',
  },
  'no-mail-accepted': {
    description:
      'Le domaine ou le serveur du destinataire déclare n’accepter aucun courrier (par exemple au moyen d’un enregistrement MX nul).',
    fix: 'N’envoyez plus de messages aux adresses de ce domaine et retirez-les de vos listes. Si vous pensez que ce domaine devrait recevoir du courrier, contactez son propriétaire par un autre moyen.',
    fixRetry:
      'Le domaine indique n’accepter aucun courrier, mais avec un code d’erreur temporaire ; le serveur d’envoi va réessayer. Si le refus devient définitif, retirez les adresses de ce domaine de vos listes.',
    user: 'Cette adresse appartient à un domaine qui ne reçoit aucun courrier électronique. Demandez au destinataire, par un autre moyen, une adresse valable et remplacez l’ancienne dans vos contacts.',
    userRetry:
      'Le domaine de cette adresse n’accepte pas de courrier pour le moment. Nous allons réessayer automatiquement ; si cela dure, demandez au destinataire s’il a une autre adresse.',
    fixSoft:
      'Le serveur destinataire a refusé tout courrier avant qu’aucun destinataire n’ait été indiqué. Ce refus vise le serveur dans son ensemble et ne prouve pas que l’adresse soit invalide : vérifiez les enregistrements MX du domaine et assurez-vous d’avoir joint le bon serveur. Ne retirez pas d’adresses de vos listes sur la seule foi de cette réponse.',
    userSoft:
      'Le service de messagerie du destinataire a refusé tout courrier, et votre message n’a pas été remis. Vérifiez l’adresse ; si elle semble correcte, vous pouvez renvoyer votre message plus tard ou joindre le destinataire autrement.',
  },
  'mailbox-disabled': {
    description:
      'La boîte aux lettres existe, mais elle est désactivée, suspendue ou verrouillée et refuse le courrier.',
    fix: 'Le compte a été fermé ou désactivé. Ces comptes sont rarement réactivés et certains deviennent des pièges à spam : cessez d’écrire à cette adresse, retirez-la de vos listes et demandez au destinataire, par un autre moyen, une adresse à jour.',
    fixRetry:
      'La boîte est verrouillée ou suspendue temporairement ; le serveur d’envoi va réessayer. Rien à changer en attendant ; si le serveur finit par refuser définitivement l’adresse, retirez-la de vos listes.',
    user: 'Le compte de messagerie du destinataire a été fermé et ne reçoit plus de messages. N’écrivez plus à cette adresse et demandez-lui une autre adresse.',
    userRetry:
      'La boîte aux lettres du destinataire est momentanément bloquée. Nous allons réessayer automatiquement ; vous n’avez rien à faire pour l’instant.',
    fixSoft:
      'Le compte est verrouillé, bloqué ou désactivé, mais la réponse n’indique pas que ce soit définitif (pas de code d’erreur permanent, ou un verrouillage qui peut être levé). Le message ne sera pas renvoyé automatiquement ; conservez l’adresse pour l’instant et ne la retirez de vos listes que si des envois ultérieurs sont refusés définitivement.',
    userSoft:
      'Le compte de messagerie du destinataire est bloqué ou désactivé pour le moment, et votre message n’a pas été remis. Vous pouvez le renvoyer plus tard ou joindre le destinataire autrement pour l’en informer.',
  },
  'mailbox-full': {
    description: 'La boîte aux lettres du destinataire a atteint son quota et refuse les nouveaux messages.',
    fix: 'L’adresse est valable : c’est la boîte qui est pleine. Le message ne sera pas renvoyé automatiquement ; renvoyez-le vous-même plus tard ou prévenez le destinataire par un autre moyen pour qu’il fasse de la place.',
    fixRetry:
      'Rien à changer de votre côté : le serveur d’envoi va réessayer plus tard, en attendant que le destinataire libère de l’espace. Si le message est urgent, prévenez le destinataire par un autre moyen.',
    user: 'La boîte aux lettres du destinataire est pleine et n’a pas accepté votre message. Vous pouvez le renvoyer plus tard ou prévenir le destinataire autrement, par exemple par téléphone.',
    userRetry:
      'La boîte aux lettres du destinataire est pleine pour le moment. Nous allons réessayer automatiquement ; si c’est urgent, prévenez le destinataire autrement pour qu’il fasse de la place.',
  },
  'message-too-large': {
    description: 'Le message dépasse la taille maximale acceptée par le serveur destinataire.',
    fix: 'Réduisez la taille du message en compressant ou en retirant des pièces jointes, ou partagez les gros fichiers par un lien, puis renvoyez-le. Notez que les pièces jointes grossissent d’environ un tiers une fois encodées pour l’envoi.',
    fixRetry:
      'Le serveur destinataire a différé le message à cause de sa taille, peut-être en raison d’une limite temporaire ; le serveur d’envoi va réessayer. Si l’erreur se répète, réduisez la taille du message ou remplacez les pièces jointes par un lien.',
    user: 'Votre message est trop volumineux pour le service de messagerie du destinataire. Réduisez ou retirez les pièces jointes, ou partagez les fichiers par un lien, puis renvoyez-le.',
    userRetry:
      'Votre message est trop volumineux pour être accepté en ce moment. Nous allons réessayer automatiquement ; si cela n’aboutit pas, vous pourrez le renvoyer avec des pièces jointes plus légères.',
  },
  'content-rejected': {
    description:
      'Le serveur destinataire a refusé le message à cause de son contenu, par exemple le texte, un en-tête, le type d’une pièce jointe ou un virus détecté.',
    fix: 'Lisez le texte de la réponse pour connaître le motif, puis modifiez le message : retirez ou remplacez la pièce jointe en cause, analysez-la avec un antivirus et vérifiez les en-têtes ajoutés par le logiciel d’envoi, avant de renvoyer le message. Si vous pensez que le refus est une erreur, contactez le postmaster du destinataire.',
    fixRetry:
      'Le serveur destinataire a différé le message à cause de son contenu, parfois parce que son antivirus ou son filtre de contenu était indisponible ; le serveur d’envoi va réessayer. Si le refus se répète, lisez le motif dans la réponse et corrigez la pièce jointe ou les en-têtes en cause.',
    user: 'Le service de messagerie du destinataire a refusé votre message à cause de son contenu, souvent une pièce jointe (certains types de fichiers sont interdits). Retirez ou remplacez la pièce jointe, par exemple par un lien, puis renvoyez le message.',
    userRetry:
      'Le contenu de votre message n’a pas encore été accepté par le service de messagerie du destinataire. Nous allons réessayer automatiquement ; vous n’avez rien à faire pour l’instant.',
  },
  spam: {
    description: 'Les filtres du serveur destinataire ont jugé que le message était du spam et l’ont refusé.',
    fix: 'Revoyez le contenu et les liens, assurez-vous que les destinataires ont demandé à recevoir vos messages et vérifiez que les contrôles SPF, DKIM et DMARC réussissent. Si le message est légitime, contactez l’administrateur de messagerie du destinataire ou l’assistance aux expéditeurs du fournisseur, s’il en propose une.',
    fixRetry:
      'Les filtres du destinataire ont différé le message ; le serveur d’envoi va réessayer, et certains fournisseurs l’acceptent lors d’une tentative ultérieure. Si le message continue d’être différé, revoyez le contenu et les liens et vérifiez SPF, DKIM et DMARC.',
    user: 'Le service de messagerie du destinataire a pris votre message pour du courrier indésirable et l’a refusé. Vous pouvez le reformuler, avec moins de liens et de pièces jointes, puis le renvoyer, ou joindre le destinataire autrement.',
    userRetry:
      'Le service de messagerie du destinataire a retenu votre message, qu’il soupçonne d’être indésirable. Nous allons réessayer automatiquement ; vous n’avez rien à faire pour l’instant.',
  },
  blocked: {
    description:
      'Le serveur destinataire a refusé la connexion ou le message à cause de l’adresse IP, du serveur ou du domaine d’envoi, par exemple en raison d’une inscription sur une liste de blocage, d’une mauvaise réputation ou de l’absence de DNS inverse.',
    fix: 'Recherchez l’adresse IP et le domaine d’envoi dans les listes de blocage citées dans la réponse, et vérifiez que l’adresse IP a un enregistrement DNS inverse (PTR) correspondant au nom du serveur. Corrigez la cause, par exemple un compte piraté ou un serveur mal configuré, puis demandez le retrait de la liste. Si vous ne gérez pas le serveur, votre fournisseur de messagerie peut vous aider.',
    fixRetry:
      'Le serveur d’envoi va réessayer, mais tant que la cause demeure, les tentatives suivantes échoueront probablement. Vérifiez dès maintenant les listes de blocage citées dans la réponse et l’enregistrement PTR de l’adresse IP d’envoi ; le contenu du message n’y est pour rien.',
    user: 'Le service de messagerie du destinataire refuse les messages venant de notre système d’envoi. Ni votre message ni l’adresse ne sont en cause : vous pouvez réessayer plus tard ou joindre le destinataire par un autre moyen.',
    userRetry:
      'Le service de messagerie du destinataire refuse pour l’instant les messages venant de notre système d’envoi ; ni votre message ni l’adresse ne sont en cause. Nous allons réessayer automatiquement.',
  },
  'sender-authentication': {
    description:
      'Le message a échoué aux contrôles d’authentification de l’expéditeur effectués par le serveur destinataire (SPF, DKIM, DMARC ou ARC).',
    fix: 'Vérifiez que l’enregistrement SPF de votre domaine inclut tous les serveurs qui envoient pour lui, que les messages sont signés avec une clé DKIM valide publiée dans le DNS et que le domaine de l’en-tête From est aligné comme l’exige votre politique DMARC. Les outils de test en ligne et les rapports DMARC montrent quel contrôle a échoué ; renvoyez le message une fois le problème corrigé.',
    fixRetry:
      'Le contrôle a peut-être échoué de façon passagère, par exemple parce que le DNS de votre domaine n’a pas répondu ; le serveur d’envoi va réessayer. Vérifiez malgré tout vos enregistrements SPF, DKIM et DMARC : s’ils sont erronés, les tentatives suivantes échoueront aussi.',
    user: 'Le service de messagerie du destinataire n’a pas pu vérifier que votre message venait bien de l’expéditeur indiqué et l’a refusé. Le problème ne vient ni de votre message ni de l’adresse, mais de la configuration de l’envoi : signalez-le au support ou à l’administrateur de votre messagerie.',
    userRetry:
      'Le service de messagerie du destinataire n’a pas encore pu vérifier la provenance de votre message. Nous allons réessayer automatiquement ; vous n’avez rien à faire pour l’instant.',
  },
  'sender-rejected': {
    description: 'Le serveur destinataire a refusé l’adresse d’expéditeur de l’enveloppe (MAIL FROM) du message.',
    fix: 'Vérifiez que l’adresse d’expéditeur est complète et correcte, que son domaine existe et peut recevoir du courrier (beaucoup de serveurs le testent) et que vous avez le droit d’envoyer depuis cette adresse. Le texte de la réponse indique généralement le motif.',
    fixRetry:
      'L’adresse d’expéditeur a été refusée temporairement, souvent parce que le serveur destinataire n’a pas pu vérifier son domaine ; le serveur d’envoi va réessayer. Si cela se répète, vérifiez que le domaine de l’expéditeur existe et possède des enregistrements MX ou A valides.',
    user: 'Le service de messagerie du destinataire a refusé l’adresse d’expéditeur de votre message. Vérifiez cette adresse dans vos réglages ou, si vous ne pouvez pas la modifier, contactez le support.',
    userRetry:
      'Le service de messagerie du destinataire n’a pas encore accepté l’adresse d’expéditeur de votre message. Nous allons réessayer automatiquement ; vous n’avez rien à faire pour l’instant.',
  },
  'relay-denied': {
    description:
      'Le serveur refuse de relayer le message vers un autre domaine : il n’accepte que le courrier destiné à ses propres domaines ou venant d’expéditeurs autorisés.',
    fix: 'S’il s’agit de votre propre serveur d’envoi, authentifiez-vous avec SMTP AUTH ou envoyez depuis un réseau qu’il autorise. S’il s’agit du serveur du destinataire, vérifiez que les enregistrements MX du domaine de destination pointent bien vers lui ; si ce n’est pas le cas, l’erreur vient du DNS ou de vos réglages de routage.',
    fixRetry:
      'Le serveur a refusé temporairement de relayer le message ; le serveur d’envoi va réessayer. Si le refus persiste, vérifiez que le logiciel d’envoi s’authentifie bien auprès de votre serveur d’envoi et que les enregistrements MX du domaine destinataire pointent vers le bon serveur.',
    user: 'Votre message n’a pas pu être transmis au service de messagerie du destinataire à cause d’un réglage de l’envoi ; ni le message ni l’adresse ne sont en cause. Si cela se reproduit, contactez le support.',
    userRetry:
      'Votre message n’a pas encore pu être transmis au service de messagerie du destinataire. Nous allons réessayer automatiquement ; vous n’avez rien à faire pour l’instant.',
  },
  policy: {
    description: 'Le serveur destinataire a refusé le message en application de l’une de ses règles locales.',
    fix: 'Cherchez dans le texte de la réponse la règle appliquée, souvent accompagnée d’un lien. Si ce n’est pas clair, transmettez la réponse complète à l’administrateur de messagerie du destinataire (souvent postmaster@ suivi de son domaine).',
    fixRetry:
      'Une règle locale du serveur destinataire a différé le message ; le serveur d’envoi va réessayer. Si le refus se répète, cherchez la règle dans le texte de la réponse ou écrivez au postmaster du domaine destinataire.',
    user: 'Le service de messagerie du destinataire a refusé votre message en vertu de ses propres règles, sans préciser lesquelles. Joignez le destinataire par un autre moyen pour lui signaler le problème.',
    userRetry:
      'Le service de messagerie du destinataire a retardé votre message en vertu de ses propres règles. Nous allons réessayer automatiquement ; vous n’avez rien à faire pour l’instant.',
  },
  'auth-required': {
    description:
      'Le serveur exige que le logiciel d’envoi s’authentifie (SMTP AUTH) avant tout envoi, ou il n’a pas accepté les identifiants fournis.',
    fix: 'Vérifiez l’identifiant, le mot de passe et la méthode d’authentification dans les réglages du logiciel d’envoi. Certains fournisseurs demandent un mot de passe d’application ou OAuth au lieu du mot de passe habituel, ou l’activation de SMTP sur le compte.',
    fixRetry:
      'L’authentification a échoué de façon passagère, par exemple parce que le service d’authentification ne répondait pas ; le serveur d’envoi va réessayer. Si l’erreur persiste, vérifiez l’identifiant, le mot de passe et la méthode d’authentification.',
    user: 'Votre message n’a pas pu partir, car la connexion au service d’envoi a été refusée. Si vous avez configuré votre propre compte de messagerie, vérifiez l’identifiant et le mot de passe ; sinon, contactez le support.',
    userRetry:
      'La connexion au service d’envoi n’a pas abouti pour l’instant. Nous allons réessayer automatiquement ; si cela se reproduit, vérifiez l’identifiant et le mot de passe de votre compte.',
  },
  'tls-required': {
    description:
      'Le serveur exige une connexion chiffrée (TLS) avant d’accepter cette commande ou ce message, ou bien la mise en place du chiffrement a échoué.',
    fix: 'Activez STARTTLS ou TLS dans le logiciel d’envoi, ou utilisez le port indiqué par le fournisseur pour l’envoi chiffré (souvent 587 avec STARTTLS ou 465 avec TLS). Si TLS est déjà activé, vérifiez que les versions de TLS et les certificats utilisés sont acceptés des deux côtés, puis renvoyez le message.',
    fixRetry:
      'Le serveur d’envoi va réessayer. Si la réponse indique que TLS n’est pas disponible à cause d’un problème local (454), la panne se situe chez le destinataire : rien à changer de votre côté ; si cela dure, prévenez son postmaster. Sinon, activez STARTTLS ou TLS dans le logiciel d’envoi avant les prochaines tentatives.',
    user: 'Votre message n’a pas pu être transmis, car la connexion n’était pas sécurisée comme l’exige le service de messagerie. Si vous avez configuré votre propre compte, activez la connexion sécurisée dans ses réglages ; sinon, contactez le support.',
    userRetry:
      'La connexion sécurisée avec le service de messagerie du destinataire n’a pas pu être établie pour l’instant. Nous allons réessayer automatiquement ; vous n’avez rien à faire.',
  },
  'rate-limited': {
    description:
      'Le serveur destinataire limite le nombre de messages ou de connexions qu’il accepte de votre part, et cette limite a été dépassée.',
    fix: 'Ralentissez le rythme en envoyant moins de messages par connexion et par minute, et étalez les gros envois dans le temps, puis renvoyez les messages refusés. Si la limite est souvent atteinte, consultez les limites d’envoi publiées par le fournisseur.',
    fixRetry:
      'Le serveur d’envoi va réessayer en espaçant les tentatives. Si la limite est souvent atteinte, envoyez moins de messages par connexion et par minute, étalez les gros envois et consultez les limites d’envoi publiées par le fournisseur.',
    user: 'Le service de messagerie du destinataire a reçu trop de messages de notre part en peu de temps et a refusé le vôtre. Vous pourrez le renvoyer un peu plus tard, sans rien changer au message ni à l’adresse.',
    userRetry:
      'Le service de messagerie du destinataire reçoit en ce moment trop de messages de notre part et demande d’espacer les envois. Nous allons réessayer automatiquement un peu plus tard ; vous n’avez rien à faire.',
  },
  'too-many-recipients': {
    description:
      'Le message comptait plus de destinataires que le serveur n’en accepte dans un seul message ou une seule transaction.',
    fix: 'Les destinataires au-delà de la limite n’ont pas reçu le message : envoyez-le-leur dans un message séparé. Pour les listes de diffusion, répartissez les destinataires en lots plus petits.',
    fixRetry:
      'Rien à faire : le serveur d’envoi transmettra le message aux destinataires restants lors d’une prochaine tentative. Pour éviter ce délai, répartissez les gros envois en lots plus petits.',
    user: 'Votre message comptait trop de destinataires pour être remis à tous en une fois, et certains ne l’ont pas reçu. Renvoyez-le à ceux qui manquent dans un message séparé.',
    userRetry:
      'Votre message compte beaucoup de destinataires : certains le recevront un peu plus tard, car nous le leur enverrons automatiquement lors d’un nouvel essai. Vous n’avez rien à faire.',
  },
  greylisted: {
    description:
      'Le serveur destinataire a volontairement différé le message parce qu’il ne connaissait pas encore cet expéditeur. C’est une mesure antispam courante (greylisting).',
    fix: 'Le message n’a pas été renvoyé, alors que ce serveur l’aurait accepté lors d’un nouvel essai. Configurez le logiciel d’envoi pour qu’il retente l’envoi quelques minutes après une erreur 4xx, depuis la même adresse IP ou la même plage, puis renvoyez le message.',
    fixRetry:
      'Rien à faire : le serveur d’envoi réessaie automatiquement et le message est en général accepté au bout de quelques minutes. Vérifiez seulement que les nouvelles tentatives partent de la même adresse IP ou de la même plage.',
    user: 'Par mesure de protection contre le courrier indésirable, le service de messagerie du destinataire a d’abord mis votre message en attente, et celui-ci n’a pas été renvoyé. Renvoyez-le dans quelques minutes.',
    userRetry:
      'Le service de messagerie du destinataire retient brièvement les messages des nouveaux expéditeurs, par protection contre le courrier indésirable. Nous allons réessayer automatiquement dans quelques minutes ; vous n’avez rien à faire.',
  },
  'service-unavailable': {
    description:
      'Le serveur destinataire n’accepte pas de courrier : il refuse ou ferme la connexion, par exemple pour maintenance, en raison d’une surcharge ou parce que le service est arrêté.',
    fix: 'Le problème est du côté du destinataire, et le message ne sera pas renvoyé automatiquement. Renvoyez-le plus tard ou prévenez le destinataire par un autre moyen ; si le refus persiste, transmettez la réponse à son administrateur de messagerie.',
    fixRetry:
      'Rien à changer de votre côté : le serveur d’envoi réessaiera plus tard. Si le problème dure plusieurs heures, prévenez le destinataire par un autre moyen pour qu’il alerte son administrateur de messagerie.',
    user: 'Le service de messagerie du destinataire refuse les messages en ce moment, et le vôtre n’a pas été remis. Vous pouvez le renvoyer plus tard ou joindre le destinataire autrement, par exemple par téléphone.',
    userRetry:
      'Le service de messagerie du destinataire est momentanément indisponible. Nous allons réessayer automatiquement ; vous n’avez rien à faire.',
  },
  'server-error': {
    description: 'Une erreur interne s’est produite sur le serveur destinataire pendant le traitement du message.',
    fix: 'Le problème se situe chez le destinataire, et aucune nouvelle tentative automatique n’aura lieu. Renvoyez le message plus tard ; si l’erreur se répète, transmettez la réponse complète à l’administrateur de messagerie du destinataire.',
    fixRetry:
      'Le problème se situe chez le destinataire ; le serveur d’envoi va réessayer. Si l’erreur se répète, transmettez la réponse complète à l’administrateur de messagerie du destinataire.',
    user: 'Une panne du service de messagerie du destinataire a empêché la remise de votre message. Vous pouvez le renvoyer plus tard ou joindre le destinataire autrement.',
    userRetry:
      'Le service de messagerie du destinataire rencontre une panne. Nous allons réessayer automatiquement ; vous n’avez rien à faire.',
  },
  'storage-full': {
    description:
      'Le serveur destinataire (et non la boîte aux lettres elle-même) manque d’espace de stockage et refuse les messages.',
    fix: 'Le problème se situe chez le destinataire, et le message ne sera pas renvoyé automatiquement. Renvoyez-le plus tard ; si cela dure, prévenez le destinataire par un autre moyen pour que son administrateur libère de l’espace.',
    fixRetry:
      'Rien à changer de votre côté : le serveur d’envoi va réessayer. Si cela dure, prévenez le destinataire par un autre moyen pour que son administrateur libère de l’espace.',
    user: 'Le service de messagerie du destinataire manque de place et n’a pas accepté votre message. Vous pouvez le renvoyer plus tard ou joindre le destinataire autrement.',
    userRetry:
      'Le service de messagerie du destinataire manque de place pour le moment. Nous allons réessayer automatiquement ; vous n’avez rien à faire.',
  },
  network: {
    description:
      'Le message n’a pas pu être remis à cause d’un problème de routage, de DNS ou de connexion entre le serveur d’envoi et le serveur destinataire.',
    fix: 'Aucune nouvelle tentative automatique n’aura lieu. Vérifiez les enregistrements MX et le DNS du domaine destinataire, ainsi que la capacité de votre serveur à joindre le port 25 du serveur destinataire (certains réseaux le bloquent), puis renvoyez le message.',
    fixRetry:
      'C’est généralement passager, et le serveur d’envoi va réessayer. Si le problème persiste, vérifiez les enregistrements MX et le DNS du domaine destinataire, ainsi que la capacité de votre serveur à joindre le port 25 du serveur destinataire (certains réseaux le bloquent).',
    user: 'Un problème de connexion a empêché de joindre le service de messagerie du destinataire. Vous pouvez renvoyer le message plus tard ou joindre le destinataire autrement.',
    userRetry:
      'Le service de messagerie du destinataire est injoignable pour le moment. Nous allons réessayer automatiquement ; vous n’avez rien à faire.',
  },
  expired: {
    description: 'Le serveur d’envoi a tenté de remettre le message pendant longtemps, sans succès, et a abandonné.',
    fix: 'Consultez les erreurs temporaires précédentes pour ce message afin de trouver la cause réelle. Une fois celle-ci corrigée, ou après vérification auprès du destinataire, renvoyez le message.',
    fixRetry:
      'Le serveur d’envoi poursuit ses tentatives jusqu’à l’expiration du délai de remise. Consultez les erreurs temporaires déjà reçues pour ce message afin d’en trouver la cause et de la corriger avant la fin du délai.',
    user: 'Nous avons essayé pendant longtemps de remettre votre message, sans succès, et avons abandonné. Vous pouvez le renvoyer plus tard ou joindre le destinataire autrement.',
    userRetry:
      'Votre message n’a toujours pas pu être remis malgré de nombreuses tentatives. Nous continuons d’essayer encore quelque temps ; si c’est urgent, joignez le destinataire autrement.',
  },
  protocol: {
    description:
      'Le serveur destinataire n’a pas compris une commande ou a reçu les commandes dans le mauvais ordre. Cela indique un problème dans le logiciel d’envoi, pas dans le message ni dans l’adresse.',
    fix: 'Mettez à jour ou reconfigurez le logiciel ou l’appareil d’envoi. Si vous le gérez, comparez le journal de la session SMTP avec la réponse pour trouver la commande refusée.',
    fixRetry:
      'Le serveur d’envoi va réessayer, mais l’erreur reviendra tant que le logiciel d’envoi n’est pas corrigé. Comparez le journal de la session SMTP avec la réponse pour trouver la commande refusée, puis mettez à jour ou reconfigurez le logiciel.',
    user: 'Un problème technique de notre système d’envoi a empêché la remise de votre message ; ni le message ni l’adresse ne sont en cause. Réessayez plus tard et, si cela se reproduit, contactez le support.',
    userRetry:
      'Un problème technique a interrompu l’envoi de votre message. Nous allons réessayer automatiquement ; vous n’avez rien à faire.',
  },
  unknown: {
    description: 'La réponse ne contenait pas assez d’informations pour savoir ce qui s’est passé.',
    fix: 'Lisez le texte complet de la réponse à la recherche d’indices. Aucune nouvelle tentative automatique n’aura lieu : si la cause reste obscure, transmettez la réponse complète à l’administrateur de messagerie du destinataire avant de renvoyer le message.',
    fixRetry:
      'Le serveur d’envoi va réessayer. Si l’erreur se répète, lisez le texte complet de la réponse à la recherche d’indices et, au besoin, transmettez-le à l’administrateur de messagerie du destinataire.',
    user: 'Votre message n’a pas pu être remis, et le service de messagerie du destinataire n’a pas précisé pourquoi. Vous pouvez le renvoyer plus tard ou joindre le destinataire autrement.',
    userRetry:
      'Votre message n’a pas encore pu être remis. Nous allons réessayer automatiquement ; vous n’avez rien à faire pour l’instant.',
  },
} as const satisfies CategoryTable);
