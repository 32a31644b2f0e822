import { HARD_CATEGORIES } from '../src/classify/categories.js';
import type { Category } from '../src/types.js';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../src/locales/types.js';
import { en } from '../src/locales/en/index.js';
import { es } from '../src/locales/es/index.js';
import { ptBR } from '../src/locales/pt-BR/index.js';
import { fr } from '../src/locales/fr/index.js';
import { de } from '../src/locales/de/index.js';
import { ja } from '../src/locales/ja/index.js';
import { id } from '../src/locales/id/index.js';
import { ar } from '../src/locales/ar/index.js';
import { en as enCore } from '../src/locales/en/core.js';
import { es as esCore } from '../src/locales/es/core.js';
import { ptBR as ptBRCore } from '../src/locales/pt-BR/core.js';
import { fr as frCore } from '../src/locales/fr/core.js';
import { de as deCore } from '../src/locales/de/core.js';
import { ja as jaCore } from '../src/locales/ja/core.js';
import { id as idCore } from '../src/locales/id/core.js';
import { ar as arCore } from '../src/locales/ar/core.js';
import {
  CATEGORY_KEYS,
  CATEGORY_TEXT_FIELDS,
  SOFT_TEXT_FIELDS,
  LABEL_KEYS,
  LISTS_ARE_EXHAUSTIVE,
  NOTICE_KEYS,
  OUTCOME_TEXT_FIELDS,
  REPLY_CLASSES,
} from './helpers/locale-keys.js';

/** Every locale the package ships, with the writing direction it must declare. */
const LOCALES: readonly (readonly [code: string, locale: Locale, direction: Locale['direction'], core: Locale])[] = [
  ['en', en, 'ltr', enCore],
  ['es', es, 'ltr', esCore],
  ['pt-BR', ptBR, 'ltr', ptBRCore],
  ['fr', fr, 'ltr', frCore],
  ['de', de, 'ltr', deCore],
  ['ja', ja, 'ltr', jaCore],
  ['id', id, 'ltr', idCore],
  ['ar', ar, 'rtl', arCore],
];

/**
 * The texts a category has: five for a failure, three for success and intermediate, and two more
 * (a final soft bounce) for the categories that can be a hard bounce.
 */
const fieldsOf = (c: string): readonly string[] =>
  c === 'success' || c === 'intermediate'
    ? OUTCOME_TEXT_FIELDS
    : HARD_CATEGORIES.has(c as Category)
      ? [...CATEGORY_TEXT_FIELDS, ...SOFT_TEXT_FIELDS]
      : CATEGORY_TEXT_FIELDS;

/** Strings that may legitimately be the same as in English, in any locale. */
const SAME_ANYWHERE: ReadonlySet<string> = new Set(['SPF', 'DKIM', 'DMARC', 'ARC', 'TLS', 'MX', 'DNS']);

/** Paths whose text is legitimately the same word as in English, per locale. */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  es: ['labels.no'],
  fr: ['labels.description'],
};

/** The translations checked string by string against English here (id and ar have test files of their own). */
const OTHERS: readonly (readonly [string, Locale])[] = [
  ['es', es],
  ['pt-BR', ptBR],
  ['fr', fr],
  ['de', de],
  ['ja', ja],
];

/** English and the translations above: checked here for white space and completeness. */
const EN_AND_OTHERS: readonly (readonly [string, Locale])[] = [['en', en], ...OTHERS];

const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/u;

const sorted = (keys: readonly string[]): string[] => [...keys].sort();

/** Every string of a locale with its path, e.g. `categories.spam.fix`. */
function strings(locale: Locale): [path: string, text: string][] {
  const out: [string, string][] = [];
  for (const [key, text] of Object.entries(locale.classes ?? {})) out.push([`classes.${key}`, text]);
  for (const [key, text] of Object.entries(locale.labels ?? {})) out.push([`labels.${key}`, text]);
  for (const [key, texts] of Object.entries(locale.categories ?? {})) {
    for (const [field, text] of Object.entries(texts ?? {})) out.push([`categories.${key}.${field}`, text]);
  }
  for (const [key, text] of Object.entries(locale.notice ?? {})) out.push([`notice.${key}`, text]);
  return out;
}

function englishAt(path: string): string | undefined {
  const found = strings(en).find(([p]) => p === path);
  return found?.[1];
}

function completeness(locale: Locale): string {
  const classes = REPLY_CLASSES.filter((c) => (locale.classes?.[c] ?? '').trim() !== '').length;
  const labels = LABEL_KEYS.filter((l) => (locale.labels?.[l] ?? '').trim() !== '').length;
  const categories = CATEGORY_KEYS.filter((c) => {
    const texts: Readonly<Record<string, string | undefined>> | undefined = locale.categories?.[c];
    return texts !== undefined && fieldsOf(c).every((f) => (texts[f] ?? '').trim() !== '');
  }).length;
  const notice = NOTICE_KEYS.filter((k) => (locale.notice?.[k] ?? '').trim() !== '').length;
  return `${locale.code}: classes ${classes}/${REPLY_CLASSES.length}, labels ${labels}/${LABEL_KEYS.length}, categories ${categories}/${CATEGORY_KEYS.length}, notice ${notice}/${NOTICE_KEYS.length}`;
}

