import type { BounceType, Category, ParsedReply, Problem, ProblemKind, ReplyClass, SmtpCommand } from '../types.js';
import type { Locale } from '../locales/types.js';
import { parseReply } from '../reply/parse.js';
import { classOfDigit } from '../reply/class.js';
import { enhancedEnd } from '../reply/enhanced.js';
import { categoryTexts } from '../locales/resolve.js';
import { compileMatcher, finish, hits, scan, scanWhole, type Matcher } from './matcher.js';
import { PHRASES, Signal } from './signals.js';
import { RULES, type Rule } from './rules.js';
import { normalizeInput, toCommand } from './input.js';
import { delayHint } from './delay.js';
import { HARD_CATEGORIES as HARD, TEMPORARY_CATEGORIES as TEMPORARY } from './category-sets.js';

/** Options for {@link classify}. */
export interface ClassifyOptions {
  /** Language of `description` and `fix`; missing strings fall back to English. @default English */
  readonly locale?: Locale;
  /**
   * The command the reply answered, when the caller knows it (`'RCPT'`, `'RCPT TO'`, `'DATA'`,
   * `'CONNECT'` …). It changes some decisions: 554 at connection time means no service, 552 to
   * RCPT means too many recipients. Otherwise it is read from the input when it says so.
   */
  readonly command?: SmtpCommand | string | null;
  /** Cap on characters read. @default 1_048_576 */
  readonly maxLength?: number;
  /** Cap on reply lines read. @default 100_000 */
  readonly maxLines?: number;
}

/** The decision for one reply. Field names and category strings are public API. */
export interface Classification {
  /** Basic reply code, e.g. 550; `null` when the input holds none. */
  readonly code: number | null;
  /** Enhanced status code, e.g. `'5.1.1'`; `null` when the input holds none. */
  readonly enhanced: string | null;
  /** Outcome class: from the basic code's first digit, else from the enhanced code's class. */
  readonly class: ReplyClass;
  /** Should the same message be tried again later? */
  readonly retryable: boolean;
  /** For failures: `'hard'` (the address itself is bad: stop sending to it) or `'soft'`; `null` otherwise. */
  readonly bounce: BounceType | null;
  /** What happened, as a stable category string. */
  readonly category: Category;
  /** What happened, in plain words for the person who must act (in the chosen locale). */
  readonly description: string;
  /** What to do next (in the chosen locale). */
  readonly fix: string;
  /** Id of the rule that decided, e.g. `'enhanced.1.1'`. See docs/rules.md. */
  readonly rule: string;
  /** Why the rule decided as it did, in English, for logs. */
  readonly why: string;
  /** Suggested wait before retrying, in seconds (from the text, or a default for greylisting and rate limits). */
  readonly retryAfter: number | null;
  /** The command the reply answered, when given or read from the text. */
  readonly command: SmtpCommand | null;
  /** `true` when the input was not a well-formed reply (no code, bad lines, invalid input …). */
  readonly malformed: boolean;
  /** Everything the parser had to forgive, with where. */
  readonly problems: readonly Problem[];
  /** The parsed reply. */
  readonly reply: ParsedReply;
}

interface CompiledRule {
  readonly rule: Rule;
  readonly classMask: number;
  readonly codes: ReadonlySet<number> | null;
  /** The rule's enhanced codes as numbers: `X.subject.detail` as subject × 1000 + detail; `X.subject.*` as subject. */
  readonly exact: ReadonlySet<number> | null;
  readonly subjects: ReadonlySet<number> | null;
  readonly anyLo: number;
  readonly anyHi: number;
  readonly allLo: number;
  readonly allHi: number;
  readonly noneLo: number;
  readonly noneHi: number;
  readonly commands: ReadonlySet<SmtpCommand> | null;
}

function masks(signals: readonly Signal[] | undefined): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const s of signals ?? []) {
    if (s < 32) lo |= 1 << s;
    else hi |= 1 << (s - 32);
  }
  return [lo, hi];
}

/**
 * A reply's enhanced code has a subject and a detail of 0–999, written without leading zeros as
 * decide() reads them; a rule's string that no code can equal gets -1.
 */
