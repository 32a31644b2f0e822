import { SmtpReplyError } from '../errors.js';
import { isNewline } from './chars.js';
import { hasLeadingZero, isEnhancedCode, sameClass } from './enhanced.js';

/** What {@link formatReply} writes. */
export interface ReplySpec {
  /** Basic reply code, 200–559. */
  readonly code: number;
  /** Enhanced status code written at the start of every line (RFC 2034 §4), e.g. `'5.1.1'`. */
  readonly enhanced?: string | null | undefined;
  /** The text of each line; a string is one line. An empty list writes a bare code. */
  readonly lines: string | readonly string[];
}

/** Options for {@link formatReply}. */
export interface FormatOptions {
  /** Line end written between and after lines. @default '\r\n' between lines, none after the last */
  readonly newline?: '\r\n' | '\n' | undefined;
  /** Write the line end after the last line too, as on the wire. @default false */
  readonly trailingNewline?: boolean | undefined;
}

/**
 * Writes a (multi-line) SMTP reply: `NNN-` on every line but the last, `NNN ` on the last, and the
 * enhanced code, when given, at the start of every line's text. `parseReply(formatReply(x))` gives
 * back the code, the enhanced code and the line texts.
 *
 * @throws {SmtpReplyError} `code-out-of-range` for a code outside 200–559, `bad-line` for a line
 * text holding a line break, `enhanced-class-mismatch` for an enhanced code of another class, and
 * `invalid-input` for a spec or option of the wrong type (from JavaScript callers).
 * @example
 * ```ts
 * formatReply({ code: 550, enhanced: '5.1.1', lines: ['No such user', 'Check the address'] });
 * // '550-5.1.1 No such user\r\n550 5.1.1 Check the address'
 * ```
 */
export function formatReply(spec: ReplySpec, options?: FormatOptions): string {
  if (typeof spec !== 'object' || spec === null)
    throw new SmtpReplyError('invalid-input', 'expected a reply spec { code, enhanced, lines }');
  const { code } = spec;
  if (!Number.isInteger(code) || code < 200 || code > 559 || code % 100 > 59) {
    throw new SmtpReplyError(
      'code-out-of-range',
      `reply code ${typeof code === 'number' ? code : `of type ${typeof code}`} is outside 200–559 (RFC 5321 §4.2)`,
    );
  }
  const enhanced = spec.enhanced ?? null;
  if (enhanced !== null && typeof enhanced !== 'string')
    throw new SmtpReplyError('invalid-input', 'enhanced must be a string');
  if (enhanced !== null) {
    if (!isEnhancedCode(enhanced)) {
      throw new SmtpReplyError('bad-line', `'${enhanced}' is not an enhanced status code (class.subject.detail)`);
    }
    if (hasLeadingZero(enhanced)) {
      throw new SmtpReplyError('bad-line', `enhanced code ${enhanced} has a leading zero (RFC 3463 §2)`);
    }
    if (!sameClass(code, enhanced)) {
      throw new SmtpReplyError(
        'enhanced-class-mismatch',
        `enhanced code ${enhanced} is of another class than reply code ${code}`,
      );
    }
  }
  const texts: readonly unknown[] = typeof spec.lines === 'string' ? [spec.lines] : spec.lines;
  if (!Array.isArray(texts) || !texts.every((t) => typeof t === 'string')) {
    throw new SmtpReplyError('invalid-input', 'lines must be a string or an array of strings');
  }
  const nl = options?.newline ?? '\r\n';
  if (nl !== '\r\n' && nl !== '\n') throw new SmtpReplyError('invalid-input', "newline must be '\\r\\n' or '\\n'");
  if (texts.length === 0) return enhanced ? `${code} ${enhanced}` : String(code);
  let out = '';
  for (let n = 0; n < texts.length; n++) {
    const text = texts[n] as string;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isNewline(c)) throw new SmtpReplyError('bad-line', 'a line text holds a line break', n, i);
      // RFC 5321 §4.2 textstring: HT and printable characters only.
      if ((c < 32 && c !== 9) || c === 127)
        throw new SmtpReplyError(
          'bad-line',
          `a line text holds the control character U+${c.toString(16).padStart(4, '0')}`,
          n,
          i,
        );
    }
    const sep = n === texts.length - 1 ? ' ' : '-';
    const body = enhanced ? (text ? `${enhanced} ${text}` : enhanced) : text;
    out += `${code}${sep}${body}`;
    if (n < texts.length - 1 || options?.trailingNewline) out += nl;
  }
  return out;
}
