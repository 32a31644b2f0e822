import type { SmtpCommand } from '../types.js';
import { SmtpReplyError } from '../errors.js';
import { isEnhancedCode } from '../reply/enhanced.js';
import type { ReplyContext } from './types.js';
import { isFieldName } from './tokens.js';
import { unwrapDetail } from './detail.js';
import { readyReply } from './reply.js';

/**
 * The `Action` of a per-recipient DSN group (RFC 3464 §2.3.3): `failed` (a bounce), `delayed`
 * (still being retried), `delivered`, `relayed` (handed to a system that sends no DSNs),
 * `expanded` (delivered to a list or alias).
 *
 * @example
 * ```ts
 * const failed = report.recipients.filter((r) => r.action === 'failed');
 * ```
 */
export type DsnAction = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';

/**
 * One field of a delivery-status part, as written.
 *
 * @example
 * ```ts
 * parseDsnFields('Reporting-MTA: dns; mail.example.org').fields[0];
 * // { name: 'Reporting-MTA', value: 'dns; mail.example.org', line: 0 }
 * ```
 */
export interface DsnField {
  /** The field name as written, e.g. `'Diagnostic-Code'`. */
  readonly name: string;
  /** The value with folded continuation lines joined by single spaces, trimmed. */
  readonly value: string;
  /** Zero-based line number where the field starts. */
  readonly line: number;
}

/**
 * A line that is neither a field, a continuation nor blank.
 *
 * @example
 * ```ts
 * parseDsnFields('This is the mail system.\nStatus: 5.1.1').skipped;
 * // [{ line: 0, text: 'This is the mail system.' }]
 * ```
 */
export interface DsnSkippedLine {
  /** Zero-based line number. */
  readonly line: number;
  /** The line as written. */
  readonly text: string;
}

/**
 * One per-recipient group of a delivery-status part (RFC 3464 §2.3), with a reply ready for
 * {@link classify}: the `Diagnostic-Code` text, else the `Status` code.
 *
 * @example
 * ```ts
 * for (const r of parseDsnFields(text).recipients) {
 *   if (r.action !== 'failed') continue;
 *   const c = classify(r.reply, { command: r.command ?? undefined });
 *   console.log(r.finalRecipient, r.status, r.remoteMta, c.category);
 * }
 * ```
 */
export interface DsnRecipient extends ReplyContext {
  /** `Final-Recipient` address, without its address type (`rfc822;`). */
  readonly finalRecipient: string | null;
  /** `Original-Recipient` address, without its address type. */
  readonly originalRecipient: string | null;
  /** `Action`, lower-cased; `null` when missing or not one RFC 3464 defines (the raw value is in `fields`). */
  readonly action: DsnAction | null;
  /** `Status`: the enhanced status code, e.g. `'5.1.1'`; `null` when missing or not a code. */
  readonly status: string | null;
  /** `Remote-MTA` without its type (`dns;`), a trailing dot or a comment, e.g. `'mx.example.com'`. */
  readonly remoteMta: string | null;
  /** Type of the `Diagnostic-Code`, lower-cased, e.g. `'smtp'` or `'x-postfix'`. */
  readonly diagnosticType: string | null;
  /** Text of the `Diagnostic-Code` after its type, unfolded, e.g. `'550 5.1.1 User unknown'`. */
  readonly diagnosticCode: string | null;
  /** Every field of the group, in order, including the ones above and any unknown or repeated ones. */
  readonly fields: readonly DsnField[];
}

/**
 * What {@link parseDsnFields} read from a delivery-status part.
 *
 * @example
 * ```ts
 * const report = parseDsnFields(text);
 * report.reportingMta;      // 'mail.example.org'
 * report.recipients.length; // one per Final-Recipient
 * report.skipped;           // lines that were not fields, if any
 * ```
 */
export interface DsnReport {
  /** `Reporting-MTA` without its type (`dns;`), e.g. `'mail.example.org'`. */
  readonly reportingMta: string | null;
  /** The per-message fields (`Reporting-MTA`, `Arrival-Date`, `X-Postfix-Queue-ID` …), in order. */
  readonly fields: readonly DsnField[];
  /** The per-recipient groups, in order. */
  readonly recipients: readonly DsnRecipient[];
  /** Lines that could not be read as fields; reading went on after them. */
  readonly skipped: readonly DsnSkippedLine[];
}

