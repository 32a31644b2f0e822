/**
 * Reads the human-readable bounce texts of mail servers that send no RFC 3464 report (qmail,
 * Exim, old Sendmail, OpenSMTPD, Gmail, Yahoo, Japanese carriers …) and fills in what a standard
 * report left out. The reading is driven by tables of recurring markers, not by one reader per
 * product:
 *
 * 1. The report is the text before the copy of the returned message ({@link RETURNED_MARKERS},
 *    or the first line of a copied header block).
 * 2. A recipient is an address that begins a line (`<a@b>:`, `a@b: 550 …`, an indented `a@b`) or
 *    follows a phrase that introduces one ({@link RECIPIENT_PHRASES}); the sender's addresses and
 *    the mailer daemon's own are left out.
 * 3. A recipient's diagnostic is the text after its address up to the next recipient; when that
 *    holds no reply, the first lines of the report that hold one.
 */
import { findAddresses } from './address.js';
import { findReplyCode, findStatus, MAX_DIAGNOSTIC, oneLine } from './reply.js';

/** Lines of text read at most. */
export const MAX_TEXT_LINES = 5000;
/** Lines of one recipient's diagnostic kept at most. */
const MAX_BLOCK_LINES = 30;

/** Line starts (lower-cased, after trimming) that mark the copy of the returned message. */
export const RETURNED_MARKERS: readonly string[] = [
  '--- below this line is a copy of the message',
  '------ this is a copy of the message',
  '------ this is a copy of your message',
  '----- original message -----',
  '----- original message follows',
  'message headers follow',
  'below is a copy of the original message',
  '------ original message ------',
  '----- the following is a copy of the message',
  '----- original message header follows',
  '--- the header of the original message is following',
  '----- unsent message below',
  '----- returned message',
  '-----original message-----',
  'original message headers',
  '--- original message follows',
  '------- returned message --------',
  'the original message headers are included',
  '------- the original message sent',
  '----- message header follows',
  '---- the original message ----',
  '-------- original message --------',
  '------------------ original message',
  'your message reads (in part)',
  '--- original mail ---',
  'this is a copy of the headers',
  '----- unsent message follows',
];

/** Header names (lower-case, with the colon) that begin a copied header block at the start of a line. */
const HEADER_STARTS: readonly string[] = [
  'received:',
  'return-path:',
  'x-original-to:',
  'delivered-to:',
  'dkim-signature:',
  'mime-version:',
  'message-id:',
  'content-type:',
  'x-received:',
  'authentication-results:',
  'arc-seal:',
];

/** Phrases (lower-cased) after which an address is a recipient, when no line starts with one. */
const RECIPIENT_PHRASES: readonly string[] = [
  'delivering your mail to',
  'delivery to the following recipient',
  'delivery to the following recipients',
  'could not be delivered to',
  'was not delivered to',
  'couldn’t be delivered to',
  "couldn't be delivered to",
  'unable to deliver to',
  'failed to deliver to',
  'undeliverable to',
  'delivery has failed to these recipients',
  'message to',
  'recipient:',
  'rcpt to:',
  'to:',
  'address:',
];

/** Words (lower-cased) that say the text reports a delay rather than a failure. */
const DELAY_MARKERS: readonly string[] = [
  'will continue trying',
  'will keep trying',
  'will be retried',
  'will retry',
  'still trying',
  'not yet been delivered',
  'has been delayed',
  'is delayed',
  'delivery delayed',
  'delayed mail',
  'warning: message',
  'could not be delivered yet',
  'this is only a warning',
  'you do not need to resend',
  'no need to resend',
];

/** Local parts of the mailer daemon's own addresses. */
const DAEMON_LOCALS: ReadonlySet<string> = new Set([
  'mailer-daemon',
  'mailer_daemon',
  'maildaemon',
  'mail-daemon',
  'postmaster',
  'mdaemon',
  'noreply',
  'no-reply',
  'double-bounce',
]);

/** A recipient read from the text. */
export interface TextRecipient {
  readonly recipient: string;
  /** The lines about it, on one line. */
  readonly diagnostic: string;
}

/** What the text says. */
export interface TextReading {
  readonly recipients: readonly TextRecipient[];
  /** Text of the report (before the returned message), on one line, capped. */
  readonly report: string;
  /** The text reports a delay, not a failure. */
  readonly delay: boolean;
  /** The text after the report (the copy of the returned message, if any), capped. */
  readonly returned: string;
}