function numberKey(part: string): number {
  const n = Number(part);
  return Number.isInteger(n) && n >= 0 && n < 1000 && String(n) === part ? n : -1;
}

function exactKey(e: string): number {
  const dot = e.indexOf('.');
  if (dot < 0) return -1;
  const subject = numberKey(e.slice(0, dot));
  const detail = numberKey(e.slice(dot + 1));
  return subject < 0 || detail < 0 ? -1 : subject * 1000 + detail;
}

function compileRule(rule: Rule): CompiledRule {
  let classMask = 0;
  for (const d of rule.classes ?? '') classMask |= 1 << Number(d);
  const exact = rule.enhanced?.filter((e) => !e.endsWith('.*')) ?? [];
  const subjects = rule.enhanced?.filter((e) => e.endsWith('.*')).map((e) => e.slice(0, -2)) ?? [];
  const [anyLo, anyHi] = masks(rule.any);
  const [allLo, allHi] = masks(rule.all);
  const [noneLo, noneHi] = masks(rule.none);
  return {
    rule,
    classMask,
    codes: rule.codes ? new Set(rule.codes) : null,
    exact: exact.length ? new Set(exact.map(exactKey)) : null,
    subjects: subjects.length ? new Set(subjects.map(numberKey)) : null,
    anyLo,
    anyHi,
    allLo,
    allHi,
    noneLo,
    noneHi,
    commands: rule.commands ? new Set(rule.commands) : null,
  };
}

// Built by calls marked pure, so that a bundle that does not use classify() drops them.
const MATCHER: Matcher = /* @__PURE__ */ compileMatcher(PHRASES);
const COMPILED: readonly CompiledRule[] = /* @__PURE__ */ RULES.map(compileRule);

/*
 * Rule index, so that decide() does not walk every rule for every reply. For each of the
 * conditions on the class digit, the basic code, the enhanced subject and the `any` signals, a bit
 * set (one bit per rule, in rule order) of the rules that can pass it. ANDed, they leave a handful of
 * candidates, which decide() then tests in order. A rule is left out of a set only when it cannot
 * match for that value, so the first rule that matches is unchanged. For the class, `any` and a
 * code of 0–999 the sets are exact, and decide() does not test those again; it tests the rest
 * (enhanced detail, `all`, `none`, commands, a code outside 0–999). When a rule condition changes
 * meaning, change addToIndex() and decide() together.
 */
/** Rows of byCode and bySubject: 0–999 by value; NONE_ROW for no value (left empty); ALL_ROW, every rule that lists values (for a value the index does not cover). */
const NONE_ROW = 1000;
const ALL_ROW = 1001;

interface RuleIndex {
  /** Int32 words per bit set. */
  readonly words: number;
  /** By class digit (0–31). */
  readonly byClass: Int32Array;
  /** Rules without codes; and by code (rows as above), rules that list it. */
  readonly codeFree: Int32Array;
  readonly byCode: Int32Array;
  /** Rules without enhanced codes; and by subject (rows as above), rules that list it. */
  readonly subjectFree: Int32Array;
  readonly bySubject: Int32Array;
  /** Rules without `any`; and by signal (0–63), rules whose `any` lists it. */
  readonly anyFree: Int32Array;
  readonly bySignal: Int32Array;
  /** Scratch for candidates(). */
  readonly candidates: Int32Array;
}

const INDEX: RuleIndex = /* @__PURE__ */ indexRules(COMPILED);

function indexRules(rules: readonly CompiledRule[]): RuleIndex {
  const words = (rules.length + 31) >>> 5;
  const index: RuleIndex = {
    words,
    byClass: new Int32Array(32 * words),
    codeFree: new Int32Array(words),
    byCode: new Int32Array((ALL_ROW + 1) * words),
    subjectFree: new Int32Array(words),
    bySubject: new Int32Array((ALL_ROW + 1) * words),
    anyFree: new Int32Array(words),
    bySignal: new Int32Array(64 * words),
    candidates: new Int32Array(words),
  };
  for (const [i, r] of rules.entries()) addToIndex(index, r, i);
  return index;
}

