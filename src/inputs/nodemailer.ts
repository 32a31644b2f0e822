import type { SmtpCommand } from '../types.js';
import { classify, type Classification, type ClassifyOptions } from '../classify/classify.js';
import { toCommand } from '../classify/input.js';
import { isDigit } from '../reply/chars.js';
import type { ReplyContext } from './types.js';
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

/**
 * A {@link Classification} of one failed recipient (or of a whole failed send), with the recipient.
 *
 * @example
 * ```ts
 * for (const r of classifyNodemailerError(err)) {
 *   if (r.bounce === 'hard' && r.recipient) await suppressions.add(r.recipient);
 *   else if (r.retryable) await queue.retry(r.recipient, r.retryAfter ?? 600);
 * }
 * ```
 */
export interface RecipientClassification extends Classification {
  /** The recipient the reply was about; `null` when the failure concerned the whole send. */
  readonly recipient: string | null;
}

/** Per-recipient errors read at most from one object (nodemailer lists one per refused recipient). */
const MAX_RECIPIENTS = 100_000;

/**
 * Reads what went wrong from an error nodemailer threw (or passed to its callback), one entry per
 * refused recipient when the error lists them (`rejectedErrors`, as with `EENVELOPE` "all
 * recipients were rejected"), else one entry for the whole error. Also accepts the `info` of a
 * send that succeeded for some recipients only (it carries `rejectedErrors` too), and generic
 * error-like objects (`{ code, enhancedCode, message }`).
 *
 * Reads `response`, `responseCode`, `command` (`'RCPT TO'`, `'DATA'`, `'CONN'` …), `code`
 * (`'EENVELOPE'`, `'EMESSAGE'`, `'ECONNECTION'` … or a number), `enhancedCode`, `message` and
 * `recipient`. Never throws and never changes the object: throwing getters, revoked proxies and
 * fields of the wrong type are skipped. Returns `[]` only for something that is not an object or
 * a string (a thrown string is read as its message), and for the `info` of a send that no
 * recipient refused.
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
  if (out.length || isSentInfo(err)) return out;
  const whole = readOne(err, null);
  return whole ? [whole] : [];
}

/**
 * Classifies what nodemailer reported: one result per refused recipient (each with its
 * `recipient`), or one for the whole error. Give it the error nodemailer threw, or the `info` of
 * a send that some recipients refused (there it returns `[]` when none was refused). Never throws;
 * anything unreadable gives one result flagged `malformed`.
 *
 * `options.command` wins over the command nodemailer recorded, as in {@link classify}.
 *
 * @example
 * ```ts
 * const info = await transporter.sendMail({ to: ['ann@example.com', 'bob@example.com'], … });
 * for (const r of classifyNodemailerError(info)) {
 *   if (r.bounce === 'hard') suppress(r.recipient); // bob@example.com: 550 5.1.1 user unknown
 * }
 * ```
 */
export function classifyNodemailerError(err: unknown, options?: ClassifyOptions): RecipientClassification[] {
  const failures = fromNodemailerError(err);
  if (failures.length === 0) {
    if (isSentInfo(err)) return [];
    return [{ ...classify(err, options), recipient: null }];
  }
  return failures.map((f) => ({
    ...classify(f.reply, { ...options, command: options?.command ?? f.command ?? undefined }),
    recipient: f.recipient,
  }));
}

/** A nodemailer `info` without refused recipients: it has `accepted` and no `rejectedErrors`. */
function isSentInfo(value: unknown): boolean {
  return readArray(readProp(value, 'rejectedErrors'), 1).length === 0 && Array.isArray(readProp(value, 'accepted'));
}

function readOne(obj: unknown, recipientFallback: string | null): NodemailerFailure | null {
  if (obj === null || typeof obj !== 'object') {
    const text = readText(obj);
    return text === null ? null : failure(text, null, null, null, null, null, recipientFallback);
  }
  const response = readText(readProp(obj, 'response'));
  const message = readText(readProp(obj, 'message')) ?? aggregateMessage(obj);
  const rawCode = readProp(obj, 'code');
  const code = replyCode(readProp(obj, 'responseCode')) ?? replyCode(rawCode);
  const errorCode = typeof rawCode === 'string' && replyCode(rawCode) === null ? rawCode.trim() || null : null;
  const enhancedRaw = readText(readProp(obj, 'enhancedCode')) ?? readText(readProp(obj, 'enhancedStatus'));
  const enhanced = enhancedRaw === null ? null : enhancedRaw.trim();
  const command = clientCommand(readProp(obj, 'command'));
  const recipient = readText(readProp(obj, 'recipient'))?.trim() ?? recipientFallback;
  if (response === null && message === null && code === null && enhanced === null) return null;
  return failure(response ?? message ?? '', code, enhanced, errorCode, response, message, recipient, command);
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

/** nodemailer writes `'CONN'`, `'RCPT TO'`, `'AUTH PLAIN'`; `'API'` means the client itself refused (no server reply). */
function clientCommand(value: unknown): SmtpCommand | null {
  if (typeof value === 'string' && value.trim().toUpperCase() === 'API') return null;
  return toCommand(value);
}

function replyCode(value: unknown): number | null {
  let n = NaN;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const t = value.trim();
    if (t.length === 3 && isDigit(t.charCodeAt(0)) && isDigit(t.charCodeAt(1)) && isDigit(t.charCodeAt(2)))
      n = Number(t);
  }
  return Number.isInteger(n) && n >= 200 && n <= 599 ? n : null;
}

/** Node's `AggregateError` (a refused connection to every address of a host) has an empty message. */
function aggregateMessage(obj: object): string | null {
  const parts: string[] = [];
  for (const e of readArray(readProp(obj, 'errors'), 16)) {
    const m = readText(readProp(e, 'message'));
    if (m !== null) parts.push(m);
  }
  return parts.length ? parts.join('; ') : null;
}
