import type { ParsedReply, Problem, ProblemKind, ReplyLine } from '../types.js';
import {
  COLON,
  HASH,
  HYPHEN,
  SP,
  TAB,
  isBlank,
  isDigit,
  isNewline,
  isSpace,
  isUpper,
  isWordChar,
  skipBlanks,
  threeDigits,
  trimEnd,
} from './chars.js';
import { enhancedEnd, findEnhancedAt, sameClass } from './enhanced.js';
import { CODE_CANDIDATE_REGEX, SPACED_CODE_REGEX } from '../regex.js';

/** Options for {@link parseReply}. */
export interface ParseOptions {
  /**
   * Read at most this many characters; the rest is ignored and a `truncated` problem is reported.
   * @default 1_048_576
   */
  readonly maxLength?: number | undefined;
  /**
   * Read at most this many reply lines; further lines are ignored and a `truncated` problem is reported.
   * @default 100_000
   */
  readonly maxLines?: number | undefined;
}

/** Default cap on characters read from one reply (1 MiB of text). */
export const DEFAULT_MAX_LENGTH = 1_048_576;
/** Default cap on reply lines read from one reply. */
export const DEFAULT_MAX_LINES = 100_000;

const EMPTY_LINES: readonly ReplyLine[] = Object.freeze([]);
const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

/**
 * Parses an SMTP reply (RFC 5321 §4.2) with the enhanced status code of each line (RFC 2034).
 *
 * Tolerant: it never throws, and reports what it had to forgive in `problems`. It accepts CRLF,
 * LF or CR line ends, multi-line replies flattened onto one line (`550-5.1.1 a 550 5.1.1 b`), text
 * before the reply (`host mx.example.com[192.0.2.1] said: 550 …`, `smtp; 550 …`), `#5.1.1`, and
 * replies without any code. When several replies were joined, the first is parsed and the rest is
 * kept in `suffix`. Runs in time linear in the input length.
 *
 * @example
 * ```ts
 * const r = parseReply('550-5.1.1 No such user\r\n550 5.1.1 Check the address');
 * r.code;      // 550
 * r.enhanced;  // '5.1.1'
 * r.lines[0];  // { code: 550, separator: '-', enhanced: '5.1.1', text: 'No such user' }
 * r.text;      // 'No such user Check the address'
 * ```
 */
export function parseReply(input: string, options?: ParseOptions): ParsedReply {
  const s = typeof input === 'string' ? input : toText(input);
  const maxLength = positive(options?.maxLength, DEFAULT_MAX_LENGTH);
  const maxLines = positive(options?.maxLines, DEFAULT_MAX_LINES);
  if (s !== null && maxLines > 0) {
    const simple = singleLine(s, maxLength);
    if (simple !== null) return simple;
  }
  const reply = scanReply(s ?? '', maxLength, maxLines);
  if (s !== null) return reply;
  const invalid: Problem = {
    kind: 'invalid-input',
    message: 'the input is not a string and could not be turned into one',
  };
  return { ...reply, problems: [invalid, ...reply.problems.filter((p) => p.kind !== 'empty')] };
}

/** The general path of {@link parseReply} for a string, without its fast path (exported for tests). */
export function scanReply(s: string, maxLength: number, maxLines: number): ParsedReply {
  return new Scanner(s, maxLength, maxLines).run();
}

/** `String(input)` for JavaScript callers that pass a non-string; `null` when even that throws. */
function toText(input: unknown): string | null {
  try {
    return String(input);
  } catch {
    return null;
  }
}

function positive(v: number | undefined, fallback: number): number {
  return typeof v === 'number' && v > 0 ? Math.floor(v) : fallback;
}

/**
 * The most common reply, read without the general {@link Scanner}: one line, `NNN text` or
 * `NNN X.Y.Z text`, with the code in range at the very start, no line break, and nothing the
 * parser would report (no enhanced code of another class or inside the text, no second reply,
 * within `maxLength`; the caller makes sure that at least one line may be read). Returns `null`
 * whenever any of that does not hold, and the Scanner reads the input. Where this returns a
 * result it is the one the Scanner gives, field for field (the same helpers decide each step;
 * test/parse-fast.test.ts compares the two on many inputs); it only skips the Scanner's set-up
 * and the branches that cannot apply, which makes such lines about 1.5× faster to read.
 * Exported for tests.
 */