function addToIndex(index: RuleIndex, r: CompiledRule, i: number): void {
  const { words } = index;
  const w = i >>> 5;
  const bit = 1 << (i & 31);
  const mark = (table: Int32Array, row: number) => {
    table[row * words + w]! |= bit;
  };
  // `1 << digit` only sees digit & 31.
  for (let d = 0; d < 32; d++) if (!r.classMask || r.classMask & (1 << d)) mark(index.byClass, d);
  if (!r.codes) mark(index.codeFree, 0);
  else {
    mark(index.byCode, ALL_ROW);
    for (const c of r.codes) if (Number.isInteger(c) && c >= 0 && c < NONE_ROW) mark(index.byCode, c);
  }
  if (!r.exact && !r.subjects) mark(index.subjectFree, 0);
  else {
    mark(index.bySubject, ALL_ROW);
    // By subject (0–999); -1 (a string no code can equal) needs no row.
    for (const k of r.exact ?? []) if (k >= 0) mark(index.bySubject, Math.floor(k / 1000));
    for (const k of r.subjects ?? []) if (k >= 0) mark(index.bySubject, k);
  }
  if ((r.anyLo | r.anyHi) === 0) mark(index.anyFree, 0);
  for (let b = 0; b < 32; b++) {
    if (r.anyLo & (1 << b)) mark(index.bySignal, b);
    if (r.anyHi & (1 << b)) mark(index.bySignal, 32 + b);
  }
}

/** Fills INDEX.candidates with the rules that can match (a superset of those that do). */
function candidates(digit: number, code: number | null, subject: number, lo: number, hi: number): Int32Array {
  const { words, byClass, codeFree, byCode, subjectFree, bySubject, anyFree, bySignal, candidates: out } = INDEX;
  const classRow = (digit & 31) * words;
  const codeRow =
    (code === null ? NONE_ROW : Number.isInteger(code) && code >= 0 && code < NONE_ROW ? code : ALL_ROW) * words;
  // `subject` is -1 without an enhanced code; with one it is 0–999 (1–3 digits, checked upstream).
  const subjectRow = (subject < 0 ? NONE_ROW : subject) * words;
  for (let w = 0; w < words; w++) out[w] = anyFree[w]!;
  for (let m = lo; m !== 0; m &= m - 1) {
    const row = (31 - Math.clz32(m & -m)) * words;
    for (let w = 0; w < words; w++) out[w]! |= bySignal[row + w]!;
  }
  for (let m = hi; m !== 0; m &= m - 1) {
    const row = (63 - Math.clz32(m & -m)) * words;
    for (let w = 0; w < words; w++) out[w]! |= bySignal[row + w]!;
  }
  for (let w = 0; w < words; w++) {
    out[w]! &=
      byClass[classRow + w]! & (codeFree[w]! | byCode[codeRow + w]!) & (subjectFree[w]! | bySubject[subjectRow + w]!);
  }
  return out;
}

const [CMD_LO, CMD_HI] = masks([Signal.CmdConnect, Signal.CmdHelo, Signal.CmdMail, Signal.CmdRcpt, Signal.CmdData]);
const TRY_LATER = 1 << Signal.TryLater;
const PERMANENT = 1 << Signal.Permanent;

/** Problems that make the input malformed rather than merely decorated. */
const MALFORMED: ReadonlySet<ProblemKind> = new Set<ProblemKind>([
  'no-code',
  'code-mismatch',
  'missing-last-line',
  'code-out-of-range',
  'bad-line',
  'invalid-input',
  'empty',
]);
const DEFAULT_DELAY: Partial<Record<Category, number>> = { greylisted: 300, 'rate-limited': 900 };

/**
 * Classifies an SMTP reply: was it delivered, should it be retried, should the address bounce —
 * and what to tell a person. Total: it accepts any input (string, bytes, array of lines, an
 * error thrown by nodemailer or another client, or anything else) and never throws; input that
 * is not a well-formed reply is flagged with `malformed` and `problems`.
 *
 * @example
 * ```ts
 * const r = classify('550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 Please check the address.');
 * r.category;  // 'user-unknown'
 * r.bounce;    // 'hard'
 * r.retryable; // false
 *
 * classify('451 4.7.1 Greylisted, please try again in 300 seconds').retryAfter; // 300
 * ```
 */
