import { isDigit } from '../reply/chars.js';
import type { LogEvent, LogEventKind, UnreadableLine } from './log-event.js';
import { splitSyslog, unbracket } from './log-fields.js';
import { isEximMessageId } from './tokens.js';
import { unwrapDetail } from './detail.js';
import { splitHost } from './host.js';
import { readyReply } from './reply.js';

/** Exim's delivery flags (Exim spec, "Log files": flags in log lines). */
const FLAGS: ReadonlyMap<string, LogEventKind> = new Map<string, LogEventKind>([
  ['**', 'bounced'],
  ['==', 'deferred'],
  ['=>', 'sent'],
  ['->', 'sent'],
  ['>>', 'sent'],
  ['*>', 'other'],
]);

/** Tokens looked at for `<message id> <flag>`: timestamp, optional zone, `[pid]`, syslog prefix. */
const MAX_PREFIX_TOKENS = 12;

/**
 * An Exim main log line for a delivery: `<id> ** a@b R=dnslookup T=remote_smtp H=mx [192.0.2.1]: SMTP error from
 * remote mail server after RCPT TO:<a@b>: 550 …` (failed), `== a@b … defer (-44) …: …` (deferred),
 * `=> a@b … C="250 …"` (delivered). With or without Exim's own timestamp, and through syslog.
 * `null` for other lines (arrivals `<=`, `Completed`, rejections of incoming mail).
 */
export function readExim(line: string): LogEvent | UnreadableLine | null {
  const n = line.length;
  let i = 0;
  let prevStart = -1;
  let prevEnd = -1;
  let idStart = -1;
  let kind: LogEventKind | undefined;
  let flag = '';
  for (let t = 0; t < MAX_PREFIX_TOKENS && i < n; t++) {
    while (i < n && line.charCodeAt(i) === 32) i++;
    const start = i;
    while (i < n && line.charCodeAt(i) !== 32) i++;
    if (i - start === 2 && prevStart >= 0) {
      const k = FLAGS.get(line.slice(start, i));
      if (k && isEximMessageId(line.slice(prevStart, prevEnd))) {
        kind = k;
        flag = line.slice(start, i);
        idStart = prevStart;
        break;
      }
    }
    prevStart = start;
    prevEnd = i;
  }
  if (kind === undefined) return null;
  const queueId = line.slice(idStart, prevEnd);

  // The recipient, then fields up to the ": " that begins the message.
  while (i < n && line.charCodeAt(i) === 32) i++;
  let s = i;
  while (i < n && line.charCodeAt(i) !== 32) i++;
  let recipientToken = line.slice(s, i);
  let done = false;
  if (recipientToken.endsWith(':')) {
    recipientToken = recipientToken.slice(0, -1);
    done = true;
  }
  const recipient = unbracket(recipientToken);
  if (recipient === null) return { unreadable: `Exim ${flag} line without a recipient` };

  let originalRecipient: string | null = null;
  let host: string | null = null;
  let ip: string | null = null;
  let confirmation: string | null = null;
  while (!done && i < n) {
    while (i < n && line.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    if (line.charCodeAt(i) === 58) {
      i++;
      break;
    }
    const eq = exiKeyEnd(line, i);
    if (eq > 0 && line.charCodeAt(eq + 1) === 34) {
      // K="quoted value" (C="250 OK", DN="CN=…"): up to the closing quote.
      const close = closingQuote(line, eq + 2);
      const value = line.slice(eq + 2, close);
      if (line.slice(i, eq) === 'C') confirmation = value;
      i = Math.min(n, close + 1);
      if (line.charCodeAt(i) === 58) {
        i++;
        done = true;
      }
      continue;
    }
    if (eq > 0 && line.slice(i, eq) === 'H') {
      // H=name [ip]:port — the name, then the address in brackets when it follows.
      s = eq + 1;
      i = s;
      while (i < n && line.charCodeAt(i) !== 32 && line.charCodeAt(i) !== 91) i++;
      let end = i;
      if (line.charCodeAt(i) === 32 && line.charCodeAt(i + 1) === 91) i++;
      if (line.charCodeAt(i) === 91) {
        const close = line.indexOf(']', i);
        i = close < 0 ? n : close + 1;
        if (line.charCodeAt(i) === 58 && isDigit(line.charCodeAt(i + 1))) {
          i++;
          while (i < n && isDigit(line.charCodeAt(i))) i++;
        }
        end = i;
      }
      let value = line.slice(s, end);
      if (value.endsWith(':')) value = value.slice(0, -1);
      ({ host, ip } = splitHost(value));
      if (line.charCodeAt(i) === 58) {
        i++;
        done = true;
      } else if (line.slice(s, end).endsWith(':')) {
        done = true;
      }
      continue;
    }
    s = i;
    while (i < n && line.charCodeAt(i) !== 32) i++;
    let token = line.slice(s, i);
    if (token.endsWith(':')) {
      token = token.slice(0, -1);
      done = true;
    }
    if (token.startsWith('<') && originalRecipient === null) originalRecipient = unbracket(token);
  }

  // A local delivery logs the local part first and the address in brackets: `=> ann <ann@example.com>`.
  let to = recipient;
  if (!to.includes('@') && originalRecipient !== null && originalRecipient.includes('@')) to = originalRecipient;

  const message = line.slice(i).trim();
  const text = message || confirmation || '';
  const detail = unwrapDetail(text);
  if (host === null && detail.host !== null) ({ host, ip } = detail);
  return {
    format: 'exim',
    kind,
    status: flag,
    reply: readyReply(unescapeNewlines(detail.text), null, null),
    command: detail.command,
    recipient: to,
    recipients: [to],
    originalRecipient,
    host,
    ip,
    dsn: null,
    queueId,
    timestamp: timestampOf(line, idStart),
    text,
  };
}

/** If an Exim field key (1–3 capital letters) followed by `=` starts at `i`, the index of `=`; else -1. */
function exiKeyEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i < 3) {
    const c = s.charCodeAt(j);
    if (c >= 65 && c <= 90) j++;
    else break;
  }
  return j > i && s.charCodeAt(j) === 61 ? j : -1;
}

/** Index of the `"` closing a value that began at `from` (a `\"` does not close it), or the line's end. */
function closingQuote(s: string, from: number): number {
  for (let j = from; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 34) return j;
  }
  return s.length;
}

/** Exim writes a multi-line reply's line breaks as the two characters `\n`. */
function unescapeNewlines(s: string): string {
  return s.includes('\\n') ? s.split('\\n').join('\n') : s;
}

/** Exim's own timestamp (`2024-01-10 10:00:01.123 +0000`), or syslog's when Exim logged through syslog. */
function timestampOf(line: string, idStart: number): string | null {
  const sys = splitSyslog(line);
  if (sys && sys.message <= idStart) return sys.timestamp;
  let prefix = line.slice(0, idStart).trim();
  if (prefix.endsWith(']')) {
    const open = prefix.lastIndexOf(' [');
    if (open >= 0) prefix = prefix.slice(0, open).trim();
    else if (prefix.startsWith('[')) prefix = '';
  }
  return prefix === '' ? null : prefix;
}
