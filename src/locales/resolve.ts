import type { Category, ReplyClass } from '../types.js';
import type { CodeEntry, CodeTexts } from '../catalogue/types.js';
import type { CategoryTexts, LabelKey, Locale } from './types.js';
import { en } from './en.js';
import { EN_CATEGORIES } from './en-categories.js';

/** First strong isolate and pop directional isolate (Unicode bidi, UAX #9). */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Wraps a left-to-right token (a code, an address, a host name) for display inside text of the
 * given locale: in a right-to-left locale it is isolated so that it keeps its own order.
 */
export function isolate(token: string, locale: Locale | undefined): string {
  return locale?.direction === 'rtl' ? FSI + token + PDI : token;
}

/** The catalogue texts of an entry in a locale, each missing string taken from English. */
export function localTexts(entry: CodeEntry, locale: Locale | undefined): CodeTexts {
  const t = locale?.codes?.[entry.key];
  if (!t) return { name: entry.name, description: entry.description, whenSeen: entry.whenSeen, fix: entry.fix };
  return {
    name: t.name || entry.name,
    description: t.description || entry.description,
    whenSeen: t.whenSeen || entry.whenSeen,
    fix: t.fix || entry.fix,
  };
}

/** The texts of a category in a locale, falling back to English. */
export function categoryTexts(category: Category, locale: Locale | undefined): CategoryTexts {
  const english = EN_CATEGORIES[category];
  const t = locale?.categories[category];
  if (!t) return english;
  return { description: t.description || english.description, fix: t.fix || english.fix };
}

/** The name of a reply class in a locale, falling back to English. */
export function className(cls: ReplyClass, locale: Locale | undefined): string {
  return locale?.classes[cls] || en.classes[cls];
}

/** A section label in a locale, falling back to English. */
export function label(key: LabelKey, locale: Locale | undefined): string {
  return locale?.labels[key] || en.labels[key];
}
