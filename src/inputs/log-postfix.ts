import type { LogEvent, LogEventKind, UnreadableLine } from './log-event.js';
import { enhancedOf, field, queueIdEnd, scanFields, unbracket, type SyslogLine } from './log-fields.js';
import { unwrapDetail } from './detail.js';
import { splitHost } from './host.js';
import { readyReply } from './reply.js';

const KINDS: Readonly<Record<string, LogEventKind>> = {
  bounced: 'bounced',
  expired: 'bounced',
  deferred: 'deferred',
  sent: 'sent',
};

/**
 * A Postfix delivery agent's line (`postfix/smtp`, `postfix/lmtp`, `postfix/local`, `postfix/virtual`,
 * `postfix/pipe`, `postfix/error` …):
 * `QUEUEID: to=<a@b>, relay=mx[192.0.2.1]:25, delay=1, delays=…, dsn=5.1.1, status=bounced (host mx[192.0.2.1] said: 550 … (in reply to RCPT TO command))`.
 * Also `postfix/qmgr`'s `QUEUEID: from=<s>, status=expired, returned to sender`: the message stayed
 * in the queue too long and went back to its sender, a final failure (see {@link readExpired}).
 * `null` for the program's other lines (connections, `NOQUEUE: reject:`, other `from=`, `removed`).
 */
export function readPostfix(line: string, sys: SyslogLine): LogEvent | UnreadableLine | null {
  const idEnd = queueIdEnd(line, sys.message);
  if (idEnd < 0) return null;
  const start = idEnd + 2;
  if (line.startsWith('from=', start)) return readExpired(line, sys, start, idEnd);
  if (!line.startsWith('to=', start)) return null;
  const fields = scanFields(line, start, 'status');
  const status = field(fields, 'status');
  if (status === null || status === '') return { unreadable: 'Postfix line with to= but no status=' };

  let word = status;
  let text = '';
  const open = status.indexOf(' (');
  if (open >= 0) {
    word = status.slice(0, open);
    const rest = status.slice(open + 1).trim();
    text = rest.endsWith(')') ? rest.slice(1, -1).trim() : rest.slice(1).trim();
  } else {
    const space = status.indexOf(' ');
    if (space >= 0) {
      word = status.slice(0, space);
      text = status.slice(space + 1).trim();
    }
  }

  const dsn = enhancedOf(field(fields, 'dsn'));
  const detail = unwrapDetail(text);
  const relay = field(fields, 'relay');
  const relayed = relay === null || relay === 'none' ? { host: null, ip: null } : splitHost(relay);
  const recipient = unbracket(field(fields, 'to'));
  return {
    format: 'postfix',
    kind: KINDS[word] ?? 'other',
    status: word,
    reply: readyReply(detail.text, null, dsn),
    command: detail.command,
    recipient,
    recipients: recipient === null ? [] : [recipient],
    originalRecipient: unbracket(field(fields, 'orig_to')),
    host: relayed.host ?? detail.host,
    ip: relayed.ip ?? detail.ip,
    dsn,
    queueId: line.slice(sys.message, idEnd),
    timestamp: sys.timestamp,
    text,
  };
}

/**
 * `QUEUEID: from=<s>, status=expired, returned to sender` (qmgr): the message expired in the queue.
 * Postfix names no recipient and logs no reply here, so `recipient` is `null` and `reply` is the
 * status in words (`message expired, returned to sender`), which classify() reads as `expired`
 * (final). `null` for any other `from=` line.
 */
function readExpired(line: string, sys: SyslogLine, start: number, idEnd: number): LogEvent | null {
  const status = field(scanFields(line, start, 'status'), 'status');
  if (status === null || !status.startsWith('expired')) return null;
  let text = status.slice('expired'.length).trim();
  if (text.startsWith(',') || text.startsWith(';') || text.startsWith(':')) text = text.slice(1).trim();
  return {
    format: 'postfix',
    kind: 'bounced',
    status: 'expired',
    reply: text ? `message expired, ${text}` : 'message expired',
    command: null,
    recipient: null,
    recipients: [],
    originalRecipient: null,
    host: null,
    ip: null,
    dsn: null,
    queueId: line.slice(sys.message, idEnd),
    timestamp: sys.timestamp,
    text,
  };
}
