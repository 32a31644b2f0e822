import type { LogEvent, LogEventKind, UnreadableLine } from './log-event.js';
import { enhancedOf, field, queueIdEnd, scanFields, unbracket, type SyslogLine } from './log-fields.js';
import { unwrapDetail } from './detail.js';
import { splitHost } from './host.js';
import { readyReply } from './reply.js';

const REPLY_FIELD = ', reply=';

/**
 * A Sendmail delivery line (`sm-mta`, `sendmail`, `sm-msp-queue`):
 * `QUEUEID: to=<a@b>, ctladdr=…, delay=…, mailer=esmtp, pri=…, relay=mx.example.com. [192.0.2.1], dsn=5.1.1, stat=User unknown`;
 * `stat=Deferred: 451 4.7.1 …`, `stat=Sent (Ok: queued as …)`; a `reply=` field when logged.
 * `null` for its other lines (`from=`, `NOQUEUE`, `lost input channel` …).
 */
export function readSendmail(line: string, sys: SyslogLine): LogEvent | UnreadableLine | null {
  const idEnd = queueIdEnd(line, sys.message);
  if (idEnd < 0) return null;
  const start = idEnd + 2;
  if (!line.startsWith('to=', start)) return null;
  const fields = scanFields(line, start, 'stat');
  let stat = field(fields, 'stat');
  if (stat === null || stat === '') return { unreadable: 'Sendmail line with to= but no stat=' };
  let reply = field(fields, 'reply');
  const r = stat.indexOf(REPLY_FIELD);
  if (r >= 0) {
    reply ??= stat.slice(r + REPLY_FIELD.length).trim();
    stat = stat.slice(0, r).trim();
  }

  const dsn = enhancedOf(field(fields, 'dsn'));
  let word: string;
  let reason: string;
  let kind: LogEventKind;
  if (startsWithWord(stat, 'Sent')) {
    kind = 'sent';
    word = 'Sent';
    const rest = stat.slice(4).trim();
    reason = rest.startsWith('(') && rest.endsWith(')') ? rest.slice(1, -1).trim() : rest;
  } else if (startsWithWord(stat, 'Deferred')) {
    kind = 'deferred';
    word = 'Deferred';
    reason = stat.slice(stat.charCodeAt(8) === 58 ? 9 : 8).trim();
  } else if (startsWithWord(stat, 'queued')) {
    kind = 'other';
    word = 'queued';
    reason = stat.slice(6).trim();
  } else {
    kind = dsn?.startsWith('4') ? 'deferred' : 'bounced';
    word = stat;
    reason = stat;
  }

  const detail = unwrapDetail(reply ?? reason);
  const relay = field(fields, 'relay');
  const relayed = relay === null ? { host: null, ip: null } : splitHost(relay);
  const recipients = splitRecipients(field(fields, 'to'));
  return {
    format: 'sendmail',
    kind,
    status: word,
    reply: readyReply(detail.text, null, dsn),
    command: detail.command,
    recipient: recipients[0] ?? null,
    recipients,
    originalRecipient: null,
    host: relayed.host ?? detail.host,
    ip: relayed.ip ?? detail.ip,
    dsn,
    queueId: line.slice(sys.message, idEnd),
    timestamp: sys.timestamp,
    text: stat,
  };
}

/** `stat` begins with `word` followed by nothing, a space, `:` or `(`. */
function startsWithWord(stat: string, word: string): boolean {
  if (!stat.startsWith(word)) return false;
  const c = stat.charCodeAt(word.length);
  return Number.isNaN(c) || c === 32 || c === 58 || c === 40;
}

/** `<a@b>,<c@d>` or `a@b,c@d` → the addresses. */
function splitRecipients(value: string | null): string[] {
  const out: string[] = [];
  if (value === null) return out;
  for (const part of value.split(',')) {
    const a = unbracket(part);
    if (a !== null) out.push(a);
  }
  return out;
}
