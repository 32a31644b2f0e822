import type { Category, ReplyClass } from '../types.js';
import type { CodeTexts } from '../catalogue/types.js';

/** Section labels that user interfaces show next to catalogue and comparison texts. */
export type LabelKey =
  | 'description'
  | 'whenSeen'
  | 'fix'
  | 'keyDifferences'
  | 'whenToUse'
  | 'class'
  | 'category'
  | 'retryable'
  | 'bounce'
  | 'hardBounce'
  | 'softBounce'
  | 'yes'
  | 'no';

/** Text for one category. */
export interface CategoryTexts {
  /** What happened, for the person who sent the mail. */
  readonly description: string;
  /** What to do next. */
  readonly fix: string;
}

/**
 * Sentence templates used by `compare()`. `{a}`, `{b}` and the other `{name}` placeholders are
 * replaced by codes, class names and catalogue names; which placeholders a template may use is
 * given in its English text in `en.ts`. In a right-to-left locale every substituted code is
 * wrapped in Unicode isolates.
 */
export interface CompareTemplates {
  /** Both codes have the same class. Placeholders: `{a}`, `{b}`, `{class}`, `{digit}`. */
  readonly sameClass: string;
  /** The classes differ. Placeholders: `{a}`, `{b}`, `{classA}`, `{classB}`, `{digitA}`, `{digitB}`. */
  readonly differentClass: string;
  /** The same code twice. Placeholder: `{a}`. */
  readonly identical: string;
  /** Neither code is a failure. Placeholders: `{a}`, `{b}`. */
  readonly bothSucceed: string;
  /** Both are temporary failures. Placeholders: `{a}`, `{b}`. */
  readonly bothTemporary: string;
  /** Both are permanent failures. Placeholders: `{a}`, `{b}`. */
  readonly bothPermanent: string;
  /** A temporary failure against a success. Placeholders: `{temporary}`, `{ok}`. */
  readonly temporaryVsSuccess: string;
  /** A permanent failure against a success. Placeholders: `{permanent}`, `{ok}`. */
  readonly permanentVsSuccess: string;
  /** A temporary failure against a permanent one. Placeholders: `{temporary}`, `{permanent}`. */
  readonly temporaryVsPermanent: string;
  /** A basic code against an enhanced code. Placeholders: `{basic}`, `{enhanced}`. */
  readonly kindDiffers: string;
  /** Two enhanced codes with the same subject. Placeholders: `{a}`, `{b}`, `{subject}`, `{subjectKey}`. */
  readonly sameSubject: string;
  /** Two enhanced codes with different subjects. Placeholders: `{a}`, `{b}`, `{subjectA}`, `{subjectB}`, `{subjectKeyA}`, `{subjectKeyB}`. */
  readonly differentSubject: string;
  /** Two enhanced codes that differ only in the class digit. Placeholders: `{a}`, `{b}`, `{key}`. */
  readonly sameDetail: string;
  /** The registry pairs both enhanced codes with the same basic codes. Placeholders: `{a}`, `{b}`, `{list}`. */
  readonly sharedBasic: string;
  /** The registry lists the basic code for the enhanced code's entry. Placeholders: `{basic}`, `{entry}` (e.g. `X.1.1`), `{name}`. */
  readonly registryListed: string;
  /** The registry lists other basic codes for the enhanced code's entry. Placeholders: `{basic}`, `{entry}`, `{list}`. */
  readonly registryNotListed: string;
  /** The registry lists no basic code for the enhanced code's entry. Placeholders: `{basic}`, `{entry}`. */
  readonly registryNone: string;
  /** A basic and an enhanced code whose class digits disagree. Placeholders: `{basic}`, `{enhanced}`. */
  readonly classMismatch: string;
  /** A code not in the catalogue, described by its class. Placeholders: `{code}`, `{key}`. */
  readonly fallbackClass: string;
  /** An enhanced code whose detail is not registered, described by its subject. Placeholders: `{code}`, `{key}`. */
  readonly fallbackSubject: string;
  /** 251 against 551 (RFC 5321 §3.4). Placeholders: `{forward}`, `{refuse}`. */
  readonly userNotLocal: string;
  /** 250 against 251. Placeholders: `{ok}`, `{forward}`. */
  readonly acceptedForward: string;
  /** 250 against 252. Placeholders: `{ok}`, `{unverified}`. */
  readonly acceptedUnverified: string;
  /** 450 against 550. Placeholders: `{temporary}`, `{permanent}`. */
  readonly mailboxUnavailable: string;
  /** 452 against 552 (RFC 5321 §4.5.3.1.10). Placeholders: `{temporary}`, `{permanent}`. */
  readonly storage: string;
  /** 421 against 554 as the first reply of a session. Placeholders: `{temporary}`, `{permanent}`. */
  readonly atConnection: string;
  /** 521 against 556 (RFC 7504). Placeholders: `{host}`, `{domain}`. */
  readonly noMail: string;
  /** When a 2xx code applies. Placeholders: `{code}`, `{name}`. */
  readonly whenSuccess: string;
  /** When a 3xx code applies. Placeholders: `{code}`, `{name}`. */
  readonly whenIntermediate: string;
  /** When a 4xx code applies. Placeholders: `{code}`, `{name}`. */
  readonly whenTransient: string;
  /** When a 5xx code applies. Placeholders: `{code}`, `{name}`. */
  readonly whenPermanent: string;
  /** Summary for two codes of the same class. Placeholders: `{a}`, `{b}`, `{nameA}`, `{nameB}`, `{outcome}`. */
  readonly summarySame: string;
  /** Summary for two codes of different classes. Placeholders: `{a}`, `{b}`, `{nameA}`, `{nameB}`, `{outcomeA}`, `{outcomeB}`. */
  readonly summaryDifferent: string;
  /** Summary when both codes are the same. Placeholders: `{a}`, `{nameA}`. */
  readonly summaryIdentical: string;
  /** What a 2xx code means, as a phrase for the summaries. */
  readonly outcomeSuccess: string;
  /** What a 3xx code means, as a phrase for the summaries. */
  readonly outcomeIntermediate: string;
  /** What a 4xx code means, as a phrase for the summaries. */
  readonly outcomeTransient: string;
  /** What a 5xx code means, as a phrase for the summaries. */
  readonly outcomePermanent: string;
  /** Enhanced subject X.0, as a phrase. */
  readonly subject0: string;
  /** Enhanced subject X.1, as a phrase. */
  readonly subject1: string;
  /** Enhanced subject X.2, as a phrase. */
  readonly subject2: string;
  /** Enhanced subject X.3, as a phrase. */
  readonly subject3: string;
  /** Enhanced subject X.4, as a phrase. */
  readonly subject4: string;
  /** Enhanced subject X.5, as a phrase. */
  readonly subject5: string;
  /** Enhanced subject X.6, as a phrase. */
  readonly subject6: string;
  /** Enhanced subject X.7, as a phrase. */
  readonly subject7: string;
  /** A subject the registry does not define (X.8 and above), as a phrase. */
  readonly subjectUnknown: string;
  /** Separator between the items of a list of codes, e.g. `', '`. */
  readonly listSeparator: string;
}

/**
 * A set of texts in one language. English (`en`) is complete and the default; any other locale may
 * leave strings out, and each missing string falls back to English.
 */
export interface Locale {
  /** BCP 47 tag, e.g. `'en'`, `'id'`, `'ar'`, `'pt-BR'`. */
  readonly code: string;
  /** Writing direction; `'rtl'` makes the library wrap codes and addresses in Unicode isolates. */
  readonly direction: 'ltr' | 'rtl';
  /** Names of the reply classes. */
  readonly classes: Partial<Record<ReplyClass, string>>;
  /** Section labels. */
  readonly labels: Partial<Record<LabelKey, string>>;
  /** Category texts. */
  readonly categories: Partial<Record<Category, CategoryTexts>>;
  /** Catalogue texts keyed by catalogue key (`'550'`, `'X.1.1'`, `'5xx'`, `'X.1.X'`, `'5.X.X'`). */
  readonly codes?: Readonly<Record<string, Partial<CodeTexts>>>;
  /** Sentence templates of `compare()`; each missing template falls back to English. */
  readonly compare?: Partial<CompareTemplates>;
}
