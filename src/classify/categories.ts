/**
 * The categories: one typed row each, the single home of what a category means for a decision.
 * The `Category` union, `CATEGORIES` and the sets the classifier and the docs use are derived from
 * this table, so "why was this soft?" has a table answer: the row's `bounce` and `retry`.
 */

/**
 * When a failure in the category is a hard bounce.
 * - `'permanent'`: hard for a permanent (5xx) reply or one without class; soft for a 4xx reply,
 *   which says itself that the condition may clear.
 * - `'never'`: always soft; the address itself is not the problem.
 */
export type BouncePolicy = 'permanent' | 'never';

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
}

const row = (bounce: BouncePolicy, retry: RetryPolicy, delay: number | null = null): CategoryPolicy => ({
  bounce,
  retry,
  delay,
});

/**
 * Every category with its policy, in the order of the docs' category table. The retry policy of a
 * rule can still be overridden by the rule itself (`retryable` in rules.ts), e.g. 552 to RCPT.
 */
export const CATEGORY_TABLE = /* @__PURE__ */ Object.freeze({
  success: row('never', 'class'),
  intermediate: row('never', 'class'),
  'user-unknown': row('permanent', 'class-only'),
  'domain-unknown': row('permanent', 'class-only'),
  'mailbox-moved': row('permanent', 'class-only'),
  'no-mail-accepted': row('permanent', 'class-only'),
  'mailbox-disabled': row('never', 'class'),
  'mailbox-full': row('never', 'class'),
  'message-too-large': row('never', 'class'),
  'content-rejected': row('never', 'class'),
  spam: row('never', 'class'),
  blocked: row('never', 'class'),
  'sender-authentication': row('never', 'class'),
  'sender-rejected': row('never', 'class'),
  'relay-denied': row('never', 'class'),
  policy: row('never', 'class'),
  'auth-required': row('never', 'class'),
  'tls-required': row('never', 'class'),
  'rate-limited': row('never', 'class-or-unclassed', 900),
  'too-many-recipients': row('never', 'class-or-unclassed'),
  greylisted: row('never', 'class-or-unclassed', 300),
  'service-unavailable': row('never', 'class-or-unclassed'),
  'server-error': row('never', 'class-or-unclassed'),
  'storage-full': row('never', 'class-or-unclassed'),
  network: row('never', 'class-or-unclassed'),
  expired: row('never', 'class-only'),
  protocol: row('never', 'class'),
  unknown: row('never', 'class'),
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
export const CATEGORIES: readonly Category[] = /* @__PURE__ */ Object.freeze(Object.keys(CATEGORY_TABLE) as Category[]);

/** The policy row of a category. */
export function categoryPolicy(category: Category): CategoryPolicy {
  return CATEGORY_TABLE[category];
}

/** Categories where the address itself is bad: a permanent reply in them is a hard bounce. */
export const HARD_CATEGORIES: ReadonlySet<Category> = /* @__PURE__ */ new Set(
  CATEGORIES.filter((c) => CATEGORY_TABLE[c].bounce === 'permanent'),
);

/** Categories that are worth retrying even when no class is known. */
export const TEMPORARY_CATEGORIES: ReadonlySet<Category> = /* @__PURE__ */ new Set(
  CATEGORIES.filter((c) => CATEGORY_TABLE[c].retry === 'class-or-unclassed'),
);
