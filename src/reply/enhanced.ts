import { DOT, DIGIT_2, DIGIT_4, DIGIT_5, isDigit, isWordChar, ZERO } from './chars.js';

/**
 * An enhanced status code read into its parts (RFC 3463 §2): `5.1.1` is class 5, subject 1,
 * detail 1. Parse a code once with {@link parseEnhanced} and ask this value, rather than splitting
 * the string again.
 */
export interface EnhancedCode {
  /** 2 (success), 4 (persistent transient failure) or 5 (permanent failure). */
  readonly class: 2 | 4 | 5;
  /** 0–999: what the status is about (1 addressing, 2 mailbox, … 7 security or policy). */
  readonly subject: number;
  /** 0–999: the detail within the subject. */
  readonly detail: number;
}

/** The parts of `s` when it is exactly one enhanced status code (`'5.1.1'`, `'4.07.1'`), else `null`. */
export function parseEnhanced(s: string): EnhancedCode | null {
  if (enhancedEnd(s, 0, s.length) !== s.length) return null;
  const dot = s.indexOf('.', 2);
  return {
    class: (s.charCodeAt(0) - ZERO) as 2 | 4 | 5,
    subject: digitsValue(s, 2, dot),
    detail: digitsValue(s, dot + 1, s.length),
  };
}

/** Whether `s` is exactly one enhanced status code. */
export function isEnhancedCode(s: string): boolean {
  return enhancedEnd(s, 0, s.length) === s.length;
}

/** Whether a basic reply code and an enhanced code (a whole one) are of the same class (RFC 2034 §4). */
export function sameClass(code: number, enhanced: string): boolean {
  return enhanced.charCodeAt(0) - ZERO === Math.floor(code / 100);
}

/** Value of the digits `s[i, end)` (the caller checked they are 1–3 digits). */
function digitsValue(s: string, i: number, end: number): number {
  let n = 0;
  for (; i < end; i++) n = n * 10 + s.charCodeAt(i) - ZERO;
  return n;
}

/**
 * If an enhanced status code (RFC 3463 §2: class "." subject "." detail, class 2/4/5, subject and
 * detail 1–3 digits) starts at `i`, returns the index just past it; otherwise -1.
 * The code must end at a boundary: not followed by a digit, a letter or `.digit`.
 */
export function enhancedEnd(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c !== DIGIT_2 && c !== DIGIT_4 && c !== DIGIT_5) return -1;
  if (i + 1 >= end || s.charCodeAt(i + 1) !== DOT) return -1;
  let j = digitsEnd(s, i + 2, end);
  if (j < 0 || j >= end || s.charCodeAt(j) !== DOT) return -1;
  j = digitsEnd(s, j + 1, end);
  if (j < 0) return -1;
  if (j < end) {
    const n = s.charCodeAt(j);
    if (isWordChar(n)) return -1;
    if (n === DOT && j + 1 < end && isDigit(s.charCodeAt(j + 1))) return -1;
  }
  return j;
}

/** End of a run of 1–3 digits at `i`, or -1 when there is none or it is longer than 3. */
function digitsEnd(s: string, i: number, end: number): number {
  let j = i;
  while (j < end && j - i < 4 && isDigit(s.charCodeAt(j))) j++;
  const n = j - i;
  return n >= 1 && n <= 3 ? j : -1;
}

/** A subject or detail written with a leading zero (`5.01.1`), which RFC 3463 §2 does not allow. */
export function hasLeadingZero(code: string): boolean {
  for (let i = 0; i + 2 < code.length; i++) {
    if (code.charCodeAt(i) === DOT && code.charCodeAt(i + 1) === ZERO && isDigit(code.charCodeAt(i + 2))) return true;
  }
  return false;
}

/**
 * First enhanced status code anywhere in `s[start, end)` that stands on its own (not glued to a
 * word, a number or another dot-separated number), or `null`. Linear in `end - start`.
 */
export function findEnhanced(s: string, start: number, end: number): { code: string; at: number } | null {
  const at = findEnhancedAt(s, start, end, s.length === end);
  return at < 0 ? null : { code: s.slice(at, enhancedEnd(s, at, end)), at };
}

/**
 * {@link findEnhanced} without the result object: the code's index (`enhancedEnd(s, at, end)` is
 * its end), or -1. `whole`: the caller reads all of `s` (not truncated), so a search may look past `end`;
 * then every code's dot (just after its class digit) is found with indexOf, which is much faster
 * than a loop over the characters. Either way, candidates come in order.
 */
export function findEnhancedAt(s: string, start: number, end: number, whole: boolean): number {
  for (let i = start; i < end; i++) {
    if (whole) {
      const d = s.indexOf('.', i + 1);
      if (d < 0 || d >= end) return -1;
      i = d - 1;
    }
    // enhancedEnd() checks the class digit (2, 4 or 5).
    if (i > start) {
      const p = s.charCodeAt(i - 1);
      if (isWordChar(p) || p === DOT) continue;
    }
    if (enhancedEnd(s, i, end) > 0) return i;
  }
  return -1;
}
