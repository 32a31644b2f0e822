import type { ReplyClass } from './types.js';
import type { EnhancedCodeEntry } from './catalogue/types.js';
import type { CompareTemplates, Locale } from './locales/types.js';
import { lookup, type LookupResult } from './lookup.js';
import { className, compareTemplate, isolate, label } from './locales/resolve.js';
import { compare as EN_COMPARE } from './locales/en/compare.js';
import { SmtpReplyError } from './errors.js';
import { parseEnhanced } from './reply/enhanced.js';
import { PLACEHOLDER_REGEX } from './regex.js';

/** Options for {@link compare}. */
export interface CompareOptions {
  /** Language of the texts and sentences; missing strings fall back to English. @default English */
  readonly locale?: Locale | undefined;
}

/** One of the two codes of a {@link Comparison}, with its catalogue texts in the chosen locale. */
export interface ComparisonSide {
  /** The code, normalised: `'550'` or `'5.1.1'`. */
  readonly code: string;
  /** `'basic'` for three-digit codes, `'enhanced'` for `class.subject.detail` codes. */
  readonly kind: 'basic' | 'enhanced';
  /** Outcome class, from the first digit. */
  readonly class: ReplyClass;
  /** Name of the class in the chosen locale, e.g. `'Permanent failure'`. */
  readonly className: string;
  /** `true` only for the transient class (4xx, 4.X.X): the same request may succeed later. */
  readonly retryable: boolean;
  /** Short name of the code (catalogue text). */
  readonly name: string;
  /** What the code means (catalogue text). */
  readonly description: string;
  /** When a sender typically meets it (catalogue text). */
  readonly whenSeen: string;
  /** What to do about it (catalogue text). */
  readonly fix: string;
  /** `null` when the code itself is in the catalogue, else how it was described; see {@link LookupResult.fallback}. */
  readonly fallback: 'subject' | 'class' | null;
}

/** Section labels for showing a {@link Comparison}, in the chosen locale. */
export interface ComparisonLabels {
  /** Heading of {@link Comparison.keyDifferences}. */
  readonly keyDifferences: string;
  /** Heading of {@link Comparison.whenToUse}. */
  readonly whenToUse: string;
  /** Heading of {@link ComparisonSide.description}. */
  readonly description: string;
  /** Heading of {@link ComparisonSide.whenSeen}. */
  readonly whenSeen: string;
  /** Heading of {@link ComparisonSide.fix}. */
  readonly fix: string;
}

/** What {@link compare} found about two codes. */
export interface Comparison {
  /** The first code. */
  readonly a: ComparisonSide;
  /** The second code. */
  readonly b: ComparisonSide;
  /** `true` when both codes have the same class (same first digit). */
  readonly sameClass: boolean;
  /** Sentences, each stating one fact that sets the codes apart or ties them together; both codes appear in the first. */
  readonly keyDifferences: readonly string[];
  /** Two sentences: when `a` applies, then when `b` applies. */
  readonly whenToUse: readonly string[];
  /** One sentence saying what each code means. */
  readonly summary: string;
  /** Section labels for displaying the comparison. */
  readonly labels: ComparisonLabels;
}

/** Pairs of basic codes that the RFCs tie together, with the template that explains the tie. */
const RELATED_PAIRS: readonly {
  readonly codes: readonly [string, string];
  readonly template: keyof CompareTemplates;
  readonly roles: readonly [string, string];
}[] = [
  { codes: ['251', '551'], template: 'userNotLocal', roles: ['forward', 'refuse'] },
  { codes: ['250', '251'], template: 'acceptedForward', roles: ['ok', 'forward'] },
  { codes: ['250', '252'], template: 'acceptedUnverified', roles: ['ok', 'unverified'] },
  { codes: ['450', '550'], template: 'mailboxUnavailable', roles: ['temporary', 'permanent'] },
  { codes: ['452', '552'], template: 'storage', roles: ['temporary', 'permanent'] },
  { codes: ['421', '554'], template: 'atConnection', roles: ['temporary', 'permanent'] },
  { codes: ['521', '556'], template: 'noMail', roles: ['host', 'domain'] },
];

const OUTCOME_TEMPLATE: Readonly<Record<ReplyClass, keyof CompareTemplates>> = {
  success: 'outcomeSuccess',
  intermediate: 'outcomeIntermediate',
  transient: 'outcomeTransient',
  permanent: 'outcomePermanent',
  unknown: 'outcomePermanent',
};

const WHEN_TEMPLATE: Readonly<Record<ReplyClass, keyof CompareTemplates>> = {
  success: 'whenSuccess',
  intermediate: 'whenIntermediate',
  transient: 'whenTransient',
  permanent: 'whenPermanent',
  unknown: 'whenPermanent',
};

/** A side and what the sentences need about it. */
interface Found {
  readonly side: ComparisonSide;
  readonly result: LookupResult;
  /** The code as shown in sentences (isolated in right-to-left locales). */
  readonly shown: string;
  /** Class digit, `'2'`…`'5'`. */
  readonly digit: string;
  /** Enhanced codes: subject number; basic codes: -1. */
  readonly subject: number;
  /** Basic codes: the code; enhanced codes: class, subject and detail without leading zeros. */
  readonly canonical: string;
}