export function singleLine(s: string, maxLength: number): ParsedReply | null {
  const end = s.length;
  if (end > maxLength || end < 4 || s.charCodeAt(3) !== SP || !lineCodeAt(s, 0, end) || !inRange(s, 0)) return null;
  if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) return null;
  const code = threeDigits(s, 0);
  let t = skipBlanks(s, 4, end);
  let enhanced: string | null = null;
  const enhEnd = leadingEnhanced(s, t, end);
  if (enhEnd >= 0) {
    enhanced = s.slice(leadingStart(s, t), enhEnd);
    if (!sameClass(code, enhanced)) return null;
    t = skipBlanks(s, enhEnd, end);
  } else if (findEnhancedAt(s, 0, end, true) >= 0) {
    return null;
  }
  if (nextFlatLine(s, t, code, false) >= 0) return null;
  const te = trimEnd(s, t, end);
  const text = te > t ? s.slice(t, te) : '';
  return {
    code,
    enhanced,
    lines: [{ code, separator: ' ', enhanced, text }],
    text,
    prefix: '',
    suffix: '',
    problems: NO_PROBLEMS,
  };
}

/** One scan over one input. A class keeps the cursor state out of closures and allocations down. */
class Scanner {
  private readonly end: number;
  private problems: Problem[] | null = null;
  /** Next LF and CR at or after the last position asked for (see {@link lineEnd}); -1 before the first search. */
  private lf = -1;
  private cr = -1;

  constructor(
    private readonly s: string,
    maxLength: number,
    private readonly maxLines: number,
  ) {
    this.end = Math.min(s.length, maxLength);
    if (s.length > maxLength) {
      this.problem(
        'truncated',
        `input is ${s.length} characters long; only the first ${maxLength} were read`,
        undefined,
        maxLength,
      );
    }
  }

  private problem(kind: ProblemKind, message: string, line?: number, offset?: number): void {
    const p: Problem =
      line === undefined
        ? offset === undefined
          ? { kind, message }
          : { kind, message, offset }
        : offset === undefined
          ? { kind, message, line }
          : { kind, message, line, offset };
    if (this.problems) this.problems.push(p);
    else this.problems = [p];
  }

  run(): ParsedReply {
    const { s, end } = this;
    const first = skipSpace(s, 0, end);
    if (first >= end) {
      this.problem('empty', 'the reply is empty');
      return this.result(null, null, EMPTY_LINES, '', '', '');
    }
    const start = findReplyStart(s, first, end);
    if (start < 0) return this.withoutCode(first);
    const prefix = start > first ? s.slice(first, trimEnd(s, first, start)) : '';
    if (prefix) this.problem('leading-text', 'text stands before the reply code', undefined, first);
    return this.reply(start, prefix);
  }

  /** The input holds no reply code: keep its lines as text and look for an enhanced code in them. */
  private withoutCode(first: number): ParsedReply {
    const { s, end } = this;
    this.problem('no-code', 'no three-digit reply code was found', undefined, first);
    const lines: ReplyLine[] = [];
    let i = first;
    let enhanced: string | null = null;
    while (i < end && lines.length < this.maxLines) {
      const e = this.lineEnd(i);
      const t = skipBlanks(s, i, e);
      const te = trimEnd(s, t, e);
      if (te > t) {
        const enhEnd = leadingEnhanced(s, t, te);
        let textStart = t;
        let lineEnhanced: string | null = null;
        if (enhEnd >= 0) {
          lineEnhanced = s.slice(leadingStart(s, t), enhEnd);
          enhanced ??= lineEnhanced;
          textStart = skipBlanks(s, enhEnd, te);
        }
        lines.push({ code: null, separator: '', enhanced: lineEnhanced, text: s.slice(textStart, te) });
      }
      i = skipSpace(s, e, end);
    }
    if (i < end) this.problem('truncated', `only the first ${this.maxLines} lines were read`, lines.length, i);
    const text = joinText(lines);
    if (enhanced === null) {
      const at = findEnhancedAt(s, first, end, s.length === end);
      if (at >= 0) {
        enhanced = s.slice(at, enhancedEnd(s, at, end));
        this.problem('enhanced-in-text', `enhanced code ${enhanced} was found inside the text`, undefined, at);
      }
    }
    return this.result(null, enhanced, lines, text, '', '');
  }