describe('locale key lists', () => {
  it('cover every member of the public unions', () => {
    expect(LISTS_ARE_EXHAUSTIVE).toEqual({
      classes: true,
      labels: true,
      categories: true,
      categoryFields: true,
      codeFields: true,
      notice: true,
    });
    expect(new Set(REPLY_CLASSES).size).toBe(REPLY_CLASSES.length);
    expect(new Set(LABEL_KEYS).size).toBe(LABEL_KEYS.length);
    expect(new Set(CATEGORY_KEYS).size).toBe(CATEGORY_KEYS.length);
  });
});

describe.each(LOCALES)('%s', (code, locale, direction, core) => {
  it('has a core with the same texts and no catalogue or compare() texts', () => {
    expect(core.code).toBe(code);
    expect(core.codes).toBeUndefined();
    expect(core.compare).toBeUndefined();
    for (const part of ['classes', 'labels', 'categories', 'notice'] as const) expect(core[part]).toBe(locale[part]);
    expect(Object.isFrozen(core) && Object.isFrozen(locale)).toBe(true);
  });

  it('has every notice template, with only the placeholders it may use', () => {
    expect(sorted(Object.keys(locale.notice ?? {}))).toEqual(sorted(NOTICE_KEYS));
    const allowed: Readonly<Record<string, readonly string[]>> = {
      subjectFailed: ['recipient'],
      subjectDelayed: ['recipient'],
      failed: ['recipient', 'subject'],
      failedNoSubject: ['recipient'],
      delayed: ['recipient', 'subject'],
      delayedNoSubject: ['recipient'],
      footer: ['service'],
    };
    for (const k of NOTICE_KEYS) {
      const t = locale.notice?.[k] ?? '';
      expect(t.trim(), k).toBeTruthy();
      const used = [...t.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '');
      expect(sorted(used), k).toEqual(sorted(allowed[k] ?? []));
    }
  });

  it('has the expected code and direction', () => {
    expect(locale.code).toBe(code);
    expect(locale.direction).toBe(direction);
  });

  it('names every reply class with a non-empty string, and nothing else', () => {
    expect(sorted(Object.keys(locale.classes ?? {}))).toEqual(sorted(REPLY_CLASSES));
    for (const c of REPLY_CLASSES) expect(locale.classes?.[c]?.trim(), c).toBeTruthy();
  });

  it('has every label as a non-empty string, and nothing else', () => {
    expect(sorted(Object.keys(locale.labels ?? {}))).toEqual(sorted(LABEL_KEYS));
    for (const l of LABEL_KEYS) expect(locale.labels?.[l]?.trim(), l).toBeTruthy();
  });

  it('has the five texts for every failure category and three for success and intermediate, and nothing else', () => {
    expect(sorted(Object.keys(locale.categories ?? {}))).toEqual(sorted(CATEGORY_KEYS));
    for (const c of CATEGORY_KEYS) {
      const texts: Readonly<Record<string, string | undefined>> | undefined = locale.categories?.[c];
      expect(texts, c).toBeDefined();
      expect(sorted(Object.keys(texts ?? {})), c).toEqual(sorted(fieldsOf(c)));
      for (const f of fieldsOf(c)) expect(texts?.[f]?.trim(), `${c}.${f}`).toBeTruthy();
      expect(texts?.['description'], c).not.toBe(texts?.['fix']);
      // The variants differ: a retry text that repeated the final one would not agree with the decision.
      if (fieldsOf(c).length === 5) {
        expect(texts?.['fixRetry'], c).not.toBe(texts?.['fix']);
        expect(texts?.['userRetry'], c).not.toBe(texts?.['user']);
      }
    }
  });
});

describe('en', () => {
  const locale: Locale = en;

  it('keeps its English wording, without catalogue overrides', () => {
    expect(locale.codes).toBeUndefined();
    expect(locale.classes?.success).toBe('Success');
    expect(locale.classes?.transient).toBe('Temporary failure');
    expect(locale.classes?.permanent).toBe('Permanent failure');
    expect(locale.labels?.description).toBe('Description');
    expect(locale.labels?.whenSeen).toBe('When you see it');
    expect(locale.labels?.fix).toBe('How to fix');
    expect(locale.labels?.keyDifferences).toBe('Key differences');
    expect(locale.labels?.whenToUse).toBe('When to use which');
  });
});

describe.each(OTHERS)('%s', (code, locale) => {
  it('translates every string (no copy of the English text)', () => {
    const allowed = new Set(SAME_AS_ENGLISH[code] ?? []);
    for (const [path, text] of strings(locale)) {
      if (allowed.has(path) || SAME_ANYWHERE.has(text)) continue;
      expect(text, `${code} ${path}`).not.toBe(englishAt(path));
    }
    // Every allow-list entry must still be needed, so the list cannot go stale.
    for (const path of allowed) expect(strings(locale).find(([p]) => p === path)?.[1], path).toBe(englishAt(path));
  });

  if (code === 'ja') {
    it('writes every string in Japanese', () => {
      for (const [path, text] of strings(locale)) expect(text, path).toMatch(JAPANESE);
    });
  }
});

describe.each(EN_AND_OTHERS)('%s', (code, locale) => {
  it('has no stray white space', () => {
    for (const [path, text] of strings(locale)) expect(text, path).toBe(text.trim());
  });

  it('prints its completeness', () => {
    const line = completeness(locale);
    console.log(line);
    expect(line).toBe(
      `${code}: classes ${REPLY_CLASSES.length}/${REPLY_CLASSES.length}, labels ${LABEL_KEYS.length}/${LABEL_KEYS.length}, categories ${CATEGORY_KEYS.length}/${CATEGORY_KEYS.length}, notice ${NOTICE_KEYS.length}/${NOTICE_KEYS.length}`,
    );
  });
});
