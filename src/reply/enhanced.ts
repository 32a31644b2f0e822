import { DOT, isDigit, isWordChar } from './chars.js';

/**
 * If an enhanced status code (RFC 3463 §2: class "." subject "." detail, class 2/4/5, subject and
 * detail 1–3 digits) starts at `i`, returns the index just past it; otherwise -1.
 * The code must end at a boundary: not followed by a digit, a letter or `.digit`.
 */
export function enhancedEnd(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c !== 50 && c !== 52 && c !== 53) return -1; // 2, 4, 5
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
    if (code.charCodeAt(i) === DOT && code.charCodeAt(i + 1) === 48 && isDigit(code.charCodeAt(i + 2))) return true;
  }
  return false;
}

/**
 * First enhanced status code anywhere in `s[start, end)` that stands on its own (not glued to a
 * word, a number or another dot-separated number), or `null`. Linear in `end - start`.
 */
export function findEnhanced(s: string, start: number, end: number): { code: string; at: number } | null {
  const at = findEnhancedAt(s, start, end, s.length === end);
  return at < 0 ? null : { code: s.slice(at, foundEnd), at };
}

/** End of the code found by the last {@link findEnhancedAt} that found one. */
export let foundEnd = -1;

/**
 * {@link findEnhanced} without the result object: the code's index (its end in {@link foundEnd}),
 * or -1. `whole`: the caller reads all of `s` (not truncated), so a search may look past `end`;
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
    const e = enhancedEnd(s, i, end);
    if (e > 0) {
      foundEnd = e;
      return i;
    }
  }
  return -1;
}
