import type { ReplyClass } from './types.js';
import type { CodeEntry, CodeTexts } from './catalogue/types.js';
import { find } from './catalogue/find.js';
import type { Locale } from './locales/types.js';
import { localTexts } from './locales/resolve.js';

/** Options for {@link lookup}. */
export interface LookupOptions {
  /** Language of the texts; missing strings fall back to English. @default English */
  readonly locale?: Locale | undefined;
}

/** What {@link lookup} found for a code. */
export interface LookupResult extends CodeTexts {
  /** `'basic'` for three-digit codes, `'enhanced'` for `class.subject.detail` codes. */
  readonly kind: 'basic' | 'enhanced';
  /** The code looked up, normalised: `'550'` or `'5.1.1'`. */
  readonly code: string;
  /** Outcome class, from the first digit. */
  readonly class: ReplyClass;
  /** The catalogue entry that describes the code (frozen, shared). */
  readonly entry: CodeEntry;
  /**
   * `null` when the code itself is in the catalogue. Otherwise how the description was found:
   * `'subject'` (unknown detail: the subject's X.N.0 entry, RFC 3463 §2) or `'class'` (unknown
   * subject, or unknown basic code: its first digit, RFC 5321 §4.2).
   */
  readonly fallback: 'subject' | 'class' | null;
}

/**
 * Finds the catalogue entry for a basic (`550`, `'550'`) or enhanced (`'5.1.1'`) code, falling
 * back as the RFCs say when the exact code is not registered: an unknown detail to its subject
 * (`5.7.708` → X.7.0), an unknown subject to its class (`5.9.1` → 5.X.X), and an unknown basic code
 * to its first digit (`599` → 5xx). Returns `null` for anything that is not a code.
 *
 * @example
 * ```ts
 * lookup(550)?.name;           // 'Requested action not taken: mailbox unavailable'
 * lookup('5.1.1')?.class;      // 'permanent'
 * lookup('5.7.708')?.fallback; // 'subject'
 * lookup('hello');             // null
 * ```
 */
export function lookup(code: number | string, options?: LookupOptions): LookupResult | null {
  const found = find(code);
  if (!found) return null;
  const texts = localTexts(found.entry, options?.locale);
  return {
    kind: found.entry.kind,
    code: found.code,
    class: found.class,
    entry: found.entry,
    fallback: found.fallback,
    ...texts,
  };
}