/** Splits into lines (any line end), at most {@link MAX_TEXT_LINES}. */
function lines(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= text.length && out.length < MAX_TEXT_LINES) {
    let e = text.indexOf('\n', i);
    if (e < 0) e = text.length;
    const line = text.slice(i, e);
    out.push(line.endsWith('\r') ? line.slice(0, -1) : line);
    i = e + 1;
  }
  return out;
}

function isReturnedMarker(trimmedLower: string): boolean {
  for (const m of RETURNED_MARKERS) if (trimmedLower.startsWith(m)) return true;
  return false;
}

function startsHeaderBlock(line: string): boolean {
  const lower = line.slice(0, 32).toLowerCase();
  for (const h of HEADER_STARTS) if (lower.startsWith(h)) return true;
  return false;
}

/** The address that begins `line` (after spaces, quotes, `<`, a bullet), or `null`. */
function leadingAddress(line: string): { address: string; rest: string } | null {
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (
      c === 32 ||
      c === 9 ||
      c === 60 /* < */ ||
      c === 62 /* > */ ||
      c === 34 /* " */ ||
      c === 39 ||
      c === 42 /* * */ ||
      c === 45 ||
      c === 91 /* [ */
    )
      i++;
    else break;
  }
  if (i >= line.length) return null;
  const found = findAddresses(line.slice(i, i + 320), 1)[0];
  if (found?.start !== 0) return null;
  let rest = line.slice(i + found.end);
  if (rest.startsWith('>')) rest = rest.slice(1);
  // An address followed by prose (`a@b wrote:`) or inside a sentence is no recipient line.
  const next = rest.trimStart();
  if (next !== '' && !':.(;>,'.includes(next[0]!) && !(/* a reply after a space */ startsWithCode(next))) {
    if (rest.length === next.length) return null;
    if (!startsWithWordAfterSpace(next)) return null;
  }
  return { address: found.address, rest };
}

function startsWithCode(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 50 && c <= 53 && s.length >= 3 && isDigit(s.charCodeAt(1)) && isDigit(s.charCodeAt(2));
}

