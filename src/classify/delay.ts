import { isDigit, isSpace } from '../reply/chars.js';

const UNITS: readonly (readonly [string, number])[] = [
  ['second', 1], ['sec', 1], ['s', 1], ['minute', 60], ['min', 60], ['m', 60], ['hour', 3600], ['hr', 3600], ['h', 3600],
];

/**
 * A wait the server asks for, in seconds, read from phrases such as "try again in 300 seconds",
 * "retry in 5 minutes" or "wait 1 hour". Only a number directly followed by a unit word counts.
 * `null` when the text names none. Linear in the text length.
 */
export function delayHint(text: string): number | null {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isDigit(text.charCodeAt(i)) || (i > 0 && isWordOrDot(text.charCodeAt(i - 1)))) continue;
    let j = i;
    let value = 0;
    while (j < n && isDigit(text.charCodeAt(j)) && j - i < 7) value = value * 10 + text.charCodeAt(j++) - 48;
    if (j < n && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) { i = j; continue; }
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    let w = k;
    while (w < n && isLetter(text.charCodeAt(w))) w++;
    // Unit words are 1–7 letters (plural included); compare without building strings.
    if (w > k && w - k <= 7) {
      for (let u = 0; u < UNITS.length; u++) {
        const unit = UNITS[u]![0];
        const len = w - k;
        if ((len === unit.length || (len === unit.length + 1 && (text.charCodeAt(w - 1) | 32) === 115)) && sameLower(text, k, unit)) {
          return value > 0 ? value * UNITS[u]![1] : null;
        }
      }
    }
    i = j;
  }
  return null;
}

/** `text[k, k + word.length)` in lower case equals `word` (lower-case ASCII letters); `text` holds ASCII letters there. */
function sameLower(text: string, k: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(k + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWordOrDot(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 46 || c === 95;
}