  /** Reads the reply whose first code starts at `start`. */
  private reply(start: number, prefix: string): ParsedReply {
    const { s, end } = this;
    const lines: ReplyLine[] = [];
    // Replies flattened onto one line (logs, DSNs) mark their line starts only by `NNN-` mid-text.
    // A reply that has real line breaks is read by its line breaks alone.
    const flat = this.lineEnd(start) >= end;
    let i = start;
    let finalCode: number | null = null;
    let suffixStart = end;
    let ended = false;
    let finalAt = start;
    while (i < end) {
      if (lines.length >= this.maxLines) {
        this.problem('truncated', `only the first ${this.maxLines} lines were read`, lines.length, i);
        suffixStart = end;
        break;
      }
      const lineNo = lines.length;
      const code = threeDigits(s, i);
      const sepChar = i + 3 < end ? s.charCodeAt(i + 3) : -1;
      // RFC 5321 §4.2 allows only SP after the code; ':' and a tab are read as SP and reported.
      const odd = sepChar === COLON || sepChar === TAB;
      const separator: ReplyLine['separator'] = sepChar === HYPHEN ? '-' : sepChar === SP || odd ? ' ' : '';
      const continued = separator === '-';
      if (odd) {
        this.problem(
          'bad-line',
          `reply code ${code} is followed by ${sepChar === TAB ? 'a tab' : "':'"} instead of a space`,
          lineNo,
          i + 3,
        );
      }
      if (finalCode !== null && code !== finalCode) {
        this.problem(
          'code-mismatch',
          `line ${lineNo + 1} has code ${code} but the reply began with ${finalCode}`,
          lineNo,
          i,
        );
      }
      finalCode = code;
      finalAt = i;
      let t = separator === '' ? i + 3 : skipBlanks(s, i + 4, end);
      let enhanced: string | null = null;
      const enhEnd = leadingEnhanced(s, t, end);
      if (enhEnd >= 0) {
        enhanced = s.slice(leadingStart(s, t), enhEnd);
        t = skipBlanks(s, enhEnd, end);
      }
      // Where does this line end: at a line break, or (flattened) where the next line or reply begins.
      let e = t;
      let next = -1;
      if (!flat) e = this.lineEnd(t);
      else {
        // No line breaks anywhere: only ` NNN` can end the line, where newReplyAt() accepts a code
        // after a space or (continued) the same code comes. When either must be in range and the
        // whole input is read, SPACED_CODE_REGEX jumps from one such ` NNN` to the next; otherwise
        // every space is tried (found with indexOf, or by a plain loop that stays within `end`).
        const whole = s.length === end;
        if (whole && (!continued || inRange(s, i))) {
          next = nextFlatLine(s, t, code, continued);
          e = next >= 0 ? next - 1 : end;
        } else {
          for (; e < end; e++) {
            if (whole) {
              const sp = s.indexOf(' ', e);
              if (sp < 0) {
                e = end;
                break;
              }
              e = sp;
            } else if (s.charCodeAt(e) !== SP) continue;
            if (e + 4 <= end && isDigit(s.charCodeAt(e + 1))) {
              const k = e + 1;
              if (continued ? continuationAt(s, k, end, code) : newReplyAt(s, k, end)) {
                next = k;
                break;
              }
            }
          }
        }
      }
      const te = trimEnd(s, t, e);
      lines.push({ code, separator, enhanced, text: te > t ? s.slice(t, te) : '' });
      if (!continued) {
        ended = true;
        suffixStart = next >= 0 ? next : e;
        break;
      }
      if (next >= 0) {
        i = next;
        continue;
      }
      // Continuation line ended at a line break: the next line must start with a code.
      const n = skipSpace(s, e, end);
      if (n >= end) break;
      if (lineCodeAt(s, n, end)) {
        i = n;
        continue;
      }
      this.problem(
        'bad-line',
        'a continuation line is not followed by a line that starts with a reply code',
        undefined,
        n,
      );
      suffixStart = n;
      break;
    }
    if (finalCode !== null && !inRange(s, finalAt)) {
      this.problem(
        'code-out-of-range',
        `reply code ${finalCode} is outside 200–559 (RFC 5321 §4.2)`,
        lines.length - 1,
        finalAt,
      );
    }
    if (!ended && lines.length < this.maxLines) {
      this.problem(
        'missing-last-line',
        'the reply ends on a continuation line (NNN-) without a final NNN line',
        lines.length - 1,
      );
    }
    const suffixFrom = skipSpace(s, suffixStart, end);
    const suffix = suffixFrom < end ? s.slice(suffixFrom, trimEnd(s, suffixFrom, end)) : '';
    // findReplyStart(s, suffixFrom, end) === suffixFrom, without its search through the rest.
    if (suffix && lineCodeAt(s, suffixFrom, end)) {
      this.problem('multiple-replies', 'more than one reply was found; the first one is used', undefined, suffixFrom);
    }
    let enhanced = this.replyEnhanced(lines, finalCode);
    if (enhanced === null) {
      const at = findEnhancedAt(s, start, suffixStart, s.length === end);
      // A status of another class inside the text ("previous attempt said 4.2.2") is not this reply's.
      if (at >= 0 && (finalCode === null || s.charCodeAt(at) - 48 === Math.floor(finalCode / 100))) {
        enhanced = s.slice(at, enhancedEnd(s, at, suffixStart));
        this.problem('enhanced-in-text', `enhanced code ${enhanced} was found inside the text`, undefined, at);
      }
    }
    return this.result(finalCode, enhanced, lines, joinText(lines), prefix, suffix);
  }

