import type { SmtpCommand } from '../types.js';
import { commandOf } from './command.js';
import { splitHost } from './host.js';

/** What an MTA wrote about one attempt, with its own wording taken off the server's reply. */
export interface Detail {
  /** The server's reply when one was quoted, else the MTA's reason, trimmed. */
  readonly text: string;
  /** The command the reply answered, when the wording names it. */
  readonly command: SmtpCommand | null;
  /** The remote host the wording names (`host mx.example.com[192.0.2.1] said:`). */
  readonly host: string | null;
  /** The address in brackets beside that host. */
  readonly ip: string | null;
}

const IN_REPLY_TO = '(in reply to ';
const SUSPENDED = 'delivery temporarily suspended: ';
const SAID = ' said: ';
const REFUSED = ' refused to talk to me: ';
const SMTP_ERROR = 'SMTP error from remote ';

/**
 * Takes the MTA's wording off a quoted reply:
 * Postfix `host H[IP] said: REPLY (in reply to RCPT TO command)`, `host H[IP] refused to talk to
 * me: REPLY`, `connect to H[IP]:25: reason`, `lost connection with H[IP] while sending RCPT TO`;
 * Exim `SMTP error from remote mail server after RCPT TO:<a@b>: REPLY`. Other text is kept whole.
 */
export function unwrapDetail(raw: string): Detail {
  let t = raw.trim();
  let command: SmtpCommand | null = null;
  let host: string | null = null;
  let ip: string | null = null;

  // Postfix: a trailing "(in reply to end of DATA command)".
  if (t.endsWith(')')) {
    const at = t.lastIndexOf(IN_REPLY_TO);
    if (at >= 0) {
      let phrase = t.slice(at + IN_REPLY_TO.length, -1).trim();
      if (phrase.toLowerCase().endsWith(' command')) phrase = phrase.slice(0, -8);
      command = commandOf(phrase);
      t = t.slice(0, at).trimEnd();
    }
  }
  if (t.startsWith(SUSPENDED)) t = t.slice(SUSPENDED.length);

  if (t.startsWith('host ')) {
    const said = t.indexOf(SAID, 5);
    const refused = t.indexOf(REFUSED, 5);
    const end = said >= 0 && (refused < 0 || said < refused) ? said : refused;
    if (end >= 0) {
      ({ host, ip } = splitHost(t.slice(5, end)));
      if (end === refused) command ??= 'CONNECT';
      t = t.slice(end + (end === said ? SAID.length : REFUSED.length)).trim();
    }
  } else if (t.startsWith('connect to ')) {
    const colon = t.indexOf(': ', 11);
    if (colon > 0) ({ host, ip } = splitHost(t.slice(11, colon)));
    command ??= 'CONNECT';
  } else if (t.startsWith('lost connection with ') || t.startsWith('conversation with ')) {
    const from = t.indexOf(' with ') + 6;
    const space = t.indexOf(' ', from);
    if (space > 0) ({ host, ip } = splitHost(t.slice(from, space)));
    const w = t.indexOf(' while ', from);
    if (w > 0) command ??= commandOf(whilePhrase(t.slice(w + 7)));
  } else if (t.startsWith(SMTP_ERROR)) {
    const after = t.indexOf(' after ', SMTP_ERROR.length);
    if (after > 0) {
      const reply = replyAfterPhrase(t, after + 7);
      if (reply > 0) {
        command ??= commandOf(t.slice(after + 7, reply - 2));
        t = t.slice(reply).trim();
      }
    }
  } else {
    // Exim: "Remote host closed connection in response to end of data", "SMTP timeout after RCPT TO:<a@b>".
    const at = t.indexOf(' in response to ');
    if (at >= 0) command ??= commandOf(t.slice(at + 16));
    else if (t.startsWith('SMTP timeout after ')) command ??= commandOf(t.slice(19));
  }
  return { text: t, command, host, ip };
}

/** `sending RCPT TO`, `receiving the initial server greeting`, `performing the EHLO handshake` → the object. */
function whilePhrase(s: string): string {
  const dash = s.indexOf(' -- ');
  const p = dash >= 0 ? s.slice(0, dash) : s;
  const space = p.indexOf(' ');
  if (space < 0) return p;
  const verb = p.slice(0, space);
  return verb === 'sending' || verb === 'receiving' || verb === 'performing' ? p.slice(space + 1) : p;
}

/**
 * In `RCPT TO:<a@b>: 550 …` (starting at `from`), the index of the reply: the first `": "` that is
 * followed by a digit. -1 when there is none.
 */
function replyAfterPhrase(s: string, from: number): number {
  for (let i = s.indexOf(': ', from); i >= 0; i = s.indexOf(': ', i + 1)) {
    const c = s.charCodeAt(i + 2);
    if (c >= 48 && c <= 57) return i + 2;
  }
  return -1;
}
