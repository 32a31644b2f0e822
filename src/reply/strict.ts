import { SmtpReplyError } from '../errors.js';
import type { ParsedReply } from '../types.js';
import { parseReply, type ParseOptions } from './parse.js';

/**
 * Parses a reply like {@link parseReply}, but accepts only what RFC 5321 §4.2 and RFC 2034 allow:
 * it throws a {@link SmtpReplyError} for the first problem found (no code, leading text, lines with
 * different codes, a missing last line, an enhanced code of the wrong class, joined replies …).
 *
 * @throws {SmtpReplyError} with `kind`, `line` and `offset` saying what is wrong and where.
 * @example
 * ```ts
 * parseReplyStrict('250 2.0.0 OK').code; // 250
 * parseReplyStrict('hello');             // throws SmtpReplyError, kind 'no-code'
 * ```
 */
export function parseReplyStrict(input: string, options?: ParseOptions): ParsedReply {
  if (typeof input !== 'string') {
    throw new SmtpReplyError('invalid-input', `expected a string, got ${input === null ? 'null' : typeof input}`);
  }
  const reply = parseReply(input, options);
  const p = reply.problems[0];
  if (p) throw new SmtpReplyError(p.kind, p.message, p.line, p.offset);
  return reply;
}