/** After the address, words we accept on a recipient line: `(reason`, `host …`, `SMTP error …`, `User unknown`. */
function startsWithWordAfterSpace(s: string): boolean {
  const lower = s.slice(0, 12).toLowerCase();
  return (
    lower.startsWith('host ') ||
    lower.startsWith('smtp') ||
    lower.startsWith('user ') ||
    lower.startsWith('mailbox') ||
    lower.startsWith('unknown') ||
    lower.startsWith('invalid') ||
    lower.startsWith('<') ||
    lower.startsWith('said') ||
    lower.startsWith('failed') ||
    lower.startsWith('error') ||
    lower.startsWith('r=') ||
    lower.startsWith('...')
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isExcluded(address: string, excluded: ReadonlySet<string>, daemon = false): boolean {
  const lower = address.toLowerCase();
  if (excluded.has(lower)) return true;
  return daemon && DAEMON_LOCALS.has(lower.slice(0, lower.lastIndexOf('@')));
}

/**
 * Reads the human-readable text of a bounce. `reporter` holds the lower-case addresses of the
 * report's author, never a recipient; `sender` adds the sender's (the report's `To`, the returned
 * message's `From`), left out where the text only mentions addresses in passing.
 */
export function readTextBody(
  text: string,
  reporter: ReadonlySet<string>,
  sender: ReadonlySet<string>,
  subject: string | null,
): TextReading {
  const all = lines(text);
  let end = all.length;
  let seenContent = false;
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const t = line.trim().toLowerCase();
    if (t === '') continue;
    if (isReturnedMarker(t) && seenContent) {
      end = i;
      break;
    }
    if (seenContent && startsHeaderBlock(line)) {
      end = i;
      break;
    }
    seenContent = true;
  }
  const report = all.slice(0, end);

  // Recipients that begin a line.
  const starts: { index: number; address: string; rest: string }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < report.length; i++) {
    const lead = leadingAddress(report[i]!);
    if (!lead || isExcluded(lead.address, reporter)) continue;
    const key = lead.address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    starts.push({ index: i, address: lead.address, rest: lead.rest });
  }
  // Else recipients after an introducing phrase, else any address of the report.
  if (starts.length === 0) {
    for (let i = 0; i < report.length; i++) {
      const line = report[i]!;
      const lower = line.toLowerCase();
      for (const phrase of RECIPIENT_PHRASES) {
        const at = lower.indexOf(phrase);
        if (at < 0) continue;
        const after = line.slice(at + phrase.length);
        const found = findAddresses(after, 1)[0];
        let address = found?.address;
        let index = i;
        let rest = found ? after.slice(found.end) : '';
        if (!found || after.slice(0, found.start).trim().replace('<', '').replace('"', '') !== '') {
          // The address may stand on the next non-blank line.
          if (after.trim() !== '' && after.trim() !== ':') continue;
          let j = i + 1;
          while (j < report.length && report[j]!.trim() === '') j++;
          const next = j < report.length ? leadingAddress(report[j]!) : null;
          if (!next) continue;
          address = next.address;
          index = j;
          rest = next.rest;
        }
        if (!address || isExcluded(address, sender)) continue;
        const key = address.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        starts.push({ index, address, rest });
        break;
      }
    }
  }
  if (starts.length === 0) {
    for (let i = 0; i < report.length && starts.length < 100; i++) {
      const line = report[i]!;
      for (const f of findAddresses(line, 100)) {
        if (isExcluded(f.address, sender, true)) continue;
        const key = f.address.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        starts.push({ index: i, address: f.address, rest: line.slice(f.end) });
      }
    }
  }

  const reportText = oneLine(report.join('\n'));
  const fallback = firstReplyLines(report);
  const recipients: TextRecipient[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    const stop = Math.min(k + 1 < starts.length ? starts[k + 1]!.index : report.length, s.index + 1 + MAX_BLOCK_LINES);
    let block = oneLine([stripLead(s.rest), ...report.slice(s.index + 1, stop)].join('\n'));
    if (findReplyCode(block) === null && findStatus(block) === null) {
      // No reply after the address: the reason may stand before it (`Delivery failed: a@b`,
      // a reason line above the address), else take the report's first reply.
      if (fallback) block = fallback;
      else if (block.length < 12) {
        block = oneLine(`${linesBefore(report, k > 0 ? starts[k - 1]!.index + 1 : 0, s.index, s.address)} ${block}`);
      }
    }
    recipients.push({ recipient: s.address, diagnostic: block.slice(0, MAX_DIAGNOSTIC) });
  }

  const lowerReport = `${subject ?? ''}\n${reportText}`.toLowerCase();
  const delay = DELAY_MARKERS.some((m) => lowerReport.includes(m));
  const returned = all.slice(end, end + 400).join('\n');
  return { recipients, report: reportText, delay, returned };
}

/** `: 550 …` / `... User unknown` → the text without its leading punctuation. */
function stripLead(rest: string): string {
  let i = 0;
  while (i < rest.length && ':.>;, \t'.includes(rest[i]!)) i++;
  return rest.slice(i);
}

/** The first line of the report holding a reply code or a status, with the lines after it up to a blank one. */
function firstReplyLines(report: readonly string[]): string {
  for (let i = 0; i < report.length; i++) {
    const line = report[i]!;
    if (findReplyCode(line) === null && findStatus(line) === null) continue;
    const out = [line];
    for (let j = i + 1; j < report.length && j < i + 8 && report[j]!.trim() !== ''; j++) out.push(report[j]!);
    return oneLine(out.join('\n'));
  }
  return '';
}

/** The last few non-blank lines from `from` up to line `at`, and the text of line `at` before `address`. */
function linesBefore(report: readonly string[], from: number, at: number, address: string): string {
  const out: string[] = [];
  for (let i = at - 1; i >= from && out.length < 4; i--) {
    const t = report[i]!.trim();
    if (t === '') {
      if (out.length > 0) break;
      continue;
    }
    out.unshift(t);
  }
  const line = report[at] ?? '';
  const cut = line.indexOf(address);
  const head = cut > 0 ? line.slice(0, cut).trim() : '';
  if (head.endsWith('<')) out.push(head.slice(0, -1).trim());
  else if (head) out.push(head);
  return out.join(' ');
}
