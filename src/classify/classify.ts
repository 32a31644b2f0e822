/**
 * The classifier: the pipeline from input to decision, each step a module of its own.
 *
 *   input ─ inputs/normalize ─▶ text or parsed reply ─ reply/parse ─▶ ParsedReply
 *     ─ evidence ─▶ signals ─ rule-index ─▶ rule ─ decision ─▶ retry, bounce, wait
 *     ─ locales/resolve ─▶ texts
 */
import type { ParsedReply, Problem, ProblemKind, ReplyClass, ReplyInput, SmtpCommand } from '../types.js';
import { normalizeInput } from '../inputs/normalize.js';
import { toCommand } from '../inputs/command.js';
import { parseReply } from '../reply/parse.js';
import { failingReply } from '../reply/failing.js';
import { classOfDigit } from '../reply/class.js';
import { type EnhancedCode, parseEnhanced } from '../reply/enhanced.js';
import { resultTexts } from '../locales/resolve.js';
import { BUILT_IN_PHRASES, commandFromEvidence, type Evidence, gatherEvidence, type PhraseSet } from './evidence.js';
import { BUILT_IN_RULES, chooseRule, type RuleSet } from './rule-index.js';
import type { Rule } from './rules.js';
import { decide } from './decision.js';
import type { Classification, ClassifyOptions } from './types.js';

/** Problems that make the input malformed rather than merely decorated. */
const MALFORMED: ReadonlySet<ProblemKind> = /* @__PURE__ */ new Set<ProblemKind>([
  'no-code',
  'code-mismatch',
  'missing-last-line',
  'code-out-of-range',
  'bad-line',
  'invalid-input',
  'empty',
]);

/**
 * Classifies an SMTP reply: was it delivered, should it be retried, should the address bounce —
 * and what to tell a person. Total: it accepts any input (string, bytes, array of lines, an
 * error thrown by nodemailer or another client, or anything else) and never throws; input that
 * is not a well-formed reply is flagged with `malformed` and `problems`.
 *
 * @example
 * ```ts
 * const r = classify('550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 Please check the address.');
 * r.category;  // 'user-unknown'
 * r.bounce;    // 'hard'
 * r.retryable; // false
 *
 * classify('451 4.7.1 Greylisted, please try again in 300 seconds').retryAfter; // 300
 * ```
 */
export function classify(input: ReplyInput | unknown, options?: ClassifyOptions): Classification {
  return classifyWith(BUILT_IN_ENGINE, input, options);
}

/** What a classifier decides with: its phrases, its rules, and rules tried before them. */
export interface Engine {
  readonly phrases: PhraseSet;
  readonly rules: RuleSet;
  /** Rules tried first (a custom classifier's own), or `null`. */
  readonly first: ((reply: ParsedReply, facts: RuleFacts) => Rule | null) | null;
}

/** The facts rules are tested on. */
export interface RuleFacts {
  readonly digit: number;
  readonly code: number | null;
  readonly enhanced: EnhancedCode | null;
  readonly evidence: Evidence;
  readonly command: SmtpCommand | null;
}

const BUILT_IN_ENGINE: Engine = { phrases: BUILT_IN_PHRASES, rules: BUILT_IN_RULES, first: null };

/** classify() with the phrases and rules of `engine`. */
export function classifyWith(engine: Engine, input: unknown, options?: ClassifyOptions): Classification {
  const normalized = normalizeInput(input);
  const reply = failingReply(normalized.parsed ?? parseReply(normalized.text, options), options);
  const problems: readonly Problem[] = normalized.invalid
    ? [
        { kind: normalized.invalid, message: normalized.invalidMessage },
        ...reply.problems.filter((p) => p.kind !== 'empty'),
      ]
    : reply.problems;

  const code = reply.code ?? normalized.code;
  const enhancedText = reply.enhanced ?? normalized.enhanced;
  const enhanced = enhancedText === null ? null : parseEnhanced(enhancedText);
  const evidence = gatherEvidence(reply, engine.phrases);
  const command = toCommand(options?.command) ?? normalized.command ?? commandFromEvidence(evidence);
  const digit = classDigit(code, enhanced);
  const cls: ReplyClass = normalized.invalid && code === null && enhanced === null ? 'unknown' : classOfDigit(digit);
  let rule =
    engine.first?.(reply, { digit, code, enhanced, evidence, command }) ??
    chooseRule(digit, code, enhanced, evidence, command, engine.rules);
  const failed =
    cls === 'transient' || cls === 'permanent' || (cls === 'unknown' && !normalized.invalid && reply.text !== '');
  let decided = decide(rule, cls, evidence, command, failed, reply.text);
  if (decided.retryable && readFinal(options)) {
    // A final report: the sender gave up. When the last attempt could not even reach the server
    // (a connection or routing failure), the message expired; another cause stays the category.
    if (cls !== 'permanent' && rule.category === 'network') rule = FINAL_AFTER_TEMPORARY;
    decided = decide(rule, cls, evidence, command, failed, reply.text);
    if (decided.retryable)
      decided = { ...decided, retryable: false, retryAfter: null, why: `${decided.why}; the report is final` };
  }
  const { retryable, bounce, retryAfter, why } = decided;
  const texts = resultTexts(rule.category, retryable, bounce, options?.locale);

  return {
    code,
    enhanced: enhancedText,
    class: cls,
    retryable,
    bounce,
    category: rule.category,
    description: texts.description,
    fix: texts.fix,
    userMessage: texts.userMessage,
    rule: rule.id,
    why,
    retryAfter,
    command,
    malformed: problems.some((p) => MALFORMED.has(p.kind)),
    problems,
    reply,
  };
}

/** The rule a final report gives a temporary reply: the message expired. */
const FINAL_AFTER_TEMPORARY: Rule = {
  id: 'report.final-after-temporary',
  category: 'expired',
  why: 'the report says delivery failed for good after the server could not be reached: the sending side gave up retrying',
};

/** `options.final`, read defensively (classify() never throws, whatever the options). */
function readFinal(options: ClassifyOptions | undefined): boolean {
  try {
    return options?.final === true;
  } catch {
    return false;
  }
}

/** Class digit from the basic code (RFC 5321 §4.2.1), else the enhanced code's class, else 0. */
function classDigit(code: number | null, enhanced: EnhancedCode | null): number {
  if (code !== null) {
    // RFC 5321 §4.2: an unknown code is read by its first digit; one outside 2–5 has no class.
    const d = Math.floor(code / 100);
    return d >= 2 && d <= 5 ? d : 0;
  }
  return enhanced ? enhanced.class : 0;
}