  /** The reply's enhanced code: the last line's, else the first one given; checks agreement. */
  private replyEnhanced(lines: readonly ReplyLine[], code: number | null): string | null {
    let enhanced: string | null = null;
    let mismatch = false;
    for (let n = lines.length - 1; n >= 0; n--) {
      const e = lines[n]!.enhanced;
      if (e === null) continue;
      if (enhanced === null) enhanced = e;
      else if (e !== enhanced && !mismatch) {
        mismatch = true;
        this.problem(
          'enhanced-mismatch',
          `line ${n + 1} has enhanced code ${e} but the last one given is ${enhanced}`,
          n,
        );
      }
    }
    if (enhanced !== null && code !== null && !sameClass(code, enhanced)) {
      this.problem(
        'enhanced-class-mismatch',
        `enhanced code ${enhanced} is of another class than reply code ${code} (RFC 2034 §4)`,
      );
    }
    return enhanced;
  }

  /**
   * Index of the first CR or LF at or after `i`, or `end`. Found with indexOf (fast for long
   * text), and each position is kept until the scan passes it, so a whole scan stays linear.
   * Callers ask with non-decreasing `i`. When the input is longer than `end` (truncated), a plain
   * loop keeps the work within the characters read.
   */
  private lineEnd(i: number): number {
    const { s, end } = this;
    if (s.length !== end) {
      while (i < end && !isNewline(s.charCodeAt(i))) i++;
      return i;
    }
    if (this.lf < i) {
      const k = s.indexOf('\n', i);
      this.lf = k < 0 ? end : k;
    }
    if (this.cr < i) {
      const k = s.indexOf('\r', i);
      this.cr = k < 0 ? end : k;
    }
    return Math.min(this.lf, this.cr);
  }

  private result(
    code: number | null,
    enhanced: string | null,
    lines: readonly ReplyLine[],
    text: string,
    prefix: string,
    suffix: string,
  ): ParsedReply {
    return { code, enhanced, lines, text, prefix, suffix, problems: this.problems ?? NO_PROBLEMS };
  }
}

