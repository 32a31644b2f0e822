import { readFileSync } from 'node:fs';
import { HARD_CATEGORIES } from '../src/classify/categories.js';
import { describe, expect, it } from 'vitest';
import type { CompareTemplates, LabelKey, Locale } from '../src/locales/types.js';
import type { ReplyClass } from '../src/types.js';
import { en } from '../src/locales/en/index.js';
import { id } from '../src/locales/id/index.js';
import { ar } from '../src/locales/ar/index.js';
import { es } from '../src/locales/es/index.js';
import { ptBR } from '../src/locales/pt-BR/index.js';
import { fr } from '../src/locales/fr/index.js';
import { de } from '../src/locales/de/index.js';
import { ja } from '../src/locales/ja/index.js';
import type { CodeTexts } from '../src/catalogue/types.js';
import type { messages as EN_MESSAGES } from '../src/locales/en/messages.js';
import { compare as EN_COMPARE } from '../src/locales/en/compare.js';
import {
  CATALOGUE_KEYS,
  CATEGORY_KEYS,
  CATEGORY_TEXT_FIELDS,
  SOFT_TEXT_FIELDS,
  CODE_TEXT_FIELDS,
  LABEL_KEYS,
  NOTICE_KEYS,
  OUTCOME_TEXT_FIELDS,
  REPLY_CLASSES,
} from './helpers/locale-keys.js';

// English lists every class, label and template: the compiler checks that none is missing.
type MissingClass = Exclude<ReplyClass, keyof typeof EN_MESSAGES.classes>;
type MissingLabel = Exclude<LabelKey, keyof typeof EN_MESSAGES.labels>;
type MissingTemplate = Exclude<keyof CompareTemplates, keyof typeof EN_COMPARE>;
const englishIsComplete: [MissingClass | MissingLabel | MissingTemplate] extends [never] ? true : false = true;

const TEMPLATES = Object.keys(EN_COMPARE) as (keyof CompareTemplates)[];

type Part = 'classes' | 'labels' | 'categories' | 'notice' | 'codes' | 'compare';
const PARTS: readonly Part[] = ['classes', 'labels', 'categories', 'notice', 'codes', 'compare'];

const filled = (s: string | undefined): boolean => typeof s === 'string' && s.trim() !== '';

/** How many strings of each part a locale has, out of how many. English codes live in the catalogue tables. */
function completeness(locale: Locale): Record<Part, readonly [number, number]> {
  const count = <K extends string>(keys: readonly K[], has: (k: K) => boolean) =>
    [keys.filter(has).length, keys.length] as const;
  return {
    classes: count(REPLY_CLASSES, (k) => filled(locale.classes?.[k])),
    labels: count(LABEL_KEYS, (k) => filled(locale.labels?.[k])),
    categories: count(CATEGORY_KEYS, (k) => {
      const t: Readonly<Record<string, string | undefined>> = locale.categories?.[k] ?? {};
      const fields =
        k === 'success' || k === 'intermediate'
          ? OUTCOME_TEXT_FIELDS
          : HARD_CATEGORIES.has(k)
            ? [...CATEGORY_TEXT_FIELDS, ...SOFT_TEXT_FIELDS]
            : CATEGORY_TEXT_FIELDS;
      return fields.every((f) => filled(t[f]));
    }),
    notice: count(NOTICE_KEYS, (k) => filled(locale.notice?.[k])),
    codes:
      locale === en
        ? [CATALOGUE_KEYS.length, CATALOGUE_KEYS.length]
        : count(CATALOGUE_KEYS, (k) =>
            CODE_TEXT_FIELDS.every((f) =>
              filled((locale.codes as Readonly<Record<string, Partial<CodeTexts>>> | undefined)?.[k]?.[f]),
            ),
          ),
    compare: count(TEMPLATES, (k) => filled(locale.compare?.[k])),
  };
}

/** Each locale and the parts it must have complete. */
const REQUIRED: readonly { readonly locale: Locale; readonly complete: readonly Part[] }[] = [
  { locale: en, complete: PARTS },
  { locale: id, complete: PARTS },
  { locale: ar, complete: PARTS },
  { locale: es, complete: ['classes', 'labels', 'categories', 'notice'] },
  { locale: ptBR, complete: ['classes', 'labels', 'categories', 'notice'] },
  { locale: fr, complete: ['classes', 'labels', 'categories', 'notice'] },
  { locale: de, complete: ['classes', 'labels', 'categories', 'notice'] },
  { locale: ja, complete: ['classes', 'labels', 'categories', 'notice'] },
];

function table(): string {
  const rows = REQUIRED.map(({ locale }) => {
    const c = completeness(locale);
    return `| \`${locale.code}\` | ${PARTS.map((p) => `${c[p][0]}/${c[p][1]}`).join(' | ')} |`;
  });
  return [`| locale | ${PARTS.join(' | ')} |`, `|---|${PARTS.map(() => '---|').join('')}`, ...rows].join('\n');
}

describe('locale completeness', () => {
  const current = table();
  console.log(`Locale completeness (strings present / strings in English):\n${current}`);

  it('English is complete by construction', () => {
    expect(englishIsComplete).toBe(true);
    const c = completeness(en);
    for (const part of PARTS) expect(c[part][0], part).toBe(c[part][1]);
  });

  it.each(REQUIRED.map((r) => [r.locale.code, r] as const))(
    '%s meets its required level',
    (_, { locale, complete }) => {
      const c = completeness(locale);
      for (const part of complete) {
        const [have, of] = c[part];
        expect(have, `${locale.code}: ${part} ${have}/${of}`).toBe(of);
      }
    },
  );

  it('docs/localisation.md shows the current figures', () => {
    const doc = readFileSync(new URL('../docs/localisation.md', import.meta.url), 'utf8');
    const shown = /<!-- completeness:start -->\n([\s\S]*?)\n<!-- completeness:end -->/.exec(doc)?.[1];
    expect(
      shown,
      'replace the table between the completeness markers in docs/localisation.md with the one printed above',
    ).toBe(current);
  });
});
