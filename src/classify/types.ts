/**
 * The classifier's public types: its options and its result. Field names and category strings
 * are public API: change them only with a CHANGELOG entry.
 */
import type { BounceType, Category, CommandSpelling, ParsedReply, Problem, ReplyClass, SmtpCommand } from '../types.js';
import type { Locale } from '../locales/types.js';

/** Options for {@link classify}. */
export interface ClassifyOptions {
  /**
   * Language of `description`, `fix` and `userMessage`. Each missing string falls back to English
   * on its own; a partial or malformed locale object never makes classify() throw.
   * @default English
   */
  readonly locale?: Locale | undefined;
  /**
   * The command the reply answered, when the caller knows it (`'RCPT'`, `'RCPT TO'`, `'DATA'`,
   * `'CONNECT'` …). It changes some decisions: 554 at connection time means no service, 552 to
   * RCPT means too many recipients. Otherwise it is read from the input when it says so.
   */
  readonly command?: SmtpCommand | CommandSpelling | null | undefined;
  /** Cap on characters read. @default 1_048_576 */
  readonly maxLength?: number | undefined;
  /** Cap on reply lines read. @default 100_000 */
  readonly maxLines?: number | undefined;
  /**
   * The reply comes from a report that says delivery failed for good (a bounce email, a DSN with
   * `Action: failed`): the sending side already gave up, so nothing is retried; when its last
   * attempt could not reach the server (a connection or routing failure), the message expired
   * (category `expired`, rule `report.final-after-temporary`).
   * @default false
   */
  readonly final?: boolean | undefined;
}

/** The decision for one reply. Field names and category strings are public API. */
export interface Classification {
  /** Basic reply code, e.g. 550; `null` when the input holds none. */
  readonly code: number | null;
  /** Enhanced status code, e.g. `'5.1.1'`; `null` when the input holds none. */
  readonly enhanced: string | null;
  /** Outcome class: from the basic code's first digit, else from the enhanced code's class. */
  readonly class: ReplyClass;
  /** Should the same message be tried again later? */
  readonly retryable: boolean;
  /** For failures: `'hard'` (the address itself is bad: stop sending to it) or `'soft'`; `null` otherwise. */
  readonly bounce: BounceType | null;
  /** What happened, as a stable category string. */
  readonly category: Category;
  /**
   * For the operator of the sending system (a developer, a mail administrator): what happened, in
   * the chosen locale.
   */
  readonly description: string;
  /**
   * For the operator: what to check and change, in the chosen locale. It agrees with the decision:
   * when `retryable` is `true` it says the message will be retried and what to do meanwhile;
   * when `false` it never promises a retry.
   */
  readonly fix: string;
  /**
   * For the person who sent the message (no jargon): what happened to their message and what they
   * can do, in the chosen locale. Like `fix`, it agrees with `retryable` ("we keep trying" only
   * when the message will be retried). `bounceNotice()` builds a whole notice around it.
   */
  readonly userMessage: string;
  /** Id of the rule that decided, e.g. `'enhanced.1.1'`. See docs/rules.md. */
  readonly rule: string;
  /** Why the rule decided as it did, in English, for logs. */
  readonly why: string;
  /** Suggested wait before retrying, in seconds (from the text, or a default for greylisting and rate limits). */
  readonly retryAfter: number | null;
  /** The command the reply answered, when given or read from the text. */
  readonly command: SmtpCommand | null;
  /** `true` when the input was not a well-formed reply (no code, bad lines, invalid input …). */
  readonly malformed: boolean;
  /** Everything the parser had to forgive, with where. */
  readonly problems: readonly Problem[];
  /** The parsed reply. */
  readonly reply: ParsedReply;
}
