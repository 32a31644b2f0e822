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
}