/**
 * Compares two SMTP codes, basic (`220`, `'551'`) or enhanced (`'5.1.1'`), in any mix: the class
 * and catalogue texts of each, whether they share a class, the facts that set them apart (class,
 * retryability, kind, enhanced subject, IANA registry association, and the pairs RFC 5321 and
 * RFC 7504 tie together such as 251 / 551), when each applies, and a one-sentence summary.
 * Codes the catalogue does not list are described by their subject or class, as {@link lookup} does.
 *
 * Strict: unlike {@link classify} it throws when an argument is not a code at all.
 *
 * @throws {@link SmtpReplyError} with kind `'invalid-input'` when `a` or `b` is neither a basic
 *   code from 200 to 599 nor an enhanced code (`class.subject.detail` with class 2, 4 or 5).
 *
 * @example
 * ```ts
 * const c = compare(251, 551);
 * c.sameClass;         // false
 * c.a.class;           // 'success'
 * c.b.retryable;       // false
 * c.keyDifferences[0]; // '251 is in class Success (first digit 2), while 551 is in class Permanent failure (first digit 5).'
 *
 * compare('550', '5.1.1').keyDifferences; // includes: 'The IANA registry lists 550 among the basic codes used with X.1.1 (…).'
 * compare('hello', 550);                 // throws SmtpReplyError (kind 'invalid-input')
 * ```
 */
export function compare(a: number | string, b: number | string, options?: CompareOptions): Comparison {
  const locale = options?.locale;
  const t = (key: keyof CompareTemplates): string => compareTemplate(key, locale) ?? EN_COMPARE[key];
  const code = (token: string): string => isolate(token, locale);
  const x = describeSide(a, 'a', locale);
  const y = describeSide(b, 'b', locale);
  const sameClass = x.side.class === y.side.class;

  const whenToUse = [x, y].map((s) => fill(t(WHEN_TEMPLATE[s.side.class]), { code: s.shown, name: s.side.name }));
  const labels: ComparisonLabels = {
    keyDifferences: label('keyDifferences', locale),
    whenToUse: label('whenToUse', locale),
    description: label('description', locale),
    whenSeen: label('whenSeen', locale),
    fix: label('fix', locale),
  };

  if (x.side.kind === y.side.kind && x.canonical === y.canonical) {
    return {
      a: x.side,
      b: y.side,
      sameClass,
      whenToUse,
      labels,
      keyDifferences: [fill(t('identical'), { a: x.shown })],
      summary: fill(t('summaryIdentical'), { a: x.shown, nameA: x.side.name }),
    };
  }

  const facts: string[] = [];
  facts.push(
    sameClass
      ? fill(t('sameClass'), { a: x.shown, b: y.shown, class: x.side.className, digit: code(x.digit) })
      : fill(t('differentClass'), {
          a: x.shown,
          b: y.shown,
          classA: x.side.className,
          classB: y.side.className,
          digitA: code(x.digit),
          digitB: code(y.digit),
        }),
  );

  const related = relatedFact(x, y, t);
  if (related) facts.push(related);
  facts.push(retryFact(x, y, t));

  if (x.side.kind !== y.side.kind) {
    const [basic, enhanced] = x.side.kind === 'basic' ? [x, y] : [y, x];
    const values = { basic: basic.shown, enhanced: enhanced.shown };
    facts.push(fill(t('kindDiffers'), values));
    if (basic.digit !== enhanced.digit) facts.push(fill(t('classMismatch'), values));
    if (enhanced.side.fallback === null) {
      // The registry pairs basic codes with an entry (X.1.1), whatever the class digit.
      const entry = enhanced.result.entry as EnhancedCodeEntry;
      const registry = { basic: basic.shown, entry: code(entry.key) };
      if (entry.basicCodes.includes(Number(basic.side.code)))
        facts.push(fill(t('registryListed'), { ...registry, name: enhanced.side.name }));
      else if (entry.basicCodes.length)
        facts.push(fill(t('registryNotListed'), { ...registry, list: list(entry.basicCodes, t, code) }));
      else facts.push(fill(t('registryNone'), registry));
    }
  } else if (x.side.kind === 'enhanced') {
    facts.push(subjectFact(x, y, t, code));
    if (x.side.fallback === null && y.side.fallback === null && x.result.entry !== y.result.entry) {
      const other = (y.result.entry as EnhancedCodeEntry).basicCodes;
      const shared = (x.result.entry as EnhancedCodeEntry).basicCodes.filter((n) => other.includes(n));
      if (shared.length) facts.push(fill(t('sharedBasic'), { a: x.shown, b: y.shown, list: list(shared, t, code) }));
    }
  }

  for (const s of [x, y]) {
    if (s.side.fallback === null) continue;
    const template = s.side.fallback === 'subject' ? 'fallbackSubject' : 'fallbackClass';
    facts.push(fill(t(template), { code: s.shown, key: code(s.result.entry.key) }));
  }

  const summary = sameClass
    ? fill(t('summarySame'), {
        a: x.shown,
        b: y.shown,
        nameA: x.side.name,
        nameB: y.side.name,
        outcome: t(OUTCOME_TEMPLATE[x.side.class]),
      })
    : fill(t('summaryDifferent'), {
        a: x.shown,
        b: y.shown,
        nameA: x.side.name,
        nameB: y.side.name,
        outcomeA: t(OUTCOME_TEMPLATE[x.side.class]),
        outcomeB: t(OUTCOME_TEMPLATE[y.side.class]),
      });

  return { a: x.side, b: y.side, sameClass, keyDifferences: facts, whenToUse, summary, labels };
}

