import type { ReplyClass } from '../types.js';

const CLASS_NAMES: Readonly<Record<string, ReplyClass>> = {
  '2': 'success',
  '3': 'intermediate',
  '4': 'transient',
  '5': 'permanent',
};

/** Class of a code from its first digit (RFC 5321 §4.2.1, RFC 3463 §2); `'unknown'` outside 2–5. */
export function classOfDigit(digit: number): ReplyClass {
  return CLASS_NAMES[digit] ?? 'unknown';
}
