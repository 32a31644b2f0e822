/**
 * The rules compiled once at load, and the choice of the rule that decides a reply. Rules are data
 * (rules.ts); this module turns their conditions into bit masks and sets, and keeps an index so
 * that a reply is tested against a handful of candidate rules instead of all of them (measured:
 * a plain scan of every rule makes classify() about 10 % slower).
 */
import type { SmtpCommand } from '../types.js';
import type { EnhancedCode } from '../reply/enhanced.js';
import { type Evidence, signalMasks } from './evidence.js';
import { RULES, type Rule } from './rules.js';
import { categoryPolicy } from './categories.js';
import { BEFORE_RECIPIENT } from './decision.js';

export interface CompiledRule {
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
  /** The rule's category speaks of the recipient's mailbox: not for a reply before RCPT. */
  readonly mailbox: boolean;
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

export function compileRule(rule: Rule): CompiledRule {
  let classMask = 0;
  for (const d of rule.classes ?? '') classMask |= 1 << Number(d);
  const exact = rule.enhanced?.filter((e) => !e.endsWith('.*')) ?? [];
  const subjects = rule.enhanced?.filter((e) => e.endsWith('.*')).map((e) => e.slice(0, -2)) ?? [];
  const [anyLo, anyHi] = signalMasks(rule.any);
  const [allLo, allHi] = signalMasks(rule.all);
  const [noneLo, noneHi] = signalMasks(rule.none);
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
    mailbox: categoryPolicy(rule.category).mailbox,
  };
}

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

/** Rules compiled and indexed once: the built-in rules, or a custom classifier's. */
export interface RuleSet {
  readonly compiled: readonly CompiledRule[];
  readonly index: RuleIndex;
}

/** Compiles and indexes rules; the last rule must have no condition (it always matches). */
export function compileRules(rules: readonly Rule[]): RuleSet {
  const compiled = rules.map(compileRule);
  return { compiled, index: indexRules(compiled) };
}

// Built by a call marked pure, so that a bundle that does not use classify() drops it.
export const BUILT_IN_RULES: RuleSet = /* @__PURE__ */ compileRules(RULES);

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

/** Fills the index's scratch with the rules that can match (a superset of those that do). */
function candidates(
  index: RuleIndex,
  digit: number,
  code: number | null,
  subject: number,
  lo: number,
  hi: number,
): Int32Array {
  const { words, byClass, codeFree, byCode, subjectFree, bySubject, anyFree, bySignal, candidates: out } = index;
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

/**
 * The first rule, in order, whose conditions all hold for the reply's class digit, codes, evidence
 * and command. The last rule has no condition, so there always is one.
 */
export function chooseRule(
  digit: number,
  code: number | null,
  enhanced: EnhancedCode | null,
  evidence: Evidence,
  command: SmtpCommand | null,
  set: RuleSet = BUILT_IN_RULES,
): Rule {
  const { compiled } = set;
  const { lo, hi } = evidence;
  const subject = enhanced ? enhanced.subject : -1;
  const subjectDetail = enhanced ? enhanced.subject * 1000 + enhanced.detail : -1;
  // The index is exact for the class, for `any` and for a code of 0–999 (its own row): those
  // tests are left to it. A code outside 0–999 (ALL_ROW) and the detail of an enhanced code
  // (the index goes by subject) are tested here.
  const codeIndexed = code !== null && Number.isInteger(code) && code >= 0 && code < NONE_ROW;
  const rules = candidates(set.index, digit, code, subject, lo, hi);
  for (let w = 0; w < rules.length; w++)
    for (let bits = rules[w]!; bits !== 0; bits &= bits - 1) {
      const r = compiled[(w << 5) + 31 - Math.clz32(bits & -bits)]!;
      if (r.codes && !codeIndexed && (code === null || !r.codes.has(code))) continue;
      if (r.exact || r.subjects) {
        if (!enhanced) continue;
        if (!(r.exact?.has(subjectDetail) || r.subjects?.has(subject))) continue;
      }
      if ((lo & r.allLo) !== r.allLo || (hi & r.allHi) !== r.allHi) continue;
      if (((lo & r.noneLo) | (hi & r.noneHi)) !== 0) continue;
      if (r.commands && (command === null || !r.commands.has(command))) continue;
      if (r.mailbox && command !== null && BEFORE_RECIPIENT.has(command)) continue;
      return r.rule;
    }
  return compiled[compiled.length - 1]!.rule;
}

/**
 * Whether every condition of one compiled rule holds, tested in full (without the index): for the
 * few rules of a custom classifier, which are tried one by one before the built-in ones.
 */
export function ruleHolds(
  r: CompiledRule,
  digit: number,
  code: number | null,
  enhanced: EnhancedCode | null,
  evidence: Evidence,
  command: SmtpCommand | null,
): boolean {
  const { lo, hi } = evidence;
  if (r.classMask && !(r.classMask & (1 << (digit & 31)))) return false;
  if (r.codes && (code === null || !r.codes.has(code))) return false;
  if (r.exact || r.subjects) {
    if (!enhanced) return false;
    if (!(r.exact?.has(enhanced.subject * 1000 + enhanced.detail) || r.subjects?.has(enhanced.subject))) return false;
  }
  if ((r.anyLo | r.anyHi) !== 0 && ((lo & r.anyLo) | (hi & r.anyHi)) === 0) return false;
  if ((lo & r.allLo) !== r.allLo || (hi & r.allHi) !== r.allHi) return false;
  if (((lo & r.noneLo) | (hi & r.noneHi)) !== 0) return false;
  if (r.commands && (command === null || !r.commands.has(command))) return false;
  if (r.mailbox && command !== null && BEFORE_RECIPIENT.has(command)) return false;
  return true;
}
