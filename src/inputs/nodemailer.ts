import type { SmtpCommand } from '../types.js';
import type { ReplyContext } from './types.js';
import { readErrorFields } from './error-like.js';
import { readArray, readProp, readText } from './read.js';
import { readyReply } from './reply.js';

/**
 * One failure read from an error that nodemailer (or another mail client) threw, or from the
 * `rejectedErrors` of a send that some recipients refused.
 *
 * @example
 * ```ts
 * const [f] = fromNodemailerError(err); // err.code === 'EENVELOPE', one refused recipient
 * f.recipient; // 'bob@example.com'
 * f.reply;     // '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown'
 * f.command;   // 'RCPT'
 * f.code;      // 550
 * f.errorCode; // 'EENVELOPE'
 * ```
 */
export interface NodemailerFailure extends ReplyContext {
  /** Basic reply code (`responseCode`, or a numeric `code`); `null` when the server sent none. */
  readonly code: number | null;
  /** Enhanced status code given beside the reply (`enhancedCode`); `null` when none was given. */
  readonly enhanced: string | null;
  /** The client's error code, e.g. `'EENVELOPE'`, `'EMESSAGE'`, `'ECONNECTION'`, `'ETIMEDOUT'`. */
  readonly errorCode: string | null;
  /** The server's reply exactly as the client recorded it (`response`); `null` when there was none. */
  readonly response: string | null;
  /** The error's message; `null` when there was none. */
  readonly message: string | null;
}

/** Per-recipient errors read at most from one object (nodemailer lists one per refused recipient). */
const MAX_RECIPIENTS = 100_000;

/**
 * Reads what went wrong from an error nodemailer threw (or passed to its callback): one entry per
 * refused recipient when the error lists them (`rejectedErrors`), then one entry for the error
 * itself, with `recipient: null`, when it is a failure of its own: a message refused after `DATA`
 * (`EMESSAGE`), a lost connection, a time-out. That last entry concerns every recipient without an
 * entry of its own. Nodemailer's "all recipients were rejected" (`EENVELOPE`, `command: 'RCPT TO'`)
 * only repeats the last refusal, so it gives no entry of its own. Also accepts the `info` of a
 * send that succeeded for some recipients only (it carries `rejectedErrors` too), and generic
 * error-like objects (`{ code, enhancedCode, message }`).
 *
 * Reads `response`, `responseCode`, `command` (`'RCPT TO'`, `'DATA'`, `'CONN'` …), `code`
 * (`'EENVELOPE'`, `'EMESSAGE'`, `'ECONNECTION'` … or a number), `enhancedCode`, `message` and
 * `recipient`. An error without a server reply (`ESOCKET`, `ETIMEDOUT`, `EDNS`, `EAUTH` "Missing
 * credentials", TLS certificate failures) is read from its `message`, which is then the `reply`.
 * Never throws and never changes the object: throwing getters, revoked proxies and fields of the
 * wrong type are skipped. Returns `[]` only for something that is not an object or a string (a
 * thrown string is read as its message), and for the `info` of a send that no recipient refused.
 *
 * Nodemailer itself (7.x) drops the recipients refused at `RCPT TO` when the send then fails as a
 * whole (`EMESSAGE` after `DATA`, a lost connection): such an error carries no `rejectedErrors`,
 * and this reader can only give the entry for the whole send. See docs/nodemailer.md.
 *
 * @example
 * ```ts
 * try {
 *   await transporter.sendMail(message);
 * } catch (err) {
 *   for (const f of fromNodemailerError(err)) {
 *     const r = classify(f.reply, { command: f.command ?? undefined });
 *     if (r.bounce === 'hard' && f.recipient) suppress(f.recipient);
 *   }
 * }
 * ```
 */
export function fromNodemailerError(err: unknown): NodemailerFailure[] {
  if (typeof err === 'string') {
    const message = readText(err);
    return message === null ? [] : [failure(message, null, null, null, null, null, null)];
  }
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) return [];
  const out: NodemailerFailure[] = [];
  for (const item of readArray(readProp(err, 'rejectedErrors'), MAX_RECIPIENTS)) {
    const f = readOne(item, null);
    if (f) out.push(f);
  }
  if (isInfo(err)) return out;
  const whole = readOne(err, null);
  if (whole && !(out.length > 0 && repeatsRefusal(whole, out))) out.push(whole);
  return out;
}

/** The `info` of a send that no recipient refused (nothing to classify). */
export function isSentInfo(value: unknown): boolean {
  return isInfo(value) && readArray(readProp(value, 'rejectedErrors'), 1).length === 0;
}

/**
 * A send's `info` (it resolved; some recipients may have been refused): it lists the `accepted`
 * recipients and, unlike an error, has neither a `message` nor a `code`.
 */
function isInfo(value: unknown): boolean {
  return (
    Array.isArray(readProp(value, 'accepted')) &&
    readProp(value, 'message') === undefined &&
    readProp(value, 'code') === undefined
  );
}

/**
 * Is the error itself only the summary of the per-recipient refusals? Nodemailer's "all
 * recipients were rejected" is: it answers `RCPT TO` and names no recipient (its `response` is
 * the last refusal's). So is an error without a command whose reply is one of the refusals'.
 */
function repeatsRefusal(whole: NodemailerFailure, refusals: readonly NodemailerFailure[]): boolean {
  if (whole.recipient !== null) return false;
  if (whole.command === 'RCPT') return true;
  return whole.command === null && refusals.some((r) => r.reply === whole.reply);
}

function readOne(obj: unknown, recipientFallback: string | null): NodemailerFailure | null {
  if (obj === null || typeof obj !== 'object') {
    const text = readText(obj);
    return text === null ? null : failure(text, null, null, null, null, null, recipientFallback);
  }
  const f = readErrorFields(obj);
  if (f.response === null && f.message === null && f.code === null && f.enhanced === null) return null;
  return failure(
    f.response ?? f.message ?? '',
    f.code,
    f.enhanced,
    f.errorCode,
    f.response,
    f.message,
    f.recipient ?? recipientFallback,
    f.command,
  );
}

function failure(
  text: string,
  code: number | null,
  enhanced: string | null,
  errorCode: string | null,
  response: string | null,
  message: string | null,
  recipient: string | null,
  command: SmtpCommand | null = null,
): NodemailerFailure {
  return {
    reply: readyReply(text, code, enhanced),
    command,
    recipient,
    code,
    enhanced,
    errorCode,
    response,
    message: message ?? (response === null ? text : null),
  };
}
