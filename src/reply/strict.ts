import { SmtpReplyError } from '../errors.js';
import type { ParsedReply } from '../types.js';
import { CR, HASH, HYPHEN, LF, SP, TAB, isDigit } from './chars.js';
import { enhancedEnd, hasLeadingZero } from './enhanced.js';
import { parseReply, type ParseOptions } from './parse.js';

/**
 * Parses a reply like {@link parseReply}, but accepts only what RFC 5321 §4.2 and RFC 2034 allow:
 * it throws a {@link SmtpReplyError} for the first problem found — no code, leading text, lines
 * with different codes, a missing last line, an enhanced code of the wrong class, joined replies —
 * and for what the wire format forbids and the tolerant parser forgives: line ends other than CRLF,
 * a line that does not start with the code, control characters in the text, `#` before an
 * enhanced code, leading zeros in it (RFC 3463 §2), and an enhanced code on some lines but not all
 * (RFC 2034 §4).
 *
 * @throws {SmtpReplyError} with `kind`, `line` and `offset` saying what is wrong and where.
 * @example
 * ```ts
 * parseReplyStrict('250 2.0.0 OK').code; // 250
 * parseReplyStrict('hello');             // throws SmtpReplyError, kind 'no-code'
 * parseReplyStrict('250-a\n250 b');      // throws SmtpReplyError, kind 'bad-line' (LF without CR)
 * ```
 */
export function parseReplyStrict(input: string, options?: ParseOptions): ParsedReply {
  if (typeof input !== 'string') {
    throw new SmtpReplyError('invalid-input', `expected a string, got ${input === null ? 'null' : typeof input}`);
  }
  const reply = parseReply(input, options);
  const p = reply.problems[0];
  if (p) throw new SmtpReplyError(p.kind, p.message, p.line, p.offset);
  checkWire(input, reply);
  return reply;
}

/** Checks the reply as it stands on the wire, line by line; throws on the first fault. */
function checkWire(s: string, reply: ParsedReply): void {
  const n = s.length;
  let line = 0;
  let withEnhanced = 0;
  let i = 0;
  while (i < n) {
    let e = i;
    while (e < n && s.charCodeAt(e) !== CR && s.charCodeAt(e) !== LF) e++;
    if (e < n && (s.charCodeAt(e) === LF || e + 1 >= n || s.charCodeAt(e + 1) !== LF)) {
      throw new SmtpReplyError('bad-line', 'lines must end in CRLF (RFC 5321 §2.3.8)', line, e);
    }
    if (e - i < 3 || !isDigit(s.charCodeAt(i)) || !isDigit(s.charCodeAt(i + 1)) || !isDigit(s.charCodeAt(i + 2))) {
      throw new SmtpReplyError('bad-line', 'every line must start with the reply code', line, i);
    }
    const sep = i + 3 < e ? s.charCodeAt(i + 3) : -1;
    if (sep !== -1 && sep !== SP && sep !== HYPHEN) {
      throw new SmtpReplyError(
        'bad-line',
        'the reply code must be followed by a space, a hyphen or the line end',
        line,
        i + 3,
      );
    }
    for (let k = i + 4; k < e; k++) {
      const c = s.charCodeAt(k);
      if ((c < SP && c !== TAB) || c === 127) {
        throw new SmtpReplyError(
          'bad-line',
          `control character U+${c.toString(16).padStart(4, '0')} in the reply text`,
          line,
          k,
        );
      }
    }
    const t = i + 4;
    if (t < e && s.charCodeAt(t) === HASH) {
      throw new SmtpReplyError('bad-line', "'#' before an enhanced status code is not part of RFC 3463", line, t);
    }
    const end = t < e ? enhancedEnd(s, t, e) : -1;
    if (end > 0) {
      withEnhanced++;
      const code = s.slice(t, end);
      if (hasLeadingZero(code)) {
        throw new SmtpReplyError('bad-line', `enhanced code ${code} has a leading zero (RFC 3463 §2)`, line, t);
      }
    }
    line++;
    i = e < n ? e + 2 : n;
  }
  if (line !== reply.lines.length) {
    // One wire line read as several: a reply flattened onto one line ends on its first `NNN-`.
    throw new SmtpReplyError(
      'missing-last-line',
      'the reply ends on a continuation line (NNN-) without a final NNN line',
      0,
    );
  }
  if (withEnhanced > 0 && withEnhanced < line) {
    throw new SmtpReplyError(
      'enhanced-mismatch',
      'an enhanced code must stand on every line of the reply or on none (RFC 2034 §4)',
    );
  }
}
