/**
 * Classifiers with the caller's own wordings and rules: wordings change faster than releases.
 * Everything is validated and compiled once, when the classifier is made; classifying stays total.
 */
import { SmtpReplyError } from '../errors.js';
import { CLASS_DIGITS_REGEX, WORD_CHARACTER_REGEX } from '../regex.js';
import { isEnhancedCode } from '../reply/enhanced.js';
import { SMTP_COMMANDS } from '../inputs/command.js';
import type { Category, ParsedReply, SmtpCommand } from '../types.js';
import { CATEGORIES } from './categories.js';
import { type Engine, type RuleFacts, classifyWith } from './classify.js';
import { BUILT_IN_PHRASES, compilePhrases, findAnywhere, type PhraseSet, signalPhrases } from './evidence.js';
import { BUILT_IN_RULES, type CompiledRule, compileRule, ruleHolds } from './rule-index.js';
import { RULES, type Rule } from './rules.js';
import { SIGNAL_NAMES, type SignalName } from './signals.js';
import type { Classification, ClassifyOptions } from './types.js';

/**
 * The version of the built-in wordings and rules (signals.ts, signals-intl.ts, rules.ts): the date
 * they were last changed. Log it beside results to know which wordings decided them.
 *
 * @example
 * ```ts
 * import { RULES_VERSION } from 'smtp-reply';
 * console.log(`smtp-reply rules ${RULES_VERSION}`); // 'smtp-reply rules 2026-12-06'
 * ```
 */
export const RULES_VERSION = '2026-12-06';

/** A rule of the caller's, tried before the built-in rules. All conditions given must hold. */
export interface CustomRule {
  /** Stable id, reported as `rule` in the result; unique, and not one of the built-in ids. */
  readonly id: string;
  /** The category the rule gives (one of `CATEGORIES`). */
  readonly category: Category;
  /** Why, for logs (`why` in the result). @default `custom rule <id>` */
  readonly why?: string | undefined;
  /**
   * Wordings, any of which must be in the reply or the text around it. Matched like the built-in
   * ones: case-insensitive in every script, punctuation as word breaks, CJK as written. No regexes.
   */
  readonly phrases?: readonly string[] | undefined;
  /** Built-in signals (see docs/rules.md), any of which must be in the text. */
  readonly signals?: readonly SignalName[] | undefined;
  /** Basic reply codes, one of which the reply must have. */
  readonly codes?: readonly number[] | undefined;
  /** Enhanced codes without class (`'7.1'`), or a subject with `*` (`'7.*'`). */
  readonly enhanced?: readonly string[] | undefined;
  /** Class digits the reply must have, e.g. `'45'`; `'0'` for a reply without any class. */
  readonly classes?: string | undefined;
  /** The command the reply answered must be one of these. */
  readonly commands?: readonly SmtpCommand[] | undefined;
  /** Overrides retryability. @default as the class and the category's policy say */
  readonly retryable?: boolean | undefined;
  /** The evidence does not prove the address is gone: never a hard bounce. */
  readonly soft?: true | undefined;
}

/** Options for {@link createClassifier}. */
export interface ClassifierOptions {
  /** Rules tried in order before the built-in ones; the first that matches decides. */
  readonly rules?: readonly CustomRule[] | undefined;
  /** More wordings for built-in signals, so that the built-in rules see them too. */
  readonly phrases?: Readonly<Partial<Record<SignalName, readonly string[]>>> | undefined;
}

/** A `classify()` with the caller's wordings and rules; same contract: total, never throws. */
export type Classifier = (input: unknown, options?: ClassifyOptions) => Classification;

const COMMANDS: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(/* @__PURE__ */ ['OTHER'].concat(SMTP_COMMANDS));

function fail(message: string): never {
  throw new SmtpReplyError('invalid-input', `createClassifier(): ${message}`);
}

function list<T>(value: readonly T[] | undefined, where: string): readonly T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length === 0) fail(`${where} must be a non-empty array when given`);
  return value;
}

/** Checks one custom rule; throws an SmtpReplyError naming the rule and the field. */
function validate(rule: CustomRule, i: number, ids: Set<string>): void {
  const where = `rules[${i}]`;
  if (rule === null || typeof rule !== 'object') fail(`${where} is not an object`);
  if (typeof rule.id !== 'string' || rule.id.trim() === '') fail(`${where}.id must be a non-empty string`);
  const at = `${where} (id '${rule.id}')`;
  if (ids.has(rule.id)) fail(`${at}: the id is used twice, or by a built-in rule`);
  ids.add(rule.id);
  if (!CATEGORIES.includes(rule.category)) fail(`${at}.category '${String(rule.category)}' is not a category`);
  if (rule.why !== undefined && typeof rule.why !== 'string') fail(`${at}.why must be a string`);
  for (const p of list(rule.phrases, `${at}.phrases`)) {
    if (typeof p !== 'string' || !WORD_CHARACTER_REGEX.test(p))
      fail(`${at}.phrases has an empty phrase: ${JSON.stringify(p)}`);
  }
  for (const s of list(rule.signals, `${at}.signals`)) {
    if (!SIGNAL_NAMES.includes(s)) fail(`${at}.signals: '${String(s)}' is not a signal`);
  }
  for (const c of list(rule.codes, `${at}.codes`)) {
    if (!Number.isInteger(c) || c < 200 || c > 599) fail(`${at}.codes: ${String(c)} is not a reply code 200–599`);
  }
  for (const e of list(rule.enhanced, `${at}.enhanced`)) {
    const [subject, detail, more] = typeof e === 'string' ? e.split('.') : [];
    const ok =
      more === undefined &&
      subject !== undefined &&
      detail !== undefined &&
      isEnhancedCode(`5.${subject}.${detail === '*' ? '0' : detail}`);
    if (!ok) fail(`${at}.enhanced: '${String(e)}' is not 'subject.detail' (e.g. '7.1') or 'subject.*'`);
  }
  if (rule.classes !== undefined && !CLASS_DIGITS_REGEX.test(String(rule.classes)))
    fail(`${at}.classes may hold only the class digits 0, 2, 3, 4 and 5`);
  for (const c of list(rule.commands, `${at}.commands`)) {
    if (!COMMANDS.has(c)) fail(`${at}.commands: '${String(c)}' is not a command (${[...COMMANDS].join(', ')})`);
  }
  if (rule.retryable !== undefined && typeof rule.retryable !== 'boolean') fail(`${at}.retryable must be a boolean`);
  const conditions = [rule.phrases, rule.signals, rule.codes, rule.enhanced, rule.classes, rule.commands];
  if (conditions.every((c) => c === undefined)) fail(`${at} has no condition: it would match every reply`);
}

