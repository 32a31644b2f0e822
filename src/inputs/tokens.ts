/**
 * Checks for the short tokens the readers meet: MTA ids and header field names. Hand-written over
 * char codes (the library keeps every regex in src/regex.ts; these need none), each linear in the
 * token's length.
 */

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function alnumRun(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isAlnum(s.charCodeAt(i))) return false;
  return true;
}

/** An Exim message id: `1rNXyZ-0001Ab-Cd` (6-6-2, up to 4.96) or `1rNXyZ-00000001Ab-0001` (6-11-4, 4.97 and later). */
export function isEximMessageId(s: string): boolean {
  const a = s.indexOf('-');
  const b = a < 0 ? -1 : s.indexOf('-', a + 1);
  if (a !== 6 || b < 0) return false;
  const second = b - a - 1;
  const third = s.length - b - 1;
  return (
    second >= 6 &&
    second <= 11 &&
    third >= 2 &&
    third <= 4 &&
    alnumRun(s, 0, a) &&
    alnumRun(s, a + 1, b) &&
    alnumRun(s, b + 1, s.length)
  );
}

/** A Postfix or Sendmail queue id: 5–32 letters and digits (`4F9D5C1234`, `4Y2xKq0Xz9z9sW9`, `40AA01x1004321`). */
export function isQueueId(s: string): boolean {
  return s.length >= 5 && s.length <= 32 && alnumRun(s, 0, s.length);
}

/** A header field name as DSN fields use them: a letter, then up to 76 letters, digits, `-` or `_`. */
export function isFieldName(s: string): boolean {
  if (s.length === 0 || s.length > 77) return false;
  const c0 = s.charCodeAt(0);
  if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122))) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isAlnum(c) && c !== 45 && c !== 95) return false;
  }
  return true;
}
