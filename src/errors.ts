import type { ProblemKind } from './types.js';

/**
 * Thrown by the strict APIs ({@link parseReplyStrict}, {@link formatReply}) when the input breaks
 * the rules. `kind` says what is wrong; `line` and `offset` say where, when known.
 *
 * @example
 * ```ts
 * try {
 *   parseReplyStrict('550-5.1.1 first line only');
 * } catch (e) {
 *   if (e instanceof SmtpReplyError) console.log(e.kind, e.line); // 'missing-last-line' 0
 * }
 * ```
 */
export class SmtpReplyError extends Error {
  /** What is wrong. */
  readonly kind: ProblemKind;
  /** Zero-based index of the reply line concerned, when known. */
  readonly line: number | undefined;
  /** Zero-based offset in the input, when known. */
  readonly offset: number | undefined;

  constructor(kind: ProblemKind, message: string, line?: number, offset?: number) {
    const where = line !== undefined ? ` (line ${line + 1})` : offset !== undefined ? ` (at offset ${offset})` : '';
    super(`${message}${where}`);
    this.name = 'SmtpReplyError';
    this.kind = kind;
    this.line = line;
    this.offset = offset;
  }
}