function skipSpace(s: string, i: number, end: number): number {
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/**
 * An enhanced code at `i` (optionally written `#5.1.1`), followed by white space or the end: the
 * index just past it (the code starts at {@link leadingStart}), or -1. No object is built, so a
 * parse allocates only what it returns.
 */
function leadingEnhanced(s: string, i: number, end: number): number {
  let j = i;
  if (j < end && s.charCodeAt(j) === HASH) j++;
  const e = enhancedEnd(s, j, end);
  if (e < 0) return -1;
  if (e < end && !isSpace(s.charCodeAt(e))) return -1;
  return e;
}

/** Where the code found by {@link leadingEnhanced} at `i` starts: after a `#`, if there is one. */
function leadingStart(s: string, i: number): number {
  return s.charCodeAt(i) === HASH ? i + 1 : i;
}

/** Three digits at `i` followed by `-`, a space, a line break or the end: a line's code. */
function lineCodeAt(s: string, i: number, end: number): boolean {
  if (i + 3 > end) return false;
  if (!isDigit(s.charCodeAt(i)) || !isDigit(s.charCodeAt(i + 1)) || !isDigit(s.charCodeAt(i + 2))) return false;
  if (i + 3 === end) return true;
  const c = s.charCodeAt(i + 3);
  return c === HYPHEN || isBlank(c) || isNewline(c) || c === COLON;
}

/** First digit 2–5 and second digit 0–5, as RFC 5321 §4.2 allows. */
function inRange(s: string, i: number): boolean {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  return a >= 50 && a <= 53 && b >= 48 && b <= 53;
}

/**
 * A plausible reply code at `i` that does not begin a line: in range, standing on its own, and
 * followed by `-`, white space or the end (not `:` — that is an IPv6 group or a port).
 */
function embeddedCodeAt(s: string, i: number, end: number): boolean {
  if (!lineCodeAt(s, i, end) || !inRange(s, i)) return false;
  if (i + 3 < end && s.charCodeAt(i + 3) === COLON) return false;
  if (i === 0) return true;
  const p = s.charCodeAt(i - 1);
  return !isWordChar(p) && p !== 46 && p !== HYPHEN && p !== HASH && p !== 47 && p !== 61 && p !== 43 && p !== 95;
}

/** In a flattened multi-line reply, ` NNN-` or ` NNN ` with the same code begins the next line. */
function continuationAt(s: string, i: number, end: number, code: number): boolean {
  if (!lineCodeAt(s, i, end)) return false;
  if (threeDigits(s, i) === code) return true;
  return newReplyAt(s, i, end);
}

/**
 * Inside a final line, a code begins another (joined) reply only when it looks like one: in range,
 * and followed by `-`, by an enhanced code, or by a capitalised word (`503 Bad sequence`).
 * Numbers in prose (`try again in 300 seconds`) do not qualify.
 */
function newReplyAt(s: string, i: number, end: number): boolean {
  if (!embeddedCodeAt(s, i, end)) return false;
  if (i + 3 === end) return false;
  const c = s.charCodeAt(i + 3);
  if (c === HYPHEN) return i + 4 < end && !isBlank(s.charCodeAt(i + 4));
  if (c !== SP || i + 4 >= end) return false;
  const n = s.charCodeAt(i + 4);
  return isUpper(n) || leadingEnhanced(s, i + 4, end) >= 0;
}

/**
 * In a reply flattened onto one line (no line breaks; the whole of `s` is read), where the line
 * whose text starts at `t` ends: the index of the code that begins the next line or reply, or -1
 * when the line runs to the end. Only codes in range are looked at (SPACED_CODE_REGEX jumps from
 * one ` NNN` to the next), so the caller uses this only when any code that could qualify is in
 * range: always for a final line (newReplyAt), and for a continued one when its own code is.
 */
function nextFlatLine(s: string, t: number, code: number, continued: boolean): number {
  const end = s.length;
  SPACED_CODE_REGEX.lastIndex = t;
  while (SPACED_CODE_REGEX.test(s)) {
    const k = SPACED_CODE_REGEX.lastIndex - 3;
    if (continued ? continuationAt(s, k, end, code) : newReplyAt(s, k, end)) return k;
    SPACED_CODE_REGEX.lastIndex = k;
  }
  return -1;
}

/**
 * Where the reply's first code stands: at the start of the text, else the first code in the text
 * that stands on its own (after a log or DSN prefix). -1 when there is none.
 */
export function findReplyStart(s: string, from: number, end: number): number {
  if (lineCodeAt(s, from, end)) return from;
  // Every code that qualifies is in range (first digit 2–5, second 0–5): when the whole input is
  // read, CODE_CANDIDATE_REGEX finds the candidates, in order, faster than the loop alone.
  const whole = s.length === end;
  for (let i = from + 1; i + 3 <= end; i++) {
    if (whole) {
      CODE_CANDIDATE_REGEX.lastIndex = i;
      if (!CODE_CANDIDATE_REGEX.test(s)) return -1;
      i = CODE_CANDIDATE_REGEX.lastIndex - 3;
    }
    if (embeddedCodeAt(s, i, end)) return i;
  }
  return -1;
}

function joinText(lines: readonly ReplyLine[]): string {
  if (lines.length === 1) return lines[0]!.text;
  let out = '';
  for (const l of lines) {
    if (!l.text) continue;
    out = out ? `${out} ${l.text}` : l.text;
  }
  return out;
}
