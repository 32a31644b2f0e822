import { DOT, isDigit } from '../reply/chars.js';
import { findReplyStart } from '../reply/parse.js';
import { findEnhanced } from '../reply/enhanced.js';

/**
 * Reply text for {@link classify}: `text` as it is when it holds a reply code; otherwise led by
 * the codes recorded beside it (a log's `dsn=`, a DSN's `Status:`, an error's `responseCode`),
 * each only when the text does not hold it already. The text itself is never changed.
 */
export function readyReply(text: string, code: number | null, enhanced: string | null): string {
  const t = text.trim();
  if (t !== '' && findReplyStart(t, 0, t.length) >= 0) return t;
  const parts: string[] = [];
  if (code !== null && !containsNumber(t, code)) parts.push(String(code));
  if (enhanced !== null && findEnhanced(t, 0, t.length)?.code !== enhanced) parts.push(enhanced);
  if (t !== '') parts.push(t);
  return parts.join(' ');
}

/** Does `n` stand in `s` as a number of its own (not inside a longer number)? */
function containsNumber(s: string, n: number): boolean {
  const needle = String(n);
  for (let i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
    const before = i > 0 ? s.charCodeAt(i - 1) : 0;
    const after = i + needle.length < s.length ? s.charCodeAt(i + needle.length) : 0;
    if (!isDigit(before) && !isDigit(after) && before !== DOT && after !== DOT) return true;
  }
  return false;
}