export function classify(input: unknown, options?: ClassifyOptions): Classification {
  const normalized = normalizeInput(input);
  const reply = failingReply(parseReply(normalized.text, options), options);
  const problems: Problem[] | readonly Problem[] = normalized.invalid
    ? [
        { kind: normalized.invalid, message: normalized.invalidMessage },
        ...reply.problems.filter((p) => p.kind !== 'empty'),
      ]
    : reply.problems;

  const code = reply.code ?? normalized.code;
  const enhanced = reply.enhanced ?? validEnhanced(normalized.enhanced);

  // Text evidence: the reply's own lines; the text around it counts when the lines say nothing.
  hits[0] = 0;
  hits[1] = 0;
  let state = 0;
  for (const line of reply.lines) state = scan(MATCHER, line.text, 0, line.text.length, state);
  finish(MATCHER, state);
  let lo = hits[0]!;
  let hi = hits[1]!;
  if (reply.prefix || reply.suffix) {
    hits[0] = 0;
    hits[1] = 0;
    scanWhole(MATCHER, reply.prefix);
    scanWhole(MATCHER, reply.suffix);
    const contentLo = lo & ~CMD_LO;
    const contentHi = hi & ~CMD_HI;
    if (contentLo === 0 && contentHi === 0) {
      lo |= hits[0]!;
      hi |= hits[1]!;
    } else {
      lo |= hits[0]! & CMD_LO;
      hi |= hits[1]! & CMD_HI;
    }
  }

  const command = toCommand(options?.command) ?? normalized.command ?? commandFromSignals(hi);
  const digit = classDigit(code, enhanced);
  const cls: ReplyClass = normalized.invalid && code === null && enhanced === null ? 'unknown' : classOfDigit(digit);
  const rule = decide(digit, code, enhanced, lo, hi, command);
  const category = rule.category;

  let why = rule.why;
  let retryable: boolean;
  if (rule.retryable !== undefined) retryable = rule.retryable;
  else if (cls === 'transient') retryable = true;
  else if (cls === 'unknown') retryable = TEMPORARY.has(category) && !(lo & PERMANENT);
  else retryable = false;
  if (
    !retryable &&
    rule.retryable === undefined &&
    (cls === 'permanent' || cls === 'unknown') &&
    lo & TRY_LATER &&
    !HARD.has(category) &&
    category !== 'expired'
  ) {
    retryable = true;
    why += '; the text says the condition is temporary';
  }

  const failed =
    cls === 'transient' || cls === 'permanent' || (cls === 'unknown' && !normalized.invalid && reply.text !== '');
  const bounce: BounceType | null = !failed ? null : HARD.has(category) && cls !== 'transient' ? 'hard' : 'soft';
  const retryAfter = retryable ? (delayHint(reply.text) ?? DEFAULT_DELAY[category] ?? null) : null;
  const texts = categoryTexts(category, options?.locale);

  let malformed = false;
  for (const p of problems) {
    if (MALFORMED.has(p.kind)) {
      malformed = true;
      break;
    }
  }

  return {
    code,
    enhanced,
    class: cls,
    retryable,
    bounce,
    category,
    description: texts.description,
    fix: texts.fix,
    rule: rule.id,
    why,
    retryAfter,
    command,
    malformed,
    problems,
    reply,
  };
}

/** How many joined replies are looked through for a failure (bounds the work on hostile input). */
const MAX_JOINED = 16;

/**
 * When a positive reply is followed by others (a session transcript, replies joined in a bounce
 * report), the failure among them is what the input reports: use the first 4xx/5xx reply.
 */
