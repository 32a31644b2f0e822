import type { ReplyContext } from './types.js';

/**
 * Mail servers whose log lines {@link parseLogLine} reads.
 *
 * @example
 * ```ts
 * parseLogLine(line)?.format; // 'postfix' | 'exim' | 'sendmail'
 * ```
 */
export type LogFormat = 'postfix' | 'exim' | 'sendmail';

/**
 * What a delivery attempt came to: `bounced` (given up; the sender gets a bounce), `deferred`
 * (kept in the queue to try again), `sent` (accepted by the next server or delivered), `other`
 * (e.g. Postfix address verification, Exim's suppressed `*>` deliveries).
 *
 * @example
 * ```ts
 * const e = parseLogLine(line);
 * if (e?.kind === 'bounced' || e?.kind === 'deferred') classify(e.reply, { command: e.command ?? undefined });
 * ```
 */
export type LogEventKind = 'bounced' | 'deferred' | 'sent' | 'other';

/**
 * One delivery attempt read from a mail server's log line, with a reply ready for
 * {@link classify} (see {@link ReplyContext}).
 *
 * @example
 * ```ts
 * parseLogLine('2024-01-10 10:00:02 1rNXyZ-0001Ab-Ce == jane@example.org R=dnslookup T=remote_smtp defer (-44) ' +
 *   'H=mx.example.org [198.51.100.7]: SMTP error from remote mail server after RCPT TO:<jane@example.org>: ' +
 *   '451 4.7.1 Greylisting in action, please come back later');
 * // { format: 'exim', kind: 'deferred', status: '==', recipient: 'jane@example.org', host: 'mx.example.org',
 * //   ip: '198.51.100.7', command: 'RCPT', reply: '451 4.7.1 Greylisting in action, please come back later', … }
 * ```
 */
export interface LogEvent extends ReplyContext {
  /** Which server wrote the line. */
  readonly format: LogFormat;
  /** What the attempt came to. */
  readonly kind: LogEventKind;
  /** The outcome as logged: Postfix `status=` word, Exim flag (`**`, `==`, `=>` …), Sendmail `stat=` word. */
  readonly status: string;
  /**
   * The logged reason or reply, verbatim: Postfix's text in parentheses after `status=`, Exim's
   * text after the fields (or its `C="…"` confirmation), Sendmail's `stat=` value. `''` when none.
   */
  readonly text: string;
  /** Every recipient on the line (Sendmail may list several); `recipient` is the first. */
  readonly recipients: readonly string[];
  /** The address the recipient was reached through (Postfix `orig_to=`, Exim `<parent>`), when logged. */
  readonly originalRecipient: string | null;
  /** Remote host name (Postfix `relay=`, Exim `H=`, Sendmail `relay=`), without a trailing dot. */
  readonly host: string | null;
  /** The remote host's address, as logged in brackets. */
  readonly ip: string | null;
  /** Enhanced status code the server logged (`dsn=5.1.1`); `null` when none (Exim logs none). */
  readonly dsn: string | null;
  /** Queue id (Postfix, Sendmail) or message id (Exim). */
  readonly queueId: string | null;
  /** The timestamp at the start of the line, as written. */
  readonly timestamp: string | null;
}

/** A line that is a delivery attempt of a known server but could not be read; the reason says why. */
export interface UnreadableLine {
  readonly unreadable: string;
}