/** English templates: complete (checked by the type), the fallback for every missing one. */

function describeSide(input: number | string, which: 'a' | 'b', locale: Locale | undefined): Found {
  const result = lookup(input, { locale });
  if (!result) {
    const shown = typeof input === 'string' ? JSON.stringify(input.slice(0, 40)) : String(input).slice(0, 40);
    throw new SmtpReplyError(
      'invalid-input',
      `compare(): argument ${which} (${shown}) is not an SMTP reply code or enhanced status code`,
    );
  }
  const c = result.code;
  let subject = -1;
  let canonical = c;
  if (result.kind === 'enhanced') {
    const parsed = parseEnhanced(c)!;
    subject = parsed.subject;
    canonical = `${parsed.class}.${subject}.${parsed.detail}`;
  }
  const sideInfo: ComparisonSide = {
    code: c,
    kind: result.kind,
    class: result.class,
    className: className(result.class, locale),
    retryable: result.class === 'transient',
    name: result.name,
    description: result.description,
    whenSeen: result.whenSeen,
    fix: result.fix,
    fallback: result.fallback,
  };
  return { side: sideInfo, result, shown: isolate(c, locale), digit: c[0]!, subject, canonical };
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER_REGEX, (whole, name: string) => values[name] ?? whole);
}

function list(
  codes: readonly number[],
  t: (key: keyof CompareTemplates) => string,
  code: (token: string) => string,
): string {
  return codes.map((n) => code(String(n))).join(t('listSeparator'));
}

type Outcome = 'ok' | 'temporary' | 'permanent';

function outcome(cls: ReplyClass): Outcome {
  return cls === 'transient' ? 'temporary' : cls === 'success' || cls === 'intermediate' ? 'ok' : 'permanent';
}

/** The sentence about retrying, from the two classes. */
function retryFact(x: Found, y: Found, t: (key: keyof CompareTemplates) => string): string {
  const ox = outcome(x.side.class);
  const oy = outcome(y.side.class);
  if (ox === oy) {
    const key = ox === 'ok' ? 'bothSucceed' : ox === 'temporary' ? 'bothTemporary' : 'bothPermanent';
    return fill(t(key), { a: x.shown, b: y.shown });
  }
  const by: Partial<Record<Outcome, string>> = { [ox]: x.shown, [oy]: y.shown };
  const key =
    by.ok === undefined
      ? 'temporaryVsPermanent'
      : by.temporary !== undefined
        ? 'temporaryVsSuccess'
        : 'permanentVsSuccess';
  return fill(t(key), by as Record<string, string>);
}

/** The sentence about the subjects of two enhanced codes. */
function subjectFact(
  x: Found,
  y: Found,
  t: (key: keyof CompareTemplates) => string,
  code: (token: string) => string,
): string {
  const subjectName = (n: number) => t(n >= 0 && n <= 7 ? (`subject${n}` as keyof CompareTemplates) : 'subjectUnknown');
  if (x.result.entry === y.result.entry && x.side.fallback === null && y.side.fallback === null) {
    return fill(t('sameDetail'), { a: x.shown, b: y.shown, key: code(x.result.entry.key) });
  }
  if (x.subject === y.subject) {
    return fill(t('sameSubject'), {
      a: x.shown,
      b: y.shown,
      subject: subjectName(x.subject),
      subjectKey: code(`X.${x.subject}`),
    });
  }
  return fill(t('differentSubject'), {
    a: x.shown,
    b: y.shown,
    subjectA: subjectName(x.subject),
    subjectB: subjectName(y.subject),
    subjectKeyA: code(`X.${x.subject}`),
    subjectKeyB: code(`X.${y.subject}`),
  });
}

/** The sentence for a pair of basic codes that the RFCs tie together, or null. */
function relatedFact(x: Found, y: Found, t: (key: keyof CompareTemplates) => string): string | null {
  if (x.side.kind !== 'basic' || y.side.kind !== 'basic') return null;
  for (const {
    codes: [first, second],
    template,
    roles,
  } of RELATED_PAIRS) {
    const ordered =
      x.side.code === first && y.side.code === second
        ? [x, y]
        : x.side.code === second && y.side.code === first
          ? [y, x]
          : null;
    if (ordered) return fill(t(template), { [roles[0]]: ordered[0]!.shown, [roles[1]]: ordered[1]!.shown });
  }
  return null;
}
