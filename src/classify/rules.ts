import type { Category, SmtpCommand } from '../types.js';
import type { SignalName } from './signals.js';

/**
 * One classification rule. All conditions given must hold; the first rule that matches decides.
 * Order of evidence (top to bottom): wordings that override any code (rate limits, greylisting,
 * recipient limits), a specific enhanced code, text evidence, the basic code, the class.
 */
export interface Rule {
  /** Stable id, reported in the result as `rule`. */
  readonly id: string;
  /** Category the rule gives. */
  readonly category: Category;
  /** Why, in one English phrase for logs (`result.why`). */
  readonly why: string;
  /** Class digits of the reply the rule applies to, e.g. `'45'`; `'0'` means no class known. */
  readonly classes?: string;
  /** Basic codes the rule applies to. */
  readonly codes?: readonly number[];
  /** Enhanced codes without class (`'1.1'`), or a subject with `*` (`'6.*'`). */
  readonly enhanced?: readonly string[];
  /** At least one of these signals must be in the reply text. */
  readonly any?: readonly SignalName[];
  /** All of these signals must be in the reply text. */
  readonly all?: readonly SignalName[];
  /** None of these signals may be in the reply text. */
  readonly none?: readonly SignalName[];
  /** The command the reply answered must be one of these. */
  readonly commands?: readonly SmtpCommand[];
  /** Overrides retryability (otherwise: transient class means retryable). */
  readonly retryable?: boolean;
  /**
   * The rule's evidence does not prove that the address is gone (a locked account may be opened
   * again): the bounce is soft whatever the category's policy says.
   */
  readonly soft?: true;
}

