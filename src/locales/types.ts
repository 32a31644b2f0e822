import type { Category, ReplyClass } from '../types.js';
import type { CatalogueKey, CodeTexts } from '../catalogue/types.js';

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
  /** Heading of the text for the person who sent the message (`userMessage`). */
  | 'userMessage'
  | 'yes'
  | 'no';

/** The categories that are failures: their texts have a final and a retry variant. */
export type FailureCategory = Exclude<Category, 'success' | 'intermediate'>;

/**
 * The texts of one category, for two audiences. Which variant a result carries is decided by the
 * library from `retryable`, never by the reader: `fix` and `user` when nothing will retry the
 * message (they never promise a retry), `fixRetry` and `userRetry` when it will be retried.
 */
export interface CategoryTexts {
  /** For the operator of the sending system: what happened, true for both variants. */
  readonly description: string;
  /** For the operator: what to check and change when the result is final (`retryable: false`). */
  readonly fix: string;
  /** For the operator: what to do meanwhile when the message will be retried (`retryable: true`). */
  readonly fixRetry: string;
  /** For the person who sent the message, in plain words, when the result is final. */
  readonly user: string;
  /** For the person who sent the message, when it will be retried ("we keep trying"). */
  readonly userRetry: string;
  /**
   * For the operator, when the result is final but a soft bounce in a category that can be hard
   * (an account that is locked or disabled without a permanent code, a refusal before RCPT): the
   * address is not proven bad, so it is not to be removed. Only the five address categories have it.
   */
  readonly fixSoft?: string;
  /** For the person who sent the message, in the same case as `fixSoft`. */
  readonly userSoft?: string;
}

/** The texts of success and intermediate, which are never retried: no retry variants. */
export type OutcomeTexts = Pick<CategoryTexts, 'description' | 'fix' | 'user'>;

/** Every category with all its texts: what a locale folder's `categories.ts` holds. */
export type CategoryTable = Readonly<Record<'success' | 'intermediate', OutcomeTexts>> &
  Readonly<Record<FailureCategory, CategoryTexts>>;

/**
 * Templates of `bounceNotice()`. `{recipient}`, `{subject}` and `{service}` are replaced by the
 * application's values (cleaned, escaped in HTML, isolated in a right-to-left locale); the
 * category's `user` or `userRetry` text follows the opening sentence.
 */
export interface NoticeTemplates {
  /** Mail subject of a final failure. Placeholder: `{recipient}`. */
  readonly subjectFailed: string;
  /** Mail subject of a delay (still trying). Placeholder: `{recipient}`. */
  readonly subjectDelayed: string;
  /** Opening sentence of a final failure. Placeholders: `{recipient}`, `{subject}`. */
  readonly failed: string;
  /** The same without a subject. Placeholder: `{recipient}`. */
  readonly failedNoSubject: string;
  /** Opening sentence of a delay. Placeholders: `{recipient}`, `{subject}`. */
  readonly delayed: string;
  /** The same without a subject. Placeholder: `{recipient}`. */
  readonly delayedNoSubject: string;
  /** Heading of the technical part, for an administrator. */
  readonly detailsHeading: string;
  /** Label before the receiving server's reply. */
  readonly serverReply: string;
  /** Last line. Placeholder: `{service}`. */
  readonly footer: string;
  /** Last line when no service name is given. */
  readonly footerNoService: string;
}

/** What a locale folder's `messages.ts` holds: every class name, label and notice template. */
export interface LocaleMessages {
  /** Names of the reply classes. */
  readonly classes: Readonly<Record<ReplyClass, string>>;
  /** Section labels. */
  readonly labels: Readonly<Record<LabelKey, string>>;
  /** Templates of `bounceNotice()`. */
  readonly notice: NoticeTemplates;
}

/** Catalogue texts of a locale (`codes.ts`), keyed by catalogue key; each entry may leave texts out. */
export type CatalogueTexts = Readonly<Partial<Record<CatalogueKey, Partial<CodeTexts>>>>;

/**
 * Sentence templates used by `compare()`. `{a}`, `{b}` and the other `{name}` placeholders are
 * replaced by codes, class names and catalogue names; which placeholders a template may use is
 * given in its English text in `en/compare.ts`. In a right-to-left locale every substituted code is
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
 * A set of texts in one language. English (`en`) is complete and the default. Any other locale,
 * or an object of your own, may leave out anything but `code` and `direction`: each missing
 * string falls back to English on its own, and a malformed value is ignored (classify() stays
 * total whatever locale it is given).
 *
 * The bundled locales come in two entry points: `smtp-reply/locales/<tag>` (complete) and
 * `smtp-reply/locales/<tag>/core` (without `codes` and `compare`: what `classify()`,
 * `localize()` and `bounceNotice()` read).
 */
export interface Locale {
  /** BCP 47 tag, e.g. `'en'`, `'id'`, `'ar'`, `'pt-BR'`. */
  readonly code: string;
  /** Writing direction; `'rtl'` makes the library wrap codes and addresses in Unicode isolates. */
  readonly direction: 'ltr' | 'rtl';
  /** Names of the reply classes. */
  readonly classes?: Partial<Record<ReplyClass, string>> | undefined;
  /** Section labels. */
  readonly labels?: Partial<Record<LabelKey, string>> | undefined;
  /** Category texts, for the operator (`description`, `fix`, `fixRetry`) and the sender (`user`, `userRetry`). */
  readonly categories?: Readonly<Partial<Record<Category, Partial<CategoryTexts>>>> | undefined;
  /** Templates of `bounceNotice()`. */
  readonly notice?: Partial<NoticeTemplates> | undefined;
  /** Catalogue texts keyed by catalogue key (`'550'`, `'X.1.1'`, `'5xx'`, `'X.1.X'`, `'5.X.X'`). */
  readonly codes?: CatalogueTexts | undefined;
  /** Sentence templates of `compare()`; each missing template falls back to English. */
  readonly compare?: Partial<CompareTemplates> | undefined;
}
