/**
 * The one reader of error objects: what mail clients throw (nodemailer's `response`,
 * `responseCode`, `command`, `recipient`; others' `code`, `enhancedCode`, `message`), read
 * defensively (a throwing getter or a field of the wrong type gives `null`, never an exception).
 */
import type { SmtpCommand } from '../types.js';
import { isDigit } from '../reply/chars.js';
import { toCommand } from './command.js';
import { readArray, readProp, readText } from './read.js';

/** The fields of an error object that say what the server replied. */
export interface ErrorFields {
  /** The server's full reply (`response`). */
  readonly response: string | null;
  /** The error message (`message`, or the messages of an aggregate error's `errors`). */
  readonly message: string | null;
  /** A basic reply code 200–599 (`responseCode`, else a numeric `code`). */
  readonly code: number | null;
  /** A client error code such as `EENVELOPE` (a `code` that is not a reply code). */
  readonly errorCode: string | null;
  /** An enhanced code given beside the text (`enhancedCode`, `enhancedStatus`), trimmed. */
  readonly enhanced: string | null;
  /** The command that got the reply; nodemailer's `'API'` (its own checks) is none. */
  readonly command: SmtpCommand | null;
  /** The recipient the error is about (nodemailer's `rejectedErrors[i].recipient`). */
  readonly recipient: string | null;
}

/** Reads the reply fields of an error object. */
export function readErrorFields(obj: object): ErrorFields {
  const rawCode = readProp(obj, 'code');
  const code = replyCode(readProp(obj, 'responseCode')) ?? replyCode(rawCode);
  const enhanced = readText(readProp(obj, 'enhancedCode')) ?? readText(readProp(obj, 'enhancedStatus'));
  const command = readProp(obj, 'command');
  return {
    response: readText(readProp(obj, 'response')),
    message: readText(readProp(obj, 'message')) ?? aggregateMessage(obj),
    code,
    errorCode: typeof rawCode === 'string' && replyCode(rawCode) === null ? rawCode.trim() || null : null,
    enhanced: enhanced === null ? null : enhanced.trim(),
    command: typeof command === 'string' && command.trim().toUpperCase() === 'API' ? null : toCommand(command),
    recipient: readText(readProp(obj, 'recipient'))?.trim() ?? null,
  };
}

/** A reply code 200–599 given as a number or as three ASCII digits; `null` otherwise. */
export function replyCode(value: unknown): number | null {
  let n = Number.NaN;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const t = value.trim();
    if (t.length === 3 && isDigit(t.charCodeAt(0)) && isDigit(t.charCodeAt(1)) && isDigit(t.charCodeAt(2)))
      n = Number(t);
  }
  return Number.isInteger(n) && n >= 200 && n <= 599 ? n : null;
}

/** The messages of an aggregate error (`errors`, as `AggregateError` and some clients use). */
function aggregateMessage(obj: object): string | null {
  const parts: string[] = [];
  for (const e of readArray(readProp(obj, 'errors'), 16)) {
    const m = readText(readProp(e, 'message'));
    if (m !== null) parts.push(m);
  }
  return parts.length ? parts.join('; ') : null;
}
