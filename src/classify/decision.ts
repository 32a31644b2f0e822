/**
 * The decision: from the rule that matched, the reply's class and the evidence, whether to retry,
 * whether the bounce is hard, and how long to wait. The category table (categories.ts) says what
 * each category allows; a rule may override the retry decision (rules.ts, `retryable`).
 */
import type { BounceType, ReplyClass } from '../types.js';
import { categoryPolicy } from './categories.js';
import { delayHint } from './delay.js';
import { type Evidence, hasAny, signalSet } from './evidence.js';
import type { Rule } from './rules.js';

/** What the classifier decides beside the category. */
export interface Decision {
  readonly retryable: boolean;
  readonly bounce: BounceType | null;
  readonly retryAfter: number | null;
  /** The rule's reason, with anything the decision added to it. */
  readonly why: string;
}

const TRY_LATER = /* @__PURE__ */ signalSet(['try-later']);
const PERMANENT = /* @__PURE__ */ signalSet(['permanent']);

/**
 * Decides retry, bounce and wait for a reply of class `cls` that `rule` matched.
 * `failed`: the input reports a failure (a 4xx/5xx, or unclassed text that is not invalid input).
 */
export function decide(rule: Rule, cls: ReplyClass, evidence: Evidence, failed: boolean, text: string): Decision {
  const policy = categoryPolicy(rule.category);
  let why = rule.why;
  let retryable: boolean;
  if (rule.retryable !== undefined) retryable = rule.retryable;
  else if (policy.retry === 'always') retryable = true;
  else if (policy.retry === 'never') retryable = false;
  else if (cls === 'transient') retryable = true;
  else if (cls === 'unknown') retryable = policy.retry === 'class-or-unclassed' && !hasAny(evidence, PERMANENT);
  else retryable = false;
  if (
    !retryable &&
    rule.retryable === undefined &&
    (policy.retry === 'class' || policy.retry === 'class-or-unclassed') &&
    (cls === 'permanent' || cls === 'unknown') &&
    hasAny(evidence, TRY_LATER)
  ) {
    retryable = true;
    why += '; the text says the condition is temporary';
  }
  const bounce: BounceType | null = !failed
    ? null
    : policy.bounce === 'permanent' && cls !== 'transient'
      ? 'hard'
      : 'soft';
  const retryAfter = retryable ? (delayHint(text) ?? policy.delay) : null;
  return { retryable, bounce, retryAfter, why };
}
