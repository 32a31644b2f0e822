/**
 * The categories: one typed row each, the single home of what a category means for a decision.
 * The `Category` union, `CATEGORIES` and the sets the classifier and the docs use are derived from
 * this table, so "why was this soft?" has a table answer: the row's `bounce` and `retry`.
 */

/**
 * When a failure in the category is a hard bounce.
 * - `'permanent'`: hard for a permanent (5xx) reply or one without class; soft for a 4xx reply,
 *   which says itself that the condition may clear.
 * - `'coded'`: hard only for a reply whose code says permanent (5xx, or a 5.x.x status); a text
 *   without a code is soft (a disabled account may come back).
 * - `'never'`: always soft; the address itself is not the problem.
 */
export type BouncePolicy = 'permanent' | 'coded' | 'never';

/**
 * When a failure in the category is worth sending again.
 * - `'class'`: as the class says (4xx yes, 5xx no); a permanent reply whose text says the condition is
 *   temporary ("try again later") is retried too.
 * - `'class-only'`: as the class says, whatever the text (a bad address does not get better; an
 *   expiry report already gave up).
 * - `'class-or-unclassed'`: as `'class'`, and also yes for a reply without any class.
 * - `'always'`: yes, whatever the class (the condition clears with time: a rate limit, greylisting).
 * - `'never'`: no, whatever the class.
 */
export type RetryPolicy = 'class' | 'class-only' | 'class-or-unclassed' | 'always' | 'never';

/** One category's row. */
export interface CategoryPolicy {
  /** When a failure in this category is a hard bounce. */
  readonly bounce: BouncePolicy;
  /** When it is worth retrying. */
  readonly retry: RetryPolicy;
  /** Seconds to wait before a retry when the reply gives none; `null` for no default. */
  readonly delay: number | null;
  /**
   * The category speaks of the recipient's mailbox (it does not exist, moved, is disabled or full).
   * A reply to CONNECT, HELO/EHLO, STARTTLS, AUTH or MAIL comes before any recipient was named, so
   * it never gives such a category (rule-index.ts skips those rules there).
   */
  readonly mailbox: boolean;
}

/**
 * Every category with its policy, in the order of the docs' category table. The retry policy of a
 * rule can still be overridden by the rule itself (`retryable` in rules.ts), e.g. 552 to RCPT.
 */
export const CATEGORY_TABLE = /* @__PURE__ */ Object.freeze({
  success: { bounce: 'never', retry: 'class', delay: null, mailbox: false },
  intermediate: { bounce: 'never', retry: 'class', delay: null, mailbox: false },
  'user-unknown': { bounce: 'permanent', retry: 'class-only', delay: null, mailbox: true },
  'domain-unknown': { bounce: 'permanent', retry: 'class-only', delay: null, mailbox: false },
  'mailbox-moved': { bounce: 'permanent', retry: 'class-only', delay: null, mailbox: true },
  'no-mail-accepted': { bounce: 'permanent', retry: 'class-only', delay: null, mailbox: false },
  // Disabled for good (5xx): such accounts rarely come back and some become spam traps. A text that
  // says "temporarily" makes it retryable, and a retryable result is never a hard bounce.
  'mailbox-disabled': { bounce: 'coded', retry: 'class', delay: null, mailbox: true },
  'mailbox-full': { bounce: 'never', retry: 'class', delay: null, mailbox: true },
  'message-too-large': { bounce: 'never', retry: 'class', delay: null, mailbox: false },
  'content-rejected': { bounce: 'never', retry: 'class', delay: null, mailbox: false },
  spam: { bounce: 'never', retry: 'class', delay: null, mailbox: false },
  blocked: { bounce: 'never', retry: 'class', delay: null, mailbox: false },
  'sender-authentication': { bounce: 'never', retry: 'class', delay: null, mailbox: false },
  'sender-rejected': { bounce: 'never', retry: 'class', delay: null, mailbox: false },
  'relay-denied': { bounce: 'never', retry: 'class', delay: null, mailbox: false },
  policy: { bounce: 'never', retry: 'class', delay: null, mailbox: false },
  'auth-required': { bounce: 'never', retry: 'class', delay: null, mailbox: false },
  'tls-required': { bounce: 'never', retry: 'class', delay: null, mailbox: false },
  'rate-limited': { bounce: 'never', retry: 'class-or-unclassed', delay: 900, mailbox: false },
  'too-many-recipients': { bounce: 'never', retry: 'class-or-unclassed', delay: null, mailbox: false },
  greylisted: { bounce: 'never', retry: 'class-or-unclassed', delay: 300, mailbox: false },
  'service-unavailable': { bounce: 'never', retry: 'class-or-unclassed', delay: null, mailbox: false },
  'server-error': { bounce: 'never', retry: 'class-or-unclassed', delay: null, mailbox: false },
  'storage-full': { bounce: 'never', retry: 'class-or-unclassed', delay: null, mailbox: false },
  network: { bounce: 'never', retry: 'class-or-unclassed', delay: null, mailbox: false },
  // The sending side already retried until it gave up: the report is final, whatever its code.
  expired: { bounce: 'never', retry: 'never', delay: null, mailbox: false },
  protocol: { bounce: 'never', retry: 'class', delay: null, mailbox: false },
  unknown: { bounce: 'never', retry: 'class', delay: null, mailbox: false },
} as const satisfies Readonly<Record<string, CategoryPolicy>>);

/** What went wrong (or right), in terms a mail sender acts on. See docs/categories.md. */
export type Category = keyof typeof CATEGORY_TABLE;

/**
 * Every category string, in the order of the category table in the docs. Frozen.
 *
 * @example
 * ```ts
 * CATEGORIES.includes('greylisted'); // true
 * ```
 */
export const CATEGORIES: readonly Category[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(CATEGORY_TABLE) as Category[],
);

/** The policy row of a category. */
export function categoryPolicy(category: Category): CategoryPolicy {
  return CATEGORY_TABLE[category];
}

/** Categories where the address itself is bad: a permanent reply in them is a hard bounce. */
export const HARD_CATEGORIES: ReadonlySet<Category> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ CATEGORIES.filter((c) => CATEGORY_TABLE[c].bounce !== 'never'),
);

/** Categories that are worth retrying even when no class is known. */
export const TEMPORARY_CATEGORIES: ReadonlySet<Category> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ CATEGORIES.filter((c) => CATEGORY_TABLE[c].retry === 'class-or-unclassed'),
);