function failingReply(first: ParsedReply, options: ClassifyOptions | undefined): ParsedReply {
  if (first.code === null || first.code < 200 || first.code >= 400 || !first.suffix) return first;
  let current = first;
  for (let n = 0; n < MAX_JOINED && current.suffix; n++) {
    const next = parseReply(current.suffix, options);
    if (next.code === null) break;
    if (next.code >= 400) {
      const prefix = first.prefix ? `${first.prefix} ${first.lines.map((l) => l.text).join(' ')}` : first.text;
      // The first reply's problems keep their offsets (into the input) but not their line numbers,
      // which counted its own lines; the later reply's keep their line numbers, not their offsets
      // (which counted from where it began).
      const earlier = first.problems.map(({ kind, message, offset }) =>
        offset === undefined ? { kind, message } : { kind, message, offset },
      );
      const later = next.problems
        .filter((p) => p.kind !== 'leading-text')
        .map(({ kind, message, line }) => (line === undefined ? { kind, message } : { kind, message, line }));
      return { ...next, prefix, problems: [...earlier, ...later] };
    }
    current = next;
  }
  return first;
}

function validEnhanced(e: string | null): string | null {
  return e !== null && enhancedEnd(e, 0, e.length) === e.length ? e : null;
}

/** Class digit from the basic code (RFC 5321 §4.2.1), else the enhanced code's class, else 0. */
function classDigit(code: number | null, enhanced: string | null): number {
  if (code !== null) {
    // RFC 5321 §4.2: an unknown code is read by its first digit; one outside 2–5 has no class.
    const d = Math.floor(code / 100);
    return d >= 2 && d <= 5 ? d : 0;
  }
  return enhanced ? enhanced.charCodeAt(0) - 48 : 0;
}

/** The command named in the text; the command signals all live in the high mask. */
function commandFromSignals(hi: number): SmtpCommand | null {
  if (hi & (1 << (Signal.CmdData - 32))) return 'DATA';
  if (hi & (1 << (Signal.CmdRcpt - 32))) return 'RCPT';
  if (hi & (1 << (Signal.CmdMail - 32))) return 'MAIL';
  if (hi & (1 << (Signal.CmdHelo - 32))) return 'EHLO';
  if (hi & (1 << (Signal.CmdConnect - 32))) return 'CONNECT';
  return null;
}

function decide(
  digit: number,
  code: number | null,
  enhanced: string | null,
  lo: number,
  hi: number,
  command: SmtpCommand | null,
): Rule {
  // The enhanced code is well formed here (class.subject.detail, 1–3 digits each).
  let subject = -1;
  let subjectDetail = -1;
  if (enhanced) {
    let i = 2;
    let n = 0;
    for (let c = enhanced.charCodeAt(i); c >= 48 && c <= 57; c = enhanced.charCodeAt(++i)) n = n * 10 + c - 48;
    subject = n;
    n = 0;
    for (let c = enhanced.charCodeAt(++i); c >= 48 && c <= 57; c = enhanced.charCodeAt(++i)) n = n * 10 + c - 48;
    subjectDetail = subject * 1000 + n;
  }
  // The index is exact for the class, for `any` and for a code of 0–999 (its own row): those
  // tests are left to it. A code outside 0–999 (ALL_ROW) and the detail of an enhanced code
  // (the index goes by subject) are tested here.
  const codeIndexed = code !== null && Number.isInteger(code) && code >= 0 && code < NONE_ROW;
  const rules = candidates(digit, code, subject, lo, hi);
  for (let w = 0; w < rules.length; w++)
    for (let bits = rules[w]!; bits !== 0; bits &= bits - 1) {
      const r = COMPILED[(w << 5) + 31 - Math.clz32(bits & -bits)]!;
      if (r.codes && !codeIndexed && (code === null || !r.codes.has(code))) continue;
      if (r.exact || r.subjects) {
        if (!enhanced) continue;
        if (!(r.exact?.has(subjectDetail) || r.subjects?.has(subject))) continue;
      }
      if ((lo & r.allLo) !== r.allLo || (hi & r.allHi) !== r.allHi) continue;
      if (((lo & r.noneLo) | (hi & r.noneHi)) !== 0) continue;
      if (r.commands && (command === null || !r.commands.has(command))) continue;
      return r.rule;
    }
  return COMPILED[COMPILED.length - 1]!.rule;
}
