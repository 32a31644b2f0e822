import type { ProblemKind } from './types.js';

/**
 * Thrown by the strict APIs ({@link parseReplyStrict}, {@link formatReply}) when the input breaks
 * the rules. `kind` says what is wrong; `line` and `offset` say where, when known. `line` counts
 * from 1, as the message does ("line 2 has code 251 … (line 2)"); `Problem.line` of
 * {@link parseReply} is the zero-based index of the same line (`line - 1`).
 *
 * @example
 * ```ts
 * try {
 *   parseReplyStrict('550-5.1.1 first line only');
 * } catch (e) {
 *   if (e instanceof SmtpReplyError) console.log(e.kind, e.line); // 'missing-last-line' 1
 * }
 * ```
 */
export class SmtpReplyError extends Error {
  /** What is wrong. */
  readonly kind: ProblemKind;
  /** Number of the reply line concerned, counting from 1 as the message does, when known. */
  readonly line: number | undefined;
  /** Zero-based offset in the input, when known. */
  readonly offset: number | undefined;

  /**
   * @param lineIndex zero-based index of the line concerned (as in `Problem.line`); `line` is
   *   one more.
   */
  constructor(kind: ProblemKind, message: string, lineIndex?: number, offset?: number) {
    const line = lineIndex === undefined ? undefined : lineIndex + 1;
    const where = line !== undefined ? ` (line ${line})` : offset !== undefined ? ` (at offset ${offset})` : '';
    super(`${message}${where}`);
    this.name = 'SmtpReplyError';
    this.kind = kind;
    this.line = line;
    this.offset = offset;
  }
}
