import type { Classification, DsnAction, Locale, SmtpCommand } from '../index.js';

/**
 * What a returned email is: a failure report (`'bounce'`), a warning that delivery is still being
 * tried (`'delay'`), a success notice (`'delivered'`), an abuse or unsubscribe report
 * (`'complaint'`), an automatic reply such as a vacation notice (`'auto-reply'`), or none of these
 * as far as the reader can tell (`'unknown'`).
 *
 * @example
 * ```ts
 * const { kind } = await parseBounce(raw);
 * if (kind === 'auto-reply') return; // not a bounce: keep the address
 * ```
 */
export type BounceKind = 'bounce' | 'delay' | 'delivered' | 'complaint' | 'auto-reply' | 'unknown';

/**
 * How the email gave its facts: an RFC 3464 delivery status part, an RFC 5965 feedback report,
 * the human-readable text of a mail server that writes no standard report, a provider's JSON
 * notification (Amazon SES), a provider's own complaint format, the headers of an automatic reply (RFC 3834), or nothing recognised.
 *
 * @example
 * ```ts
 * if (result.format === 'text') console.log('read from the text part; check by hand if in doubt');
 * ```
 */
export type BounceFormat = 'rfc3464' | 'arf' | 'text' | 'provider-json' | 'provider-complaint' | 'rfc3834' | 'none';

/**
 * One recipient a report is about, with the reply it got and the decision for it.
 *
 * @example
 * ```ts
 * for (const r of result.recipients) {
 *   if (r.classification.bounce === 'hard') suppress(r.recipient);
 * }
 * ```
 */
export interface BounceRecipient {
  /** The recipient's address as the report gives it (`Final-Recipient`, else `Original-Recipient`, else from the text). */
  readonly recipient: string | null;
  /** The DSN `Action` (or what the text says), e.g. `'failed'`; `null` when the email does not say. */
  readonly action: DsnAction | null;
  /** The enhanced status code (RFC 3463), e.g. `'5.1.1'`: the DSN `Status`, else one found in the reply text. */
  readonly status: string | null;
  /** The SMTP reply code, e.g. `550`, when the email gives one. */
  readonly code: number | null;
  /** The server's reply text as the email gives it (the `Diagnostic-Code` value, or the lines of the text part). */
  readonly diagnostic: string | null;
  /** The SMTP command the reply answered, when the email says (`in reply to RCPT TO`, `after DATA` …). */
  readonly command: SmtpCommand | null;
  /** The host that gave the reply (`Remote-MTA`, or the host named in the text), when known. */
  readonly remoteMta: string | null;
  /** What `classify()` makes of the reply, with the command and the status taken into account. */
  readonly classification: Classification;
}

/**
 * The message that was returned or complained about, as far as the email quotes it, so that a
 * sender can match the report to what it sent.
 *
 * @example
 * ```ts
 * const sent = await db.findByMessageId(result.original.messageId);
 * ```
 */
export interface OriginalMessage {
  /** `Message-ID` of the original message, with its angle brackets removed. */
  readonly messageId: string | null;
  /** `From` address of the original message. */
  readonly from: string | null;
  /** `To` addresses of the original message. */
  readonly to: readonly string[];
  /** `Subject` of the original message, decoded. */
  readonly subject: string | null;
}

/**
 * The facts of a complaint: an RFC 5965 feedback report, or a provider's own complaint format.
 *
 * @example
 * ```ts
 * if (result.complaint?.feedbackType === 'abuse') unsubscribe(result.complaint.originalRcptTo);
 * ```
 */