/** The rules, in order. Ids are public: tests and users name them. */
export const RULES: readonly Rule[] = [
  // Replies that are not failures.
  { id: 'class.success', category: 'success', why: '2xx: the server accepted the command', classes: '2' },
  { id: 'class.intermediate', category: 'intermediate', why: '3xx: the server waits for more input', classes: '3' },

  // Wordings that decide whatever the codes say.
  // A reply to MAIL FROM is about the sender: an address or domain that "does not exist" there is the sender's.
  {
    id: 'command.mail-address',
    category: 'sender-rejected',
    why: "in answer to MAIL FROM, an address that does not exist or cannot be used is the sender's",
    commands: ['MAIL'],
    any: ['user-unknown', 'domain-unknown', 'moved', 'disabled', 'recipient-rejected'],
  },
  {
    id: 'command.mail-enhanced',
    category: 'sender-rejected',
    why: 'in answer to MAIL FROM, an addressing status (X.1.x, X.2.1) is about the sender',
    commands: ['MAIL'],
    enhanced: ['1.1', '1.2', '1.3', '1.4', '1.6', '1.10', '2.1'],
  },
  {
    id: 'text.recipient-filter',
    category: 'policy',
    why: 'the recipient, or a filter they set, refused mail from this sender; the address itself works',
    any: ['recipient-filter'],
  },
  {
    id: 'text.too-many-recipients',
    category: 'too-many-recipients',
    why: 'text names a recipient limit; send the rest later (RFC 5321 §4.5.3.1.10)',
    any: ['too-many-recipients'],
    retryable: true,
  },
  {
    id: 'enhanced.too-many-recipients',
    category: 'too-many-recipients',
    why: 'enhanced code X.5.3 (too many recipients)',
    enhanced: ['5.3'],
    retryable: true,
  },
  {
    id: 'text.greylisted',
    category: 'greylisted',
    why: 'text says the message was greylisted',
    any: ['greylist'],
    classes: '045',
    retryable: true,
  },
  {
    id: 'text.reputation-deferral',
    category: 'blocked',
    why: "temporary deferral because of the sender's reputation or complaints",
    any: ['reputation'],
    classes: '04',
    none: ['user-unknown', 'domain-unknown', 'mailbox-full', 'too-large', 'disabled', 'moved', 'rate-limit'],
  },
  // Gmail names the cause of a deferral in the text under reused 4.7.x/5.7.x codes
  // ("rate limited because it is unauthenticated", "…not using a TLS connection", "…PTR record").
  {
    id: 'text.cause-reverse-dns',
    category: 'blocked',
    why: 'security status whose text names missing or wrong reverse DNS',
    enhanced: ['7.*'],
    any: ['reverse-dns'],
    none: ['sender-auth'],
  },
  {
    id: 'text.cause-sender-authentication',
    category: 'sender-authentication',
    why: 'security status whose text names SPF, DKIM or DMARC',
    enhanced: ['7.*'],
    any: ['sender-auth'],
    none: ['spam', 'auth-required'],
  },
  {
    id: 'text.cause-tls',
    category: 'tls-required',
    why: 'security status whose text says TLS was not used',
    enhanced: ['7.*'],
    any: ['tls'],
  },
  {
    id: 'text.rate-limited',
    category: 'rate-limited',
    why: 'text says too many messages or connections, or a sending rate limit',
    any: ['rate-limit'],
    none: ['user-unknown', 'domain-unknown', 'too-large', 'disabled', 'moved'],
    retryable: true,
  },
  {
    id: 'text.expired',
    category: 'expired',
    why: 'text says delivery gave up after retrying for too long',
    any: ['expired'],
  },
  { id: 'text.relay-denied', category: 'relay-denied', why: 'text says relaying is not permitted', any: ['relay'] },
  {
    id: 'enhanced.rate-limited',
    category: 'rate-limited',
    why: 'enhanced code X.7.28 (mail flood)',
    enhanced: ['7.28'],
    retryable: true,
  },

  // Specific enhanced codes (RFC 3463 and later registrations).
  {
    id: 'enhanced.1.1-mailbox-full',
    category: 'mailbox-full',
    why: 'X.1.1 but the text says the mailbox is full',
    enhanced: ['1.1'],
    any: ['mailbox-full'],
  },
  {
    id: 'enhanced.1.1',
    category: 'user-unknown',
    why: 'enhanced code X.1.1 (bad destination mailbox address)',
    enhanced: ['1.1', '1.3', '1.4'],
    none: ['moved', 'sender', 'disabled', 'locked'],
  },
  {
    id: 'enhanced.1.10-recipient',
    category: 'user-unknown',
    why: 'X.1.10 with text saying the recipient was not found',
    enhanced: ['1.10'],
    any: ['user-unknown'],
  },
  {
    id: 'enhanced.1.10',
    category: 'no-mail-accepted',
    why: 'enhanced code X.1.10 (recipient domain has a null MX, RFC 7505)',
    enhanced: ['1.10'],
  },
  {
    id: 'enhanced.1.2',
    category: 'domain-unknown',
    why: 'enhanced code X.1.2 (bad destination system address)',
    enhanced: ['1.2'],
  },
  { id: 'enhanced.1.6', category: 'mailbox-moved', why: 'enhanced code X.1.6 (mailbox has moved)', enhanced: ['1.6'] },
  {
    id: 'enhanced.1.7',
    category: 'sender-rejected',
    why: 'enhanced code X.1.7 / X.1.8 (bad sender address)',
    enhanced: ['1.7', '1.8'],
  },
  {
    id: 'text.mailbox-locked',
    category: 'mailbox-disabled',
    why: 'text says the account is locked, blocked or temporarily disabled: it may be opened again, so the bounce is soft',
    any: ['locked'],
    soft: true,
  },
  {
    id: 'enhanced.2.1-user-unknown',
    category: 'user-unknown',
    why: 'X.2.1 with text saying the user is unknown',
    enhanced: ['2.1'],
    any: ['user-unknown'],
    none: ['disabled'],
  },
  {
    id: 'enhanced.2.1',
    category: 'mailbox-disabled',
    why: 'enhanced code X.2.1 (mailbox disabled)',
    enhanced: ['2.1'],
  },
  { id: 'enhanced.2.2', category: 'mailbox-full', why: 'enhanced code X.2.2 (mailbox full)', enhanced: ['2.2'] },
  {
    id: 'enhanced.2.3',
    category: 'message-too-large',
    why: 'enhanced code X.2.3 / X.3.4 (message too big)',
    enhanced: ['2.3', '3.4', '7.16'],
  },
  { id: 'enhanced.3.1', category: 'storage-full', why: 'enhanced code X.3.1 (mail system full)', enhanced: ['3.1'] },
  {
    id: 'enhanced.3.2',
    category: 'service-unavailable',
    why: 'enhanced code X.3.2 (system not accepting network messages)',
    enhanced: ['3.2'],
    none: ['blocklist', 'blocked', 'no-mail', 'content'],
  },
  {
    id: 'enhanced.4.1-recipient',
    category: 'user-unknown',
    why: 'X.4.1 with "recipient address rejected: access denied" (Microsoft 365 directory check)',
    enhanced: ['4.1'],
    any: ['recipient-rejected'],
    classes: '5',
  },
  { id: 'enhanced.4.7', category: 'expired', why: 'enhanced code X.4.7 (delivery time expired)', enhanced: ['4.7'] },
  {
    id: 'enhanced.4.4-permanent',
    category: 'domain-unknown',
    why: 'enhanced code 5.4.4 (unable to route)',
    enhanced: ['4.4'],
    classes: '5',
  },
  {
    id: 'enhanced.network',
    category: 'network',
    why: 'enhanced code X.4.1–X.4.4 (no answer, bad connection, routing or directory failure)',
    enhanced: ['4.1', '4.2', '4.3', '4.4'],
  },
  {
    id: 'enhanced.4.5',
    category: 'service-unavailable',
    why: 'enhanced code X.4.5 (mail system congestion)',
    enhanced: ['4.5'],
    none: ['storage'],
  },
  { id: 'enhanced.4.6', category: 'network', why: 'enhanced code X.4.6 (routing loop)', enhanced: ['4.6'] },
  {
    id: 'enhanced.5.0-protocol',
    category: 'protocol',
    why: 'enhanced code X.5.0 with text describing a protocol error',
    enhanced: ['5.0'],
    any: ['protocol'],
  },
  {
    id: 'enhanced.protocol',
    category: 'protocol',
    why: 'enhanced code X.5.1–X.5.6 (command, syntax or protocol error)',
    enhanced: ['5.1', '5.2', '5.4', '5.5', '5.6', '3.3'],
  },
  {
    id: 'enhanced.content',
    category: 'content-rejected',
    why: 'enhanced code X.6.x (message content or media)',
    enhanced: ['6.*', '7.7'],
    none: ['spam'],
  },
  // X.7.8, X.7.9, X.7.12 are statuses of the AUTH command (RFC 4954); elsewhere servers use them loosely.
  {
    id: 'enhanced.auth',
    category: 'auth-required',
    why: 'enhanced code X.7.8 / X.7.9 / X.7.12 in answer to AUTH',
    enhanced: ['7.8', '7.9', '7.12'],
    commands: ['AUTH'],
  },
  {
    id: 'command.starttls',
    category: 'tls-required',
    why: 'a permanent refusal in answer to STARTTLS: the encrypted connection could not be set up',
    commands: ['STARTTLS'],
    classes: '5',
  },
  {
    id: 'command.auth',
    category: 'auth-required',
    why: 'a permanent refusal in answer to AUTH: the credentials or the mechanism were not accepted',
    commands: ['AUTH'],
    classes: '5',
  },
  {
    id: 'enhanced.auth-text',
    category: 'auth-required',
    why: 'enhanced code X.7.8 / X.7.9 / X.7.12 with text about authentication',
    enhanced: ['7.8', '7.9', '7.12'],
    any: ['auth-required'],
    none: ['sender'],
  },
  {
    id: 'enhanced.tls',
    category: 'tls-required',
    why: 'enhanced code X.7.10 / X.7.11 / X.7.30 / X.7.4 (encryption needed)',
    enhanced: ['7.10', '7.11', '7.30', '7.4'],
  },
  {
    id: 'enhanced.7.13',
    category: 'mailbox-disabled',
    why: 'enhanced code X.7.13 (user account disabled)',
    enhanced: ['7.13'],
  },
  {
    id: 'enhanced.7.17',
    category: 'mailbox-moved',
    why: 'enhanced code X.7.17 (mailbox owner has changed, RFC 7293)',
    enhanced: ['7.17'],
  },
  {
    id: 'enhanced.7.18',
    category: 'domain-unknown',
    why: 'enhanced code X.7.18 (domain owner has changed, RFC 7293)',
    enhanced: ['7.18'],
  },
  {
    id: 'enhanced.7.25',
    category: 'blocked',
    why: 'enhanced code X.7.25 (reverse DNS of the sending host failed, RFC 7372)',
    enhanced: ['7.25'],
  },
  {
    id: 'enhanced.sender-authentication',
    category: 'sender-authentication',
    why: 'enhanced code X.7.20–X.7.24, X.7.26, X.7.29 (SPF, DKIM, DMARC or ARC failed)',
    enhanced: ['7.20', '7.21', '7.22', '7.23', '7.24', '7.26', '7.29'],
  },
  {
    id: 'enhanced.7.27',
    category: 'sender-rejected',
    why: "enhanced code X.7.27 (the sender's domain has a null MX, RFC 7505)",
    enhanced: ['7.27'],
  },
  {
    id: 'enhanced.policy',
    category: 'policy',
    why: 'enhanced code X.7.2–X.7.6, X.7.14, X.7.15, X.7.19 (security or policy)',
    enhanced: ['7.2', '7.3', '7.5', '7.6', '7.14', '7.15', '7.19'],
  },

  // Text evidence, for generic codes (X.0.0, X.7.1, bare 550) and replies without codes.
  {
    id: 'text.content-compliance',
    category: 'content-rejected',
    why: 'text says the message breaks the message format (RFC 5322 headers, 8-bit data)',
    any: ['compliance'],
  },
  { id: 'text.spam', category: 'spam', why: 'text says the message was judged to be spam', any: ['spam'] },
  {
    id: 'text.sender-authentication',
    category: 'sender-authentication',
    why: 'text names SPF, DKIM, DMARC or failed sender authentication',
    any: ['sender-auth'],
    none: ['user-unknown'],
  },
  {
    id: 'text.dns-temporary',
    category: 'network',
    why: 'text reports a DNS lookup failure that may clear ("try again")',
    all: ['domain-unknown', 'try-later'],
  },
  {
    id: 'text.sender-domain',
    category: 'sender-rejected',
    why: "text says the sender's domain was not found",
    all: ['sender', 'domain-unknown'],
  },
  {
    id: 'text.sender-unknown',
    category: 'sender-rejected',
    why: 'text says the sender address could not be verified',
    all: ['sender', 'user-unknown'],
  },
  {
    id: 'text.domain-unknown',
    category: 'domain-unknown',
    why: 'text says the recipient domain does not exist or cannot be routed',
    any: ['domain-unknown'],
  },
  {
    id: 'text.user-unknown',
    category: 'user-unknown',
    why: 'text says the recipient address does not exist',
    any: ['user-unknown'],
    none: ['list-membership', 'disabled', 'locked'],
  },
  {
    id: 'text.no-mail-accepted',
    category: 'no-mail-accepted',
    why: 'text says the domain or host accepts no mail',
    any: ['no-mail'],
  },
  { id: 'text.mailbox-moved', category: 'mailbox-moved', why: 'text says the recipient has moved', any: ['moved'] },
  {
    id: 'text.mailbox-disabled',
    category: 'mailbox-disabled',
    why: 'text says the mailbox is disabled, suspended or inactive',
    any: ['disabled'],
  },
  {
    id: 'text.mailbox-full',
    category: 'mailbox-full',
    why: 'text says the mailbox is full or over quota',
    any: ['mailbox-full'],
  },
  {
    id: 'text.message-too-large',
    category: 'message-too-large',
    why: 'text says the message is over a size limit',
    any: ['too-large'],
  },
  {
    id: 'text.blocked',
    category: 'blocked',
    why: "text names a blocklist, the sender's reputation or missing reverse DNS",
    any: ['blocklist', 'reputation', 'reverse-dns'],
  },
  {
    id: 'text.content-rejected',
    category: 'content-rejected',
    why: 'text says the content, a header or an attachment was refused',
    any: ['content'],
  },
  {
    id: 'text.sender-rejected',
    category: 'sender-rejected',
    why: 'text says the envelope sender was refused',
    any: ['sender'],
  },
  {
    id: 'text.tls-required',
    category: 'tls-required',
    why: 'text says encryption (STARTTLS/TLS) is required',
    any: ['tls'],
  },
  {
    id: 'text.auth-required',
    category: 'auth-required',
    why: 'text says SMTP authentication is required or failed',
    any: ['auth-required'],
  },
  {
    id: 'text.storage-full',
    category: 'storage-full',
    why: 'text says the server is out of storage',
    any: ['storage'],
  },
  {
    id: 'text.service-unavailable',
    category: 'service-unavailable',
    why: 'text says the service is not available',
    any: ['service-unavailable'],
    none: ['blocked', 'stock'],
  },
  {
    id: 'text.network',
    category: 'network',
    why: 'text describes a connection, routing or DNS failure',
    any: ['network'],
  },
  {
    id: 'text.server-error',
    category: 'server-error',
    why: 'text describes an internal error at the server',
    any: ['server-error'],
  },
  { id: 'text.spam-word', category: 'spam', why: 'text names spam as the reason', any: ['spam-word'] },
  {
    id: 'text.blocked-generic',
    category: 'blocked',
    why: 'text says the sending host or address is blocked',
    any: ['blocked'],
  },
  {
    id: 'text.protocol',
    category: 'protocol',
    why: 'text describes a command syntax or sequence error',
    any: ['protocol'],
  },
  {
    id: 'text.list-policy',
    category: 'policy',
    why: 'text says only list or group members may post',
    any: ['list-membership'],
  },
  {
    id: 'code.554-connect',
    category: 'service-unavailable',
    why: '554 at connection time: no SMTP service here (RFC 5321 §3.1)',
    codes: [554],
    commands: ['CONNECT'],
  },
  {
    id: 'command.connect-refused',
    category: 'blocked',
    why: 'permanent refusal at connection or greeting time: the sending host is refused',
    classes: '5',
    commands: ['CONNECT', 'HELO', 'EHLO'],
  },
  {
    id: 'text.recipient-rejected',
    category: 'policy',
    why: 'the recipient address was refused with no reason given; the stock wording says nothing about the address itself',
    any: ['recipient-rejected'],
    classes: '05',
  },
  {
    id: 'text.policy',
    category: 'policy',
    why: 'text names a local policy or an access refusal',
    any: ['policy', 'access-denied'],
  },

  {
    id: 'code.421-undefined-security',
    category: 'service-unavailable',
    why: '421 (service not available, closing) with the undefined security status X.7.0 and no reason in the text',
    codes: [421],
    enhanced: ['7.0'],
    none: [
      'policy',
      'blocked',
      'blocklist',
      'reputation',
      'reverse-dns',
      'spam',
      'spam-word',
      'sender-auth',
      'tls',
      'auth-required',
      'access-denied',
      'relay',
      'rate-limit',
    ],
  },

  // Subject of an enhanced code the registry does not list (e.g. Microsoft's 5.7.606).
  {
    id: 'enhanced.subject.7',
    category: 'policy',
    why: 'enhanced code X.7.x (security or policy status)',
    enhanced: ['7.*'],
  },
  {
    id: 'enhanced.subject.4',
    category: 'network',
    why: 'enhanced code X.4.x (network or routing status)',
    enhanced: ['4.*'],
  },
  {
    id: 'enhanced.subject.3',
    category: 'server-error',
    why: 'enhanced code X.3.x (mail system status)',
    enhanced: ['3.*'],
  },
  {
    id: 'enhanced.subject.5',
    category: 'protocol',
    why: 'enhanced code X.5.x (delivery protocol status)',
    enhanced: ['5.*'],
    none: ['stock'],
  },

  // The basic code (RFC 5321 §4.2.2, RFC 4954, RFC 7504).
  {
    id: 'code.421',
    category: 'service-unavailable',
    why: '421: service not available, closing the channel',
    codes: [421],
  },
  { id: 'code.451', category: 'server-error', why: '451: local error in processing', codes: [451] },
  { id: 'code.452', category: 'storage-full', why: '452: insufficient system storage', codes: [452] },
  { id: 'code.454', category: 'tls-required', why: '454: TLS not available for a temporary reason', codes: [454] },
  {
    id: 'code.protocol',
    category: 'protocol',
    why: '500–504, 455, 555: command or parameter error',
    codes: [455, 500, 501, 502, 503, 504, 555],
  },
  {
    id: 'code.no-mail-accepted',
    category: 'no-mail-accepted',
    why: '521 / 556: host or domain does not accept mail (RFC 7504)',
    codes: [521, 556],
  },
  {
    id: 'code.auth',
    category: 'auth-required',
    why: '530 / 534 / 535: authentication required or refused (RFC 4954)',
    codes: [530, 534, 535, 432],
  },
  { id: 'code.tls', category: 'tls-required', why: '523 / 524 / 538: encryption required', codes: [523, 524, 538] },
  { id: 'code.551', category: 'mailbox-moved', why: '551: user not local', codes: [551] },
  {
    id: 'code.552-rcpt',
    category: 'too-many-recipients',
    why: '552 to RCPT: too many recipients, to be treated as temporary (RFC 5321 §4.5.3.1.10)',
    codes: [552],
    commands: ['RCPT'],
    retryable: true,
  },
  { id: 'code.552', category: 'mailbox-full', why: '552: exceeded storage allocation', codes: [552, 522] },
  { id: 'code.553', category: 'user-unknown', why: '553: mailbox name not allowed', codes: [553] },
  {
    id: 'code.554-data',
    category: 'content-rejected',
    why: '554 after DATA: the message was refused',
    codes: [554],
    commands: ['DATA', 'BDAT'],
  },
  { id: 'code.525', category: 'mailbox-disabled', why: '525: user account disabled', codes: [525] },
  { id: 'code.426', category: 'network', why: '426: connection timed out (non-standard)', codes: [426] },

  {
    id: 'text.stock-wording',
    category: 'unknown',
    why: 'only the RFC\'s stock wording ("mailbox unavailable", "requested action not taken"), which gives no reason',
    any: ['stock'],
  },

  // Nothing more specific: the first digit decides (RFC 5321 §4.2).
  { id: 'class.unknown', category: 'unknown', why: 'no specific evidence; the class decides' },
];