const MESSAGE_FIELDS: ReadonlySet<string> = new Set([
  'reporting-mta',
  'dsn-gateway',
  'received-from-mta',
  'arrival-date',
  'original-envelope-id',
]);
const RECIPIENT_FIELDS: ReadonlySet<string> = new Set([
  'original-recipient',
  'final-recipient',
  'action',
  'status',
  'remote-mta',
  'diagnostic-code',
  'last-attempt-date',
  'final-log-id',
  'will-retry-until',
]);
const ACTIONS: ReadonlySet<string> = new Set<DsnAction>(['failed', 'delayed', 'delivered', 'relayed', 'expanded']);

let decoder: { decode(input: Uint8Array): string } | undefined;

/**
 * Reads the fields of an RFC 3464 `message/delivery-status` part: the per-message group
 * (`Reporting-MTA` …) and one group per recipient (`Final-Recipient`, `Action`, `Status`,
 * `Remote-MTA`, `Diagnostic-Code` …). Field names are matched without regard to case, folded
 * lines are joined, and lines that are not fields are kept in `skipped` without stopping the read.
 * Groups not separated by a blank line are told apart by a repeated `Final-Recipient` or `Original-Recipient`.
 * Never throws on the text; throws {@link SmtpReplyError} (`invalid-input`) when given neither a
 * string nor bytes.
 *
 * @example
 * ```ts
 * const report = parseDsnFields([
 *   'Reporting-MTA: dns; mail.example.org',
 *   '',
 *   'Final-Recipient: rfc822; john@example.com',
 *   'Action: failed',
 *   'Status: 5.1.1',
 *   'Remote-MTA: dns; mx.example.com',
 *   'Diagnostic-Code: smtp; 550 5.1.1 <john@example.com>: Recipient address',
 *   '    rejected: User unknown in virtual mailbox table',
 * ].join('\r\n'));
 * const [r] = report.recipients;
 * r.recipient; // 'john@example.com'
 * r.reply;     // '550 5.1.1 <john@example.com>: Recipient address rejected: User unknown in virtual mailbox table'
 * classify(r.reply, { command: r.command ?? undefined }).category; // 'user-unknown'
 * ```
 */
