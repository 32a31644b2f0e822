import type { SmtpCommand } from '../types.js';

/**
 * What every extractor in `smtp-reply` gives for one delivery attempt: a reply ready for
 * {@link classify}, the command it answered and the recipient it was about. Pass the first two
 * on as they are: `classify(x.reply, { command: x.command ?? undefined })`.
 *
 * @example
 * ```ts
 * import { classify, parseLogLine } from 'smtp-reply';
 * const x = parseLogLine(line);
 * if (x && x.kind !== 'sent') {
 *   const r = classify(x.reply, { command: x.command ?? undefined });
 *   console.log(x.recipient, r.category, r.bounce);
 * }
 * ```
 */
export interface ReplyContext {
  /**
   * Reply text ready for {@link classify}: the server's reply as it was recorded, without the
   * wrapping the recorder added (`host … said:`, `(in reply to … command)`). When no server reply
   * was recorded (a connection failure, a DNS error) it is the recorded reason, led by the status
   * code recorded beside it (`dsn=4.4.1`, `Status: 5.1.1`) when the reason holds no code itself.
   */
  readonly reply: string;
  /** The SMTP command the reply answered, when recorded; `null` when not. */
  readonly command: SmtpCommand | null;
  /** The recipient address the attempt was about, when recorded; `null` when not. */
  readonly recipient: string | null;
}
