import { isDigit, isLetter } from '../reply/chars.js';
import { isEnhancedCode } from '../reply/enhanced.js';
import { isQueueId } from './tokens.js';

/**
 * Pieces shared by the log readers: the syslog prefix (`Jan 10 10:00:01 mail postfix/smtp[123]:`)
 * and `key=value, key=value` field lists (Postfix, Sendmail).
 */

/** A syslog line split at its program tag. */
export interface SyslogLine {
  /** The timestamp before the logging host's name, as written. */
  readonly timestamp: string | null;
  /** The program, without `[pid]`: `postfix/smtp`, `sm-mta`, `exim`. */
  readonly program: string;
  /** Index in the line where the message after `program[pid]: ` begins. */
  readonly message: number;
}

/** Tokens looked at for the program tag; a syslog prefix has at most five before it. */
const MAX_PREFIX_TOKENS = 8;

/**
 * Finds the program tag of a syslog line: the first token ending in `:` among the first few
 * (`postfix/smtp[123]:`, `sm-mta[4321]:`). Works for classic (`Jan 10 10:00:01 mail`) and ISO
 * (`2024-01-10T10:00:01.123456+00:00 mail`) timestamps. `null` when there is none.
 */
export function splitSyslog(line: string): SyslogLine | null {
  let i = 0;
  const n = line.length;
  const starts: number[] = [];
  for (let t = 0; t < MAX_PREFIX_TOKENS && i < n; t++) {
    while (i < n && line.charCodeAt(i) === 32) i++;
    const start = i;
    while (i < n && line.charCodeAt(i) !== 32) i++;
    if (i === start) break;
    if (line.charCodeAt(i - 1) === 58 && i - start > 1) {
      let end = i - 1;
      if (line.charCodeAt(end - 1) === 93) {
        const open = line.lastIndexOf('[', end);
        if (open > start) end = open;
      }
      const program = line.slice(start, end);
      if (program === '' || !isProgramName(program)) return null;
      return { timestamp: timestampOf(line, starts), program, message: i < n ? i + 1 : n };
    }
    starts.push(start);
  }
  return null;
}

function isProgramName(s: string): boolean {
  const c = s.charCodeAt(0);
  return isLetter(c);
}

/** The tokens before the program tag without the last one when that is a host name. */
function timestampOf(line: string, starts: readonly number[]): string | null {
  if (starts.length === 0) return null;
  const last = starts[starts.length - 1]!;
  const lastEnd = line.indexOf(' ', last);
  const lastToken = line.slice(last, lastEnd < 0 ? line.length : lastEnd);
  const isTime = isDigit(lastToken.charCodeAt(0)) && lastToken.includes(':');
  const end = isTime || starts.length === 1 ? (lastEnd < 0 ? line.length : lastEnd) : last;
  const t = line.slice(starts[0]!, end).trim();
  return t === '' ? null : t;
}

/** A `key=value` field of a log line; `value` is trimmed. */
export interface LogField {
  readonly key: string;
  readonly value: string;
}

/** Longest key looked for; Postfix and Sendmail keys are short (`orig_to`, `ctladdr`, `xdelay`). */
const MAX_KEY = 24;

/**
 * Reads `key=value, key=value` from `from`: a value runs to the next `, key=` (so values may hold
 * commas and spaces), and the value of `lastKey` runs to the end of the line. Stops at text that
 * is not a field. Linear: each `", "` is looked at once.
 */
export function scanFields(line: string, from: number, lastKey: string): LogField[] {
  const fields: LogField[] = [];
  let i = from;
  while (i < line.length) {
    const eq = keyEnd(line, i);
    if (eq < 0) break;
    const key = line.slice(i, eq);
    const start = eq + 1;
    if (key === lastKey) {
      fields.push({ key, value: line.slice(start).trim() });
      break;
    }
    let next = -1;
    for (let c = line.indexOf(', ', start); c >= 0; c = line.indexOf(', ', c + 1)) {
      if (keyEnd(line, c + 2) > 0) {
        next = c;
        break;
      }
    }
    fields.push({ key, value: line.slice(start, next < 0 ? line.length : next).trim() });
    if (next < 0) break;
    i = next + 2;
  }
  return fields;
}

/** If a key (`[a-z_]+`, at most {@link MAX_KEY} long) followed by `=` starts at `i`, the index of `=`; else -1. */
function keyEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i <= MAX_KEY) {
    const c = s.charCodeAt(j);
    if ((c >= 97 && c <= 122) || c === 95) j++;
    else break;
  }
  return j > i && s.charCodeAt(j) === 61 ? j : -1;
}

/** The value of the first field named `key`, or `null`. */
export function field(fields: readonly LogField[], key: string): string | null {
  for (const f of fields) if (f.key === key) return f.value;
  return null;
}

/** `<john@example.com>` → `john@example.com`; `<>` and empty values → `null`. */
export function unbracket(value: string | null): string | null {
  if (value === null) return null;
  let v = value.trim();
  if (v.startsWith('<')) {
    const close = v.indexOf('>');
    v = close < 0 ? v.slice(1) : v.slice(1, close);
  }
  v = v.trim();
  return v === '' ? null : v;
}

/** The value when it is an enhanced status code (`dsn=5.1.1`), else `null`. */
export function enhancedOf(value: string | null): string | null {
  return value !== null && value !== '' && isEnhancedCode(value) ? value : null;
}

/** Where the queue id before `": "` at `from` ends (the index of `:`), or -1 when there is no valid id. */
export function queueIdEnd(line: string, from: number): number {
  const colon = line.indexOf(': ', from);
  if (colon < 0 || colon - from > 32) return -1;
  return isQueueId(line.slice(from, colon)) ? colon : -1;
}
