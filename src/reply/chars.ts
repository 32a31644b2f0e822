/**
 * Character-code helpers for the hand-written scanners. Scanning char codes keeps the parser
 * linear by construction: no backtracking, no intermediate arrays. (Its one regex,
 * CODE_CANDIDATE_REGEX in src/regex.ts, has no quantifier: it only finds candidates faster.)
 */

export const CR = 13;
export const LF = 10;
export const SP = 32;
export const TAB = 9;
export const HYPHEN = 45;
export const DOT = 46;
export const HASH = 35;
export const COLON = 58;
export const ZERO = 48;
export const DIGIT_2 = 50;
export const DIGIT_4 = 52;
export const DIGIT_5 = 53;
export const NINE = 57;
export const UPPER_A = 65;
export const UPPER_Z = 90;
export const LOWER_A = 97;
export const LOWER_Z = 122;
export const UNDERSCORE = 95;
export const FORM_FEED = 12;
export const VERTICAL_TAB = 11;

export function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

export function isBlank(c: number): boolean {
  return c === SP || c === TAB;
}

export function isSpace(c: number): boolean {
  return c === SP || c === TAB || c === CR || c === LF || c === FORM_FEED || c === VERTICAL_TAB;
}

export function isNewline(c: number): boolean {
  return c === CR || c === LF;
}

/** ASCII letter, digit or underscore: a character that glues a number to a word. */
export function isWordChar(c: number): boolean {
  return isDigit(c) || isUpper(c) || (c >= LOWER_A && c <= LOWER_Z) || c === UNDERSCORE;
}

/** ASCII letter. */
export function isLetter(c: number): boolean {
  return isUpper(c) || (c >= LOWER_A && c <= LOWER_Z);
}

export function isUpper(c: number): boolean {
  return c >= UPPER_A && c <= UPPER_Z;
}

/** Index of the first non-blank (space/tab) character at or after `i`, at most `end`. */
export function skipBlanks(s: string, i: number, end: number): number {
  while (i < end && isBlank(s.charCodeAt(i))) i++;
  return i;
}

/** `end` moved left past trailing white space, no further than `start`. */
export function trimEnd(s: string, start: number, end: number): number {
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return end;
}

/** Value of three digits at `i` (caller checked they are digits). */
export function threeDigits(s: string, i: number): number {
  return (s.charCodeAt(i) - ZERO) * 100 + (s.charCodeAt(i + 1) - ZERO) * 10 + (s.charCodeAt(i + 2) - ZERO);
}
