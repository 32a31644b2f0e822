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

/**
 * First enhanced status code anywhere in `s[start, end)` that stands on its own (not glued to a
 * word, a number or another dot-separated number), or `null`. Linear in `end - start`.
 */
export function findEnhanced(s: string, start: number, end: number): { code: string; at: number } | null {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 50 && c !== 52 && c !== 53) continue;
    if (i > start) {
      const p = s.charCodeAt(i - 1);
      if (isWordChar(p) || p === DOT) continue;
    }
    const e = enhancedEnd(s, i, end);
    if (e > 0) return { code: s.slice(i, e), at: i };
  }
  return null;
}
