import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CompareTemplates, LabelKey, Locale } from '../src/locales/types.js';
import type { ReplyClass } from '../src/types.js';
import { en } from '../src/locales/en.js';
import { id } from '../src/locales/id.js';
import { ar } from '../src/locales/ar.js';
import { es } from '../src/locales/es.js';
import { ptBR } from '../src/locales/pt-BR.js';
import { fr } from '../src/locales/fr.js';
import { de } from '../src/locales/de.js';
import { ja } from '../src/locales/ja.js';
import { CATALOGUE_KEYS, CATEGORY_KEYS, CODE_TEXT_FIELDS, LABEL_KEYS, REPLY_CLASSES } from './helpers/locale-keys.js';

// English lists every class, label and template: the compiler checks that none is missing.
type MissingClass = Exclude<ReplyClass, keyof typeof en.classes>;
type MissingLabel = Exclude<LabelKey, keyof typeof en.labels>;
type MissingTemplate = Exclude<keyof CompareTemplates, keyof typeof en.compare>;
const englishIsComplete: [MissingClass | MissingLabel | MissingTemplate] extends [never] ? true : false = true;

const TEMPLATES = Object.keys(en.compare) as (keyof CompareTemplates)[];

type Part = 'classes' | 'labels' | 'categories' | 'codes' | 'compare';
const PARTS: readonly Part[] = ['classes', 'labels', 'categories', 'codes', 'compare'];

const filled = (s: string | undefined): boolean => typeof s === 'string' && s.trim() !== '';

/** How many strings of each part a locale has, out of how many. English codes live in the catalogue tables. */
function completeness(locale: Locale): Record<Part, readonly [number, number]> {
  const count = <K extends string>(keys: readonly K[], has: (k: K) => boolean) =>
    [keys.filter(has).length, keys.length] as const;
  return {
    classes: count(REPLY_CLASSES, (k) => filled(locale.classes[k])),
    labels: count(LABEL_KEYS, (k) => filled(locale.labels[k])),
    categories: count(
      CATEGORY_KEYS,
      (k) => filled(locale.categories[k]?.description) && filled(locale.categories[k]?.fix),
    ),
    codes:
      locale === en
        ? [CATALOGUE_KEYS.length, CATALOGUE_KEYS.length]
        : count(CATALOGUE_KEYS, (k) => CODE_TEXT_FIELDS.every((f) => filled(locale.codes?.[k]?.[f]))),
    compare: count(TEMPLATES, (k) => filled(locale.compare?.[k])),
  };
}

/** Each locale and the parts it must have complete. */
const REQUIRED: readonly { readonly locale: Locale; readonly complete: readonly Part[] }[] = [
  { locale: en, complete: PARTS },
  { locale: id, complete: PARTS },
  { locale: ar, complete: PARTS },
  { locale: es, complete: ['classes', 'labels', 'categories'] },
  { locale: ptBR, complete: ['classes', 'labels', 'categories'] },
  { locale: fr, complete: ['classes', 'labels', 'categories'] },
  { locale: de, complete: ['classes', 'labels', 'categories'] },
  { locale: ja, complete: ['classes', 'labels', 'categories'] },
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
    for (const c of CATEGORY_KEYS)
      expect(filled(en.categories[c].description) && filled(en.categories[c].fix), c).toBe(true);
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
