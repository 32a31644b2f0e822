/**
 * The decision: from the rule that matched, the reply's class and the evidence, whether to retry,
 * whether the bounce is hard, and how long to wait. The category table (categories.ts) says what
 * each category allows; a rule may override the retry decision (rules.ts, `retryable`).
 */
import type { BounceType, ReplyClass, SmtpCommand } from '../types.js';
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

/** Commands answered before any recipient is named. */
export const BEFORE_RECIPIENT: ReadonlySet<SmtpCommand> = /* @__PURE__ */ new Set<SmtpCommand>([
  'CONNECT',
  'HELO',
  'EHLO',
  'STARTTLS',
  'AUTH',
  'MAIL',
]);

const TRY_LATER = /* @__PURE__ */ signalSet(['try-later']);
const PERMANENT = /* @__PURE__ */ signalSet(['permanent', 'final']);
const FINAL = /* @__PURE__ */ signalSet(['final']);

/**
 * Decides retry, bounce and wait for a reply of class `cls` that `rule` matched.
 * `failed`: the input reports a failure (a 4xx/5xx, or unclassed text that is not invalid input).
 */
export function decide(
  rule: Rule,
  cls: ReplyClass,
  evidence: Evidence,
  command: SmtpCommand | null,
  failed: boolean,
  text: string,
): Decision {
  const policy = categoryPolicy(rule.category);
  let why = rule.why;
  let retryable: boolean;
  if (rule.retryable !== undefined) retryable = rule.retryable;
  else if (hasAny(evidence, FINAL) && policy.retry !== 'always') {
    // "I'm not going to try again", "do not retry": the sender of the text says it is final.
    retryable = false;
  } else if (policy.retry === 'always') retryable = true;
  else if (policy.retry === 'never') retryable = false;
  else if (cls === 'transient') retryable = true;
  else if (cls === 'unknown') retryable = policy.retry === 'class-or-unclassed' && !hasAny(evidence, PERMANENT);
  else retryable = false;
  if (
    !retryable &&
    rule.retryable === undefined &&
    (policy.retry === 'class' || policy.retry === 'class-or-unclassed') &&
    (cls === 'permanent' || cls === 'unknown') &&
    hasAny(evidence, TRY_LATER) &&
    !hasAny(evidence, FINAL)
  ) {
    retryable = true;
    why += '; the text says the condition is temporary';
  }
  // Hard only for a final failure that speaks of the recipient's address, and only after a
  // recipient was named: a reply to CONNECT, HELO or MAIL is never about the recipient's mailbox.
  const bounce: BounceType | null = !failed
    ? null
    : (policy.bounce === 'permanent' ? cls !== 'transient' : policy.bounce === 'coded' && cls === 'permanent') &&
        !rule.soft &&
        !retryable &&
        (command === null || !BEFORE_RECIPIENT.has(command))
      ? 'hard'
      : 'soft';
  const retryAfter = retryable ? (delayHint(text) ?? policy.delay) : null;
  return { retryable, bounce, retryAfter, why };
}
