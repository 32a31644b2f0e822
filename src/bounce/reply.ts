/**
 * From a diagnostic text to the recipient's reply facts: the reply code, the enhanced status
 * code, the command it answered, and the classification. The classification is `classify()`'s:
 * this module only hands it the reply with the status the report gave.
 */
import { classify, type Classification, type Locale, type SmtpCommand } from '../index.js';
import { ENHANCED_STATUS_REGEX, REPLY_CODE_REGEX } from './regex.js';

/** Longest diagnostic kept, in characters. */
export const MAX_DIAGNOSTIC = 4096;

/** Reply codes looked at in one text, at most. */
const MAX_CODES = 200;

/**
 * The reply code of the failure `text` reports, and where it starts: the first code of class
 * `klass` (the report's status class) when given and present, else the first 4xx or 5xx (a
 * session transcript lists the 2xx replies before the one that failed), else the first code.
 */
export function findReplyCode(text: string, klass?: string): { code: number; index: number } | null {
  REPLY_CODE_REGEX.lastIndex = 0;
  let first: RegExpExecArray | null = null;
  let failure: RegExpExecArray | null = null;
  let n = 0;
  for (let m = REPLY_CODE_REGEX.exec(text); m && n < MAX_CODES; m = REPLY_CODE_REGEX.exec(text), n++) {
    first ??= m;
    if (klass !== undefined && m[0][0] === klass) {
      failure = m;
      break;
    }
    if (failure === null && m[0][0] !== '2' && m[0][0] !== '3') {
      failure = m;
      if (klass === undefined) break;
    }
  }
  const m = failure ?? first;
  return m ? { code: Number(m[0]), index: m.index } : null;
}

/** The first enhanced status code in `text`, or `null`. With `klass`, the first of that class. */
export function findStatus(text: string, klass?: string): string | null {
  ENHANCED_STATUS_REGEX.lastIndex = 0;
  for (let m = ENHANCED_STATUS_REGEX.exec(text); m; m = ENHANCED_STATUS_REGEX.exec(text)) {
    if (klass === undefined || m[0][0] === klass) return m[0];
  }
  return null;
}

/** Phrases naming the command a reply answered, upper-cased, most specific first. */
const COMMAND_MARKERS: readonly (readonly [string, SmtpCommand])[] = [
  ['RCPT TO', 'RCPT'],
  ['RCPT', 'RCPT'],
  ['MAIL FROM', 'MAIL'],
  ['END OF DATA', 'DATA'],
  ['FINAL DATA', 'DATA'],
  ['AFTER DATA', 'DATA'],
  ['DATA COMMAND', 'DATA'],
  ['TO DATA', 'DATA'],
  ['BODY TRANSMISSION', 'DATA'],
  ['END OF MESSAGE', 'DATA'],
  ['AFTER MESSAGE', 'DATA'],
  ['STARTTLS', 'STARTTLS'],
  ['EHLO', 'EHLO'],
  ['HELO', 'HELO'],
  ['INITIAL CONNECTION', 'CONNECT'],
  ['SMTP GREETING', 'CONNECT'],
  ['CONNECT TO', 'CONNECT'],
  ['CONNECTION', 'CONNECT'],
];

/** The command the wrapping text says the reply answered, if it says. */
export function findCommand(text: string): SmtpCommand | null {
  const up = text.length > MAX_DIAGNOSTIC ? text.slice(0, MAX_DIAGNOSTIC).toUpperCase() : text.toUpperCase();
  for (const [marker, command] of COMMAND_MARKERS) {
    const at = up.indexOf(marker);
    if (at < 0) continue;
    // A whole word only: `RCPT` but not `XRCPTY`.
    const before = at === 0 ? 32 : up.charCodeAt(at - 1);
    const after = at + marker.length >= up.length ? 32 : up.charCodeAt(at + marker.length);
    if (isWordChar(before) || isWordChar(after)) continue;
    return command;
  }
  return null;
}

function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** White space runs folded to one space, trimmed, capped. */
export function oneLine(text: string): string {
  let out = '';
  let space = false;
  const n = Math.min(text.length, MAX_DIAGNOSTIC);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += text[i];
  }
  return out;
}

/** Facts of one recipient's reply, before classification. */
export interface ReplyFacts {
  readonly code: number | null;
  readonly status: string | null;
  readonly command: SmtpCommand | null;
}

/**
 * The reply `classify()` gets: the diagnostic from its reply code on, with the report's status
 * put after the code when the text itself carries no enhanced code (`550 5.1.1 text`).
 */
export function replyForClassify(diagnostic: string, facts: ReplyFacts): string {
  const found = findReplyCode(diagnostic, facts.status?.[0]);
  let text = found ? diagnostic.slice(found.index + 3).trim() : diagnostic;
  if (text.startsWith('-')) text = text.slice(1).trim();
  const hasStatus = findStatus(text) !== null;
  const code = facts.code ?? (found ? found.code : null);
  const parts: string[] = [];
  if (code !== null) parts.push(String(code));
  if (facts.status !== null && !hasStatus) parts.push(facts.status);
  if (text) parts.push(text);
  return parts.join(' ');
}

/** `classify()` for one recipient, with its command; never throws. */
export function classifyRecipient(
  diagnostic: string,
  facts: ReplyFacts,
  locale: Locale | undefined,
  final = false,
): Classification {
  const reply = replyForClassify(diagnostic, facts);
  // A recipient the report says failed (Action: failed) is final: the sender gave up.
  const options = { command: facts.command ?? undefined, final, ...(locale ? { locale } : {}) };
  try {
    return classify(reply, options);
  } catch {
    return classify('', options);
  }
}