/** A custom rule as a built-in one, plus the bit of its own phrases (or -1). */
interface CompiledCustom {
  readonly compiled: CompiledRule;
  readonly phraseBit: number;
}

function toRule(rule: CustomRule): Rule {
  return {
    id: rule.id,
    category: rule.category,
    why: rule.why ?? `custom rule ${rule.id}`,
    ...(rule.classes !== undefined && { classes: rule.classes }),
    ...(rule.codes && { codes: rule.codes }),
    ...(rule.enhanced && { enhanced: rule.enhanced }),
    ...(rule.signals && { any: rule.signals }),
    ...(rule.commands && { commands: rule.commands }),
    ...(rule.retryable !== undefined && { retryable: rule.retryable }),
    ...(rule.soft && { soft: true as const }),
  };
}

/**
 * Makes a `classify()` that knows the caller's wordings and rules as well as the built-in ones.
 * Custom rules are tried in order before the built-in rules; extra phrases join built-in signals,
 * so the built-in rules see them too. Everything is checked and compiled here, once: an unknown
 * category or signal, an empty phrase, a duplicate id or a rule without conditions throws an
 * `SmtpReplyError` (kind `'invalid-input'`) that names the rule and the field. The classifier
 * returned has the contract of `classify()`: any input, a result out, never a throw.
 *
 * @example
 * ```ts
 * import { createClassifier } from 'smtp-reply';
 *
 * // Yahoo's TSS04 deferral names complaints; this sender wants it counted as a rate limit.
 * const classify = createClassifier({
 *   rules: [{ id: 'yahoo.tss04', category: 'rate-limited', phrases: ['[TSS04]'], classes: '4' }],
 *   phrases: { 'user-unknown': ['utente sconosciuto'] },
 * });
 * classify('421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred').category; // 'rate-limited'
 * classify('550 utente sconosciuto').bounce; // 'hard'
 * ```
 */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  if (options === null || typeof options !== 'object') fail('options must be an object');
  const extra = options.phrases ?? {};
  if (extra === null || typeof extra !== 'object') fail('phrases must be an object of signal name → phrases');
  for (const [name, phrases] of Object.entries(extra)) {
    if (!SIGNAL_NAMES.includes(name as SignalName)) fail(`phrases: '${name}' is not a signal`);
    for (const p of list(phrases as readonly string[] | undefined, `phrases['${name}']`)) {
      if (typeof p !== 'string' || !WORD_CHARACTER_REGEX.test(p))
        fail(`phrases['${name}'] has an empty phrase: ${JSON.stringify(p)}`);
    }
  }
  const rules = list(options.rules, 'rules');
  const ids = new Set(RULES.map((r) => r.id));
  for (const [i, r] of rules.entries()) validate(r, i, ids);
  const withPhrases = rules.filter((r) => r.phrases);
  if (withPhrases.length > 64) fail(`at most 64 custom rules may have phrases (${withPhrases.length} have)`);

  const phrases: PhraseSet = Object.keys(extra).length ? compilePhrases(signalPhrases(extra)) : BUILT_IN_PHRASES;
  const ruleTable: string[][] = withPhrases.map((r) => [...(r.phrases ?? [])]);
  const own: PhraseSet | null = ruleTable.length ? compilePhrases(ruleTable) : null;
  let bit = 0;
  const custom: CompiledCustom[] = rules.map((r) => ({
    compiled: compileRule(toRule(r)),
    phraseBit: r.phrases ? bit++ : -1,
  }));

  const first = custom.length
    ? (reply: ParsedReply, f: RuleFacts): Rule | null => {
        const found = own ? findAnywhere(reply, own) : null;
        for (const c of custom) {
          if (c.phraseBit >= 0) {
            const has = c.phraseBit < 32 ? found!.lo & (1 << c.phraseBit) : found!.hi & (1 << (c.phraseBit - 32));
            if (!has) continue;
          }
          if (ruleHolds(c.compiled, f.digit, f.code, f.enhanced, f.evidence, f.command)) return c.compiled.rule;
        }
        return null;
      }
    : null;
  const engine: Engine = { phrases, rules: BUILT_IN_RULES, first };
  return (input, classifyOptions) => classifyWith(engine, input, classifyOptions);
}
