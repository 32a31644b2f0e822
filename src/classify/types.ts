/**
 * The classifier's public types: its options and its result. Field names and category strings
 * are public API: change them only with a CHANGELOG entry.
 */
import type { BounceType, Category, ParsedReply, Problem, ReplyClass, SmtpCommand } from '../types.js';
import type { Locale } from '../locales/types.js';

/** Options for {@link classify}. */
export interface ClassifyOptions {
  /** Language of `description` and `fix`; missing strings fall back to English. @default English */
  readonly locale?: Locale;
  /**
   * The command the reply answered, when the caller knows it (`'RCPT'`, `'RCPT TO'`, `'DATA'`,
   * `'CONNECT'` …). It changes some decisions: 554 at connection time means no service, 552 to
   * RCPT means too many recipients. Otherwise it is read from the input when it says so.
   */
  readonly command?: SmtpCommand | string | null;
  /** Cap on characters read. @default 1_048_576 */
  readonly maxLength?: number;
  /** Cap on reply lines read. @default 100_000 */
  readonly maxLines?: number;
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
  /** What happened, in plain words for the person who must act (in the chosen locale). */
  readonly description: string;
  /** What to do next (in the chosen locale). */
  readonly fix: string;
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
