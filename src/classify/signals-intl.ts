/**
 * The same signals as signals.ts, in wordings of other languages. Each wording was taken from a
 * published reply or notice; the source stands above each group (the full replies are in
 * test/fixtures/real-replies-intl.ts with their sources). A wording is written as the matcher sees
 * it: lower-case (any script), punctuation and symbols turned into single spaces, Unicode NFKC
 * form (full-width letters become ASCII); CJK is matched as written. See evidence.ts.
 *
 * A phrase here that is plain ASCII is also looked for by the main automaton (signals.ts holds the
 * English ones; an ASCII wording of another language is fine here too).
 */
import type { SignalName } from './signals.js';

export const INTL_SIGNALS: Readonly<Partial<Record<SignalName, readonly string[]>>> = {
  'user-unknown': [
    // de: web.de / bytecamp replies; Microsoft support 5.1.10 (de)
    'benutzer nicht bekannt',
    'nicht vorhanden oder konnte nicht gefunden',
    // fr: Exchange / Notes notices (Sympa bounce table); Microsoft support 5.1.10 (fr)
    'utilisateur non recensé',
    'destinataire n est pas reconnu',
    'n existe pas ou est introuvable',
    // it: Gmail help (it)
    'non esiste',
    // es: Spanish bounce texts (alexborras.com list)
    'usuario inexistente',
    'cuenta de correo electrónico no existe',
    // cs: Seznam notice
    'uživatel neexistuje',
    // ja: Gmail help (ja); Exchange NDR (Microsoft KB 940620); Notes NDR (dev corpus)
    'アカウントは存在しません',
    '無効な受信者',
    'ディレクトリのリストにありません',
    // zh: emailhost.com.cn bounce labels; QQ Mail help
    '收件人不存在',
    '用户不存在',
    '该用户未开通qq邮箱',
  ],
  'recipient-rejected': [
    // Microsoft support "NDR error code 550 5.4.1" in de, it, ja
    'empfängeradresse abgelehnt',
    'indirizzo del destinatario rifiutato',
    '受信者アドレスが拒否されました',
  ],
  'domain-unknown': [
    // zh: emailhost.com.cn
    '域名不存在',
  ],
  moved: [
    // fr: Exchange notice (Sympa bounce table)
    'adresse électronique du destinataire a changé',
    'aucune adresse de transfert',
  ],
  disabled: [
    // zh: emailhost.com.cn; es: alexborras.com list
    '用户被禁用',
    'casilla ha expirado por falta de uso',
  ],
  'mailbox-full': [
    // de: web.de replies
    'speichervolumen ueberschritten',
    'zuviele mails auf dem server',
    'speicherplatz des kontos',
    // es, pt, cs
    'buzon lleno',
    'correo lleno',
    'sem espaço de armazenamento',
    'schránka příjemce je přeplněná',
    // zh: emailhost.com.cn; QQ Mail help
    '存储空间不足',
    '收件容量满',
    '收件人空间不足',
  ],
  'too-large': [
    // zh, ko: provider return-mail labels
    '邮件过大',
    '메일의 크기가 커서',
    '편지의 크기가 너무커서',
  ],
  spam: [
    // de, it: Gmail help; zh: emailhost.com.cn
    'als spam eingestuft',
    'als spam markiert',
    'contrassegnato come spam',
    '垃圾邮件',
  ],
  blocked: [
    // de, it, ja, zh: Gmail help (4.7.0 IP temporarily blocked), localised editions
    'vorübergehend blockiert',
    'temporaneamente bloccata',
    '一時的にブロック',
    '暂时屏蔽',
    '暫時遭到封鎖',
    // fr: Orange "Service refusé" replies
    'service refuse',
  ],
  relay: [
    // pl, cs, pt: Microsoft relay-error pages; qmail (pt)
    'odmowa dostępu przekazywania',
    'přenos byl odepřen',
    'reencaminhamento recusado',
    'rcpthosts permitidos',
  ],
  tls: [
    // it, ja, zh: Gmail help (421 4.7.0 TLS required)
    'crittografia tls richiesta',
    'tls が必要',
    '需要 tls',
    '需要使用 tls',
  ],
  'rate-limit': [
    // de, pt, it, ja, zh: Gmail help (450 4.2.1 receiving mail too quickly); fr: Orange
    'zu rasch e mails',
    'zu schnell e mails',
    'e mails muito rápido',
    'troppo rapidamente',
    'trop de connexions',
    '非常に速いペース',
    '接收邮件过于频繁',
    '频率过高',
    '发信数超限制',
    '正在接收大量郵件',
  ],
  'try-later': [
    // fr: Orange; de: Gmail help; pt: Gmail help; ja, zh: Gmail help
    'veuillez essayer plus tard',
    'später noch einmal',
    'vorübergehend',
    'temporariamente',
    'temporaneamente',
    'しばらくしてから',
    '一時的',
    '稍后',
    '暂时',
    '稍後',
    '暫時',
  ],
  'service-unavailable': [
    // de, it, ja, zh: Gmail help (421 4.4.5 server busy); ko: Naver notice
    'server ist ausgelastet',
    'server occupato',
    'サーバーがビジー',
    '服务器繁忙',
    '伺服器忙碌中',
    '응답을 못하는',
  ],
  network: [
    // de: Gmail help (451 4.4.2 timeout); nl: Microsoft NDR table; zh
    'zeitüberschreitung',
    'verbinding geweigerd',
    '连接被拒绝',
  ],
  expired: [
    // es: alexborras.com list
    'tiempo de entrega vencido',
  ],
  policy: [
    // zh: Sina reply "445 服务器拒绝"
    '服务器拒绝',
  ],
  'list-membership': [
    // Google Groups notices in ja, ar, cs, de, fr, he (public bounce samples, sisimai set-of-emails)
    'メッセージを投稿する権限',
    'غير مصرح لك بإرسال رسائل إلى هذه المجموعة',
    'nemáte oprávnění do ní přidávat příspěvky',
    'der gruppe nachrichten zu posten',
    'pas autorisé à lui envoyer des messages',
    'אין לך אישור לפרסם הודעות בקבוצה',
  ],
};
