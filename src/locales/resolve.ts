/**
 * Reading a locale: every text the library shows comes through here, and falls back to English
 * string by string. A locale may be an object of the caller's own, partial or malformed: a value
 * that is not a non-empty string is ignored, and nothing here throws.
 */
import type { BounceType, Category, ReplyClass } from '../types.js';
import type { CodeEntry, CodeTexts } from '../catalogue/types.js';
import type { CategoryTexts, CompareTemplates, LabelKey, Locale, NoticeTemplates } from './types.js';
import { messages as EN } from './en/messages.js';
import { categories as EN_CATEGORIES } from './en/categories.js';

/** First strong isolate and pop directional isolate (Unicode bidi, UAX #9). */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Wraps a left-to-right token (a code, an address, a host name) for display inside text of the
 * given locale: in a right-to-left locale it is isolated so that it keeps its own order.
 */
export function isolate(token: string, locale: Locale | undefined): string {
  return isRtl(locale) ? FSI + token + PDI : token;
}

/** `true` for a locale that says it is written right to left. */
export function isRtl(locale: Locale | undefined): boolean {
  return read(locale, ['direction']) === 'rtl';
}

/**
 * The value at `path` inside `value`, or `undefined` when any step is not an object or reading it
 * throws (a getter or a proxy of the caller's).
 */
function read(value: unknown, path: readonly string[]): unknown {
  try {
    let v = value;
    for (const key of path) {
      if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return undefined;
      v = (v as Record<string, unknown>)[key];
    }
    return v;
  } catch {
    return undefined;
  }
}

/** The string at `path` in the locale when it is a non-empty string, else `undefined`. */
function text(locale: Locale | undefined, path: readonly string[]): string | undefined {
  const v = read(locale, path);
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The catalogue texts of an entry in a locale, each missing string taken from English. */
export function localTexts(entry: CodeEntry, locale: Locale | undefined): CodeTexts {
  const t = (field: keyof CodeTexts) => text(locale, ['codes', entry.key, field]) ?? entry[field];
  return { name: t('name'), description: t('description'), whenSeen: t('whenSeen'), fix: t('fix') };
}

/** The texts a result carries: for the operator (`description`, `fix`) and the sender (`userMessage`). */
export interface ResultTexts {
  readonly description: string;
  readonly fix: string;
  readonly userMessage: string;
}

/**
 * The texts of a category in a locale for a decision: the retry variants (`fixRetry`,
 * `userRetry`) when the message will be retried, else the final ones (`fix`, `user`). Success and
 * intermediate have no retry variants. Each string falls back to English on its own.
 */
export function resultTexts(
  category: Category,
  retryable: boolean,
  bounce: BounceType | null,
  locale: Locale | undefined,
): ResultTexts {
  // A category this version does not know (a result from elsewhere) reads as `unknown`.
  const english: Partial<CategoryTexts> = EN_CATEGORIES[category] ?? EN_CATEGORIES.unknown;
  const retry = retryable && category !== 'success' && category !== 'intermediate';
  // A final soft bounce in a category that can be hard: the address is not proven bad.
  const soft = !retry && bounce === 'soft' && english.fixSoft !== undefined;
  const t = (field: keyof CategoryTexts): string =>
    text(locale, ['categories', category, field]) ?? english[field] ?? '';
  return {
    description: t('description'),
    fix: t(retry ? 'fixRetry' : soft ? 'fixSoft' : 'fix'),
    userMessage: t(retry ? 'userRetry' : soft ? 'userSoft' : 'user'),
  };
}

/** The name of a reply class in a locale, falling back to English. */
export function className(cls: ReplyClass, locale: Locale | undefined): string {
  return text(locale, ['classes', cls]) ?? EN.classes[cls];
}

/** A section label in a locale, falling back to English. */
export function label(key: LabelKey, locale: Locale | undefined): string {
  return text(locale, ['labels', key]) ?? EN.labels[key];
}

/** A template of bounceNotice() in a locale, falling back to English. */
export function noticeTemplate(key: keyof NoticeTemplates, locale: Locale | undefined): string {
  return text(locale, ['notice', key]) ?? EN.notice[key];
}

/** A template of compare() in a locale, or `undefined` (compare() has the English ones). */
export function compareTemplate(key: keyof CompareTemplates, locale: Locale | undefined): string | undefined {
  return text(locale, ['compare', key]);
}

/** The locale's BCP 47 tag when it gives one, else `'en'`. */
export function localeCode(locale: Locale | undefined): string {
  return text(locale, ['code']) ?? 'en';
}