export interface ComplaintFacts {
  /** `Feedback-Type`, lower-cased: `'abuse'`, `'fraud'`, `'opt-out'`, `'virus'`, `'not-spam'`, `'other'` … */
  readonly feedbackType: string;
  /** `User-Agent` of the report generator, when given. */
  readonly userAgent: string | null;
  /** `Source-IP`: where the reported message came from. */
  readonly sourceIp: string | null;
  /** `Original-Mail-From`: the envelope sender of the reported message. */
  readonly originalMailFrom: string | null;
  /** `Original-Rcpt-To` addresses (or the provider's equivalent): who complained. */
  readonly originalRcptTo: readonly string[];
  /** `Reported-Domain` values. */
  readonly reportedDomains: readonly string[];
  /** `Arrival-Date` of the reported message, as written. */
  readonly arrivalDate: string | null;
}

/**
 * Kinds of problem {@link parseBounce} forgives.
 *
 * @example
 * ```ts
 * const bad = result.problems.filter((p) => p.kind === 'mime');
 * ```
 */
export type BounceProblemKind =
  /** The input was neither a string nor bytes. */
  | 'invalid-input'
  /** The input does not look like an email (no header block). */
  | 'not-an-email'
  /** The input was longer than `maxBytes`; only its start was read. */
  | 'truncated'
  /** The MIME parser gave up or reported a structural error; what could be read was used. */
  | 'mime'
  /** A part named a charset the runtime cannot decode; it was read as UTF-8. */
  | 'charset'
  /** A report part lacked fields a reader needs (no recipient, no action, no status …). */
  | 'incomplete-report'
  /** Recipients beyond `maxRecipients` were left out. */
  | 'too-many-recipients'
  /** The email is a report, but no recipient could be found in it. */
  | 'no-recipient'
  /** Nothing in the email says what it is. */
  | 'unrecognised';

/**
 * Something {@link parseBounce} had to forgive, in words for logs.
 *
 * @example
 * ```ts
 * for (const p of result.problems) log.warn(`${p.kind}: ${p.message}`);
 * ```
 */
export interface BounceProblem {
  /** What kind of problem. */
  readonly kind: BounceProblemKind;
  /** A sentence saying what was wrong. */
  readonly message: string;
}

/**
 * Options for {@link parseBounce}.
 *
 * @example
 * ```ts
 * await parseBounce(raw, { maxBytes: 2 * 1024 * 1024, locale: de });
 * ```
 */
export interface ParseBounceOptions {
  /** Bytes read from the input; the rest is ignored (reports come first, the returned message last). @default 10_485_760 (10 MiB) */
  readonly maxBytes?: number;
  /** Recipients returned at most; further ones are counted in `problems`. @default 1000 */
  readonly maxRecipients?: number;
  /** Language of the classifications' `description` and `fix`. @default English */
  readonly locale?: Locale;
}

/**
 * What {@link parseBounce} read from one email.
 *
 * @example
 * ```ts
 * const result = await parseBounce(raw);
 * result.kind;                      // 'bounce'
 * result.recipients[0]?.recipient;  // 'john@example.com'
 * result.original.messageId;        // the Message-ID you sent
 * ```
 */
export interface BounceResult {
  /** What the email is. */
  readonly kind: BounceKind;
  /** Where the facts came from. */
  readonly format: BounceFormat;
  /** One entry per recipient the report is about, in the order the email lists them. */
  readonly recipients: readonly BounceRecipient[];
  /** `Reporting-MTA` (or the host the text names as its own), when known. */
  readonly reportingMta: string | null;
  /** `Arrival-Date` of the original message at the reporting MTA, as written. */
  readonly arrivalDate: string | null;
  /** The returned (or reported) message, as far as the email quotes it. */
  readonly original: OriginalMessage;
  /** For `kind: 'complaint'`: its facts; `null` otherwise. */
  readonly complaint: ComplaintFacts | null;
  /** `true` for an automatic reply (RFC 3834 or the usual vacation markers); such an email is not a bounce. */
  readonly autoReply: boolean;
  /** The report's own `Subject`, decoded. */
  readonly subject: string | null;
  /** The report's own `From` address. */
  readonly from: string | null;
  /** Everything that had to be forgiven. Empty for a clean report. */
  readonly problems: readonly BounceProblem[];
}
