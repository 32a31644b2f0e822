import type { Locale } from '../locales/types.js';
import { resultTexts } from '../locales/resolve.js';
import type { Classification } from './types.js';

/**
 * The same result with the texts (`description`, `fix`, `userMessage`) of another locale, without
 * reading the reply again: for instance to log in English and notify the sender in theirs. The
 * texts follow the result's `category` and `retryable` as classify() chooses them; each missing
 * string falls back to English, and a malformed locale never makes it throw.
 *
 * @example
 * ```ts
 * import { classify, localize } from 'smtp-reply';
 * import { de } from 'smtp-reply/locales/de/core';
 * const r = classify('452 4.2.2 Mailbox full');  // English texts, for the log
 * const forSender = localize(r, de).userMessage;  // German, for the person who sent it
 * ```
 */
export function localize(result: Classification, locale?: Locale): Classification {
  return { ...result, ...resultTexts(result.category, result.retryable, result.bounce, locale) };
}
