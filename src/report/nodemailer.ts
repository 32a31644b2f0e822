/** nodemailer errors classified per refused recipient: the reader (inputs/nodemailer.ts) plus classify(). */
import { classify } from '../classify/classify.js';
import type { Classification, ClassifyOptions } from '../classify/types.js';
import { fromNodemailerError, isSentInfo } from '../inputs/nodemailer.js';

/**
 * A {@link Classification} of one failed recipient (or of a whole failed send), with the recipient.
 *
 * @example
 * ```ts
 * for (const r of classifyNodemailerError(err)) {
 *   if (r.bounce === 'hard' && r.recipient) await suppressions.add(r.recipient);
 *   else if (r.retryable) await queue.retry(r.recipient, r.retryAfter ?? 600);
 * }
 * ```
 */
export interface RecipientClassification extends Classification {
  /**
   * The recipient the reply was about; `null` when the failure concerned the whole send (every
   * recipient without a result of its own).
   */
  readonly recipient: string | null;
}

/**
 * Classifies what nodemailer reported: one result per refused recipient (each with its
 * `recipient`), then one for the whole error when it failed on its own account (a message refused
 * after `DATA`, a lost connection), as {@link fromNodemailerError} reads them. Give it the error nodemailer threw, or the `info` of
 * a send that some recipients refused (there it returns `[]` when none was refused). Never throws;
 * anything unreadable gives one result flagged `malformed`.
 *
 * `options.command` wins over the command nodemailer recorded, as in {@link classify}.
 *
 * @example
 * ```ts
 * const info = await transporter.sendMail({ to: ['ann@example.com', 'bob@example.com'], … });
 * for (const r of classifyNodemailerError(info)) {
 *   if (r.bounce === 'hard') suppress(r.recipient); // bob@example.com: 550 5.1.1 user unknown
 * }
 * ```
 */
export function classifyNodemailerError(err: unknown, options?: ClassifyOptions): RecipientClassification[] {
  const failures = fromNodemailerError(err);
  if (failures.length === 0) {
    if (isSentInfo(err)) return [];
    return [{ ...classify(err, options), recipient: null }];
  }
  return failures.map((f) => ({
    ...classify(f.reply, { ...options, command: options?.command ?? f.command ?? undefined }),
    recipient: f.recipient,
  }));
}
