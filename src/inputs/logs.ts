import { SmtpReplyError } from '../errors.js';
import type { LogEvent, UnreadableLine } from './log-event.js';
import { splitSyslog } from './log-fields.js';
import { readPostfix } from './log-postfix.js';
import { readSendmail } from './log-sendmail.js';
import { readExim } from './log-exim.js';

/**
 * Reads one line of a mail server's log: a Postfix delivery agent's `status=` line, an Exim main
 * log delivery line (`**`, `==`, `=>`, `->`, `>>`, `*>`), or a Sendmail `to=… stat=` line — from
 * syslog files, journald text output or Exim's own main log. Gives the outcome (`kind`), the
 * recipient, the remote host, the `dsn` and a reply ready for {@link classify}, with the log's
 * own wording (`host … said:`, `(in reply to RCPT TO command)`, `SMTP error from remote mail
 * server after …:`) taken off and the command it named kept in `command`.
 *
 * Returns `null` for lines that are not delivery attempts (connections, arrivals, incoming
 * rejections, other programs, blank lines). Never throws for any string, and runs in time linear
 * in the line's length; throws {@link SmtpReplyError} (`invalid-input`) when given no string.
 *
 * @example
 * ```ts
 * const e = parseLogLine(
 *   'Jan 10 10:00:01 mail postfix/smtp[12345]: 4F9D5C1234: to=<john@example.com>, ' +
 *   'relay=mx.example.com[192.0.2.10]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced ' +
 *   '(host mx.example.com[192.0.2.10] said: 550 5.1.1 <john@example.com>: Recipient address rejected: ' +
 *   'User unknown in virtual mailbox table (in reply to RCPT TO command))');
 * e?.kind;    // 'bounced'
 * e?.reply;   // '550 5.1.1 <john@example.com>: Recipient address rejected: User unknown in virtual mailbox table'
 * e?.command; // 'RCPT'
 * classify(e!.reply, { command: e!.command ?? undefined }).bounce; // 'hard'
 * ```
 */
export function parseLogLine(line: string): LogEvent | null {
  const r = readLogLine(line);
  return r === null || 'unreadable' in r ? null : r;
}

/**
 * Like {@link parseLogLine}, but tells a line that is no delivery attempt (`null`) from one that is
 * a known server's delivery line and could not be read (`{ unreadable: reason }`). For tools that
 * count what they could not read, such as `smtp-reply scan`.
 */
export function readLogLine(line: string): LogEvent | UnreadableLine | null {
  if (typeof line !== 'string') {
    throw new SmtpReplyError(
      'invalid-input',
      `parseLogLine expects one line of text, got ${line === null ? 'null' : `a ${typeof line}`}`,
    );
  }
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 10 || line.charCodeAt(end - 1) === 13)) end--;
  const s = end === line.length ? line : line.slice(0, end);
  if (s.trim() === '') return null;
  const sys = splitSyslog(s);
  if (sys) {
    const p = sys.program;
    // `postfix/smtp`, `postfix-out/smtp`, `postfix/submission/smtp`; `sm-mta`, `sm-msp-queue`, `sendmail`.
    const reader =
      p.startsWith('postfix/') || p.startsWith('postfix-')
        ? readPostfix
        : p === 'sendmail' || p.startsWith('sendmail/') || p.startsWith('sm-')
          ? readSendmail
          : null;
    const r = reader ? reader(s, sys) : null;
    if (r !== null) return r;
  }
  // Exim's own main log has no program tag (its first "word:" may be an address), or Exim logged through syslog.
  return readExim(s);
}