export function parseDsnFields(text: string | Uint8Array): DsnReport {
  let s: string;
  if (typeof text === 'string') s = text;
  else if (text instanceof Uint8Array) {
    decoder ??= new TextDecoder('utf-8', { fatal: false });
    s = decoder.decode(text);
  } else {
    throw new SmtpReplyError(
      'invalid-input',
      `parseDsnFields expects the text of a delivery-status part, got ${describe(text)}`,
    );
  }

  const groups: DsnField[][] = [];
  const skipped: DsnSkippedLine[] = [];
  let group: { name: string; parts: string[]; line: number }[] = [];
  const closeGroup = () => {
    if (group.length) groups.push(group.map((f) => ({ name: f.name, value: f.parts.join(' '), line: f.line })));
    group = [];
  };

  let lineNo = 0;
  for (let i = 0; i <= s.length; lineNo++) {
    let e = i;
    while (e < s.length && s.charCodeAt(e) !== 10 && s.charCodeAt(e) !== 13) e++;
    const line = s.slice(i, e);
    i = e < s.length && s.charCodeAt(e) === 13 && s.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
    const trimmed = line.trim();
    if (trimmed === '') {
      closeGroup();
      continue;
    }
    const first = line.charCodeAt(0);
    if (first === 32 || first === 9) {
      const last = group[group.length - 1];
      if (last) last.parts.push(trimmed);
      else skipped.push({ line: lineNo, text: line });
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trimEnd() : '';
    if (!isFieldName(name)) {
      skipped.push({ line: lineNo, text: line });
      continue;
    }
    const value = line.slice(colon + 1).trim();
    group.push({ name, parts: value ? [value] : [], line: lineNo });
  }
  closeGroup();

  const messageFields: DsnField[] = [];
  const recipients: DsnField[][] = [];
  for (const g of groups) {
    let current: DsnField[] | null = null;
    let pending: DsnField[] = [];
    for (const f of g) {
      const n = f.name.toLowerCase();
      if (MESSAGE_FIELDS.has(n)) {
        messageFields.push(f);
      } else if (RECIPIENT_FIELDS.has(n)) {
        if (current === null || startsNewRecipient(current, n)) {
          current = pending;
          pending = [];
          recipients.push(current);
        }
        current.push(f);
      } else if (current) {
        current.push(f);
      } else {
        pending.push(f);
      }
    }
    messageFields.push(...pending);
  }
  messageFields.sort((a, b) => a.line - b.line);

  return {
    reportingMta: typed(first(messageFields, 'reporting-mta')),
    fields: messageFields,
    recipients: recipients.map(toRecipient),
    skipped,
  };
}

/**
 * A repeated `Final-Recipient` or `Original-Recipient` begins the next recipient (Postfix writes
 * `Final-Recipient` first, RFC 3464 `Original-Recipient` first; either order works).
 */
function startsNewRecipient(fields: readonly DsnField[], name: string): boolean {
  if (name !== 'final-recipient' && name !== 'original-recipient') return false;
  for (const f of fields) if (f.name.toLowerCase() === name) return true;
  return false;
}

function toRecipient(fields: readonly DsnField[]): DsnRecipient {
  const finalRecipient = address(first(fields, 'final-recipient'));
  const originalRecipient = address(first(fields, 'original-recipient'));
  const actionWord = firstWord(first(fields, 'action'))?.toLowerCase() ?? null;
  const action = actionWord !== null && ACTIONS.has(actionWord) ? (actionWord as DsnAction) : null;
  const statusWord = firstWord(first(fields, 'status'));
  const status = statusWord !== null && isEnhancedCode(statusWord) ? statusWord : null;
  const diagnostic = first(fields, 'diagnostic-code');
  let diagnosticType: string | null = null;
  let diagnosticCode: string | null = null;
  if (diagnostic !== null) {
    const semi = diagnostic.indexOf(';');
    if (semi > 0 && semi < 40 && !diagnostic.slice(0, semi).includes(' ')) {
      diagnosticType = diagnostic.slice(0, semi).trim().toLowerCase();
      diagnosticCode = diagnostic.slice(semi + 1).trim();
    } else {
      diagnosticCode = diagnostic;
    }
  }
  let command: SmtpCommand | null = null;
  let reply = '';
  if (diagnosticCode) {
    const d = unwrapDetail(diagnosticCode);
    command = d.command;
    reply = readyReply(d.text, null, status);
  } else if (status !== null) {
    reply = status;
  }
  return {
    reply,
    command,
    recipient: finalRecipient ?? originalRecipient,
    finalRecipient,
    originalRecipient,
    action,
    status,
    remoteMta: hostOf(typed(first(fields, 'remote-mta'))),
    diagnosticType,
    diagnosticCode,
    fields,
  };
}

function first(fields: readonly DsnField[], name: string): string | null {
  for (const f of fields) if (f.name.toLowerCase() === name) return f.value;
  return null;
}

/** `dns; mx.example.com` → `mx.example.com`; a value without a type is kept whole. */
function typed(value: string | null): string | null {
  if (value === null) return null;
  const semi = value.indexOf(';');
  const v = (semi >= 0 ? value.slice(semi + 1) : value).trim();
  return v === '' ? null : v;
}

/** `mx.example.com. (192.0.2.10, the server for the domain example.com.)` → `mx.example.com`. */
function hostOf(value: string | null): string | null {
  if (value === null) return null;
  const comment = value.indexOf(' (');
  let v = comment >= 0 ? value.slice(0, comment) : value;
  if (v.endsWith('.')) v = v.slice(0, -1);
  return v.trim() || null;
}

/** `rfc822; <john@example.com>` → `john@example.com`. */
function address(value: string | null): string | null {
  let v = typed(value);
  if (v?.startsWith('<') && v.endsWith('>')) v = v.slice(1, -1).trim();
  return v || null;
}

function firstWord(value: string | null): string | null {
  if (value === null) return null;
  const t = value.trim();
  let e = 0;
  while (e < t.length && t.charCodeAt(e) > 32 && t[e] !== '(' && t[e] !== ';') e++;
  return e > 0 ? t.slice(0, e) : null;
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
