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
    const word = text.slice(k, w).toLowerCase();
    for (const [unit, factor] of UNITS) {
      if (word === unit || word === `${unit}s`) return value > 0 ? value * factor : null;
    }
    i = j;
  }
  return null;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWordOrDot(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 46 || c === 95;
}
