import { describe, expect, it } from 'vitest';
import type { Category, ReplyClass } from '../src/types.js';
import type { CategoryTexts, LabelKey, Locale } from '../src/locales/types.js';
import { en } from '../src/locales/en.js';
import { es } from '../src/locales/es.js';
import { ptBR } from '../src/locales/pt-BR.js';
import { fr } from '../src/locales/fr.js';
import { de } from '../src/locales/de.js';
import { ja } from '../src/locales/ja.js';

const CLASSES = ['success', 'intermediate', 'transient', 'permanent', 'unknown'] as const satisfies readonly ReplyClass[];

const LABELS = [
  'description',
  'whenSeen',
  'fix',
  'keyDifferences',
  'whenToUse',
  'class',
  'category',
  'retryable',
  'bounce',
  'hardBounce',
  'softBounce',
  'yes',
  'no',
] as const satisfies readonly LabelKey[];

const CATEGORIES = [
  'success',
  'intermediate',
  'user-unknown',
  'domain-unknown',
  'mailbox-moved',
  'no-mail-accepted',
  'mailbox-disabled',
  'mailbox-full',
  'message-too-large',
  'content-rejected',
  'spam',
  'blocked',
  'sender-authentication',
  'sender-rejected',
  'relay-denied',
  'policy',
  'auth-required',
  'tls-required',
  'rate-limited',
  'too-many-recipients',
  'greylisted',
  'service-unavailable',
  'server-error',
  'storage-full',
  'network',
  'expired',
  'protocol',
  'unknown',
] as const satisfies readonly Category[];

const TEXT_FIELDS = ['description', 'fix'] as const satisfies readonly (keyof CategoryTexts)[];

// Compile-time guards: the arrays above must list every member of the unions.
type Exhaustive<Missing> = [Missing] extends [never] ? true : false;
const classesExhaustive: Exhaustive<Exclude<ReplyClass, (typeof CLASSES)[number]>> = true;
const labelsExhaustive: Exhaustive<Exclude<LabelKey, (typeof LABELS)[number]>> = true;
const categoriesExhaustive: Exhaustive<Exclude<Category, (typeof CATEGORIES)[number]>> = true;
const fieldsExhaustive: Exhaustive<Exclude<keyof CategoryTexts, (typeof TEXT_FIELDS)[number]>> = true;

/** Strings that may legitimately be the same as in English, in any locale. */
const SAME_ANYWHERE: ReadonlySet<string> = new Set(['SPF', 'DKIM', 'DMARC', 'ARC', 'TLS', 'MX', 'DNS']);

/** Paths whose text is legitimately the same word as in English, per locale. */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  es: ['labels.no'],
  fr: ['labels.description'],
};

const OTHERS: readonly (readonly [string, Locale])[] = [
  ['es', es],
  ['pt-BR', ptBR],
  ['fr', fr],
  ['de', de],
  ['ja', ja],
];

const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/u;

const sorted = (keys: readonly string[]): string[] => [...keys].sort();

/** Every string of a locale with its path, e.g. `categories.spam.fix`. */
function strings(locale: Locale): [path: string, text: string][] {
  const out: [string, string][] = [];
  for (const [key, text] of Object.entries(locale.classes)) out.push([`classes.${key}`, text]);
  for (const [key, text] of Object.entries(locale.labels)) out.push([`labels.${key}`, text]);
  for (const [key, texts] of Object.entries(locale.categories)) {
    for (const [field, text] of Object.entries(texts ?? {})) out.push([`categories.${key}.${field}`, text]);
  }
  return out;
}

function englishAt(path: string): string | undefined {
  const found = strings(en).find(([p]) => p === path);
  return found?.[1];
}

function completeness(locale: Locale): string {
  const classes = CLASSES.filter((c) => (locale.classes[c] ?? '').trim() !== '').length;
  const labels = LABELS.filter((l) => (locale.labels[l] ?? '').trim() !== '').length;
  const categories = CATEGORIES.filter((c) => {
    const texts = locale.categories[c];
    return texts !== undefined && TEXT_FIELDS.every((f) => texts[f].trim() !== '');
  }).length;
  return `${locale.code}: classes ${classes}/${CLASSES.length}, labels ${labels}/${LABELS.length}, categories ${categories}/${CATEGORIES.length}`;
}

describe('locale key lists', () => {
  it('cover every member of the public unions', () => {
    expect([classesExhaustive, labelsExhaustive, categoriesExhaustive, fieldsExhaustive]).toEqual([true, true, true, true]);
    expect(new Set(CLASSES).size).toBe(CLASSES.length);
    expect(new Set(LABELS).size).toBe(LABELS.length);
    expect(new Set(CATEGORIES).size).toBe(CATEGORIES.length);
  });
});

describe('en', () => {
  const locale: Locale = en;

  it('is English, left to right, without catalogue overrides', () => {
    expect(locale.code).toBe('en');
    expect(locale.direction).toBe('ltr');
    expect(locale.codes).toBeUndefined();
  });

  it('names every reply class and nothing else', () => {
    expect(sorted(Object.keys(locale.classes))).toEqual(sorted(CLASSES));
    for (const c of CLASSES) expect(locale.classes[c]?.trim()).toBeTruthy();
    expect(locale.classes.success).toBe('Success');
    expect(locale.classes.transient).toBe('Temporary failure');
    expect(locale.classes.permanent).toBe('Permanent failure');
  });

  it('has every label and nothing else', () => {
    expect(sorted(Object.keys(locale.labels))).toEqual(sorted(LABELS));
    for (const l of LABELS) expect(locale.labels[l]?.trim()).toBeTruthy();
    expect(locale.labels.description).toBe('Description');
    expect(locale.labels.whenSeen).toBe('When you see it');
    expect(locale.labels.fix).toBe('How to fix');
    expect(locale.labels.keyDifferences).toBe('Key differences');
    expect(locale.labels.whenToUse).toBe('When to use which');
  });

  it('has description and fix for every category and nothing else', () => {
    expect(sorted(Object.keys(locale.categories))).toEqual(sorted(CATEGORIES));
    for (const c of CATEGORIES) {
      const texts = locale.categories[c];
      expect(texts, c).toBeDefined();
      expect(sorted(Object.keys(texts ?? {})), c).toEqual(sorted(TEXT_FIELDS));
      for (const f of TEXT_FIELDS) expect(texts?.[f].trim(), `${c}.${f}`).toBeTruthy();
      expect(texts?.description, c).not.toBe(texts?.fix);
    }
  });

  it('has no stray white space', () => {
    for (const [path, text] of strings(locale)) expect(text, path).toBe(text.trim());
  });

  it('prints its completeness', () => {
    const line = completeness(locale);
    console.log(line);
    expect(line).toBe(`en: classes ${CLASSES.length}/${CLASSES.length}, labels ${LABELS.length}/${LABELS.length}, categories ${CATEGORIES.length}/${CATEGORIES.length}`);
  });
});

describe.each(OTHERS)('%s', (code, locale) => {
  it('has the expected code and direction', () => {
    expect(locale.code).toBe(code);
    expect(locale.direction).toBe('ltr');
  });

  it('names every reply class with a non-empty string, and nothing else', () => {
    expect(sorted(Object.keys(locale.classes))).toEqual(sorted(CLASSES));
    for (const c of CLASSES) expect(locale.classes[c]?.trim(), c).toBeTruthy();
  });

  it('has every label as a non-empty string, and nothing else', () => {
    expect(sorted(Object.keys(locale.labels))).toEqual(sorted(LABELS));
    for (const l of LABELS) expect(locale.labels[l]?.trim(), l).toBeTruthy();
  });

  it('has description and fix for every category, and nothing else', () => {
    expect(sorted(Object.keys(locale.categories))).toEqual(sorted(CATEGORIES));
    for (const c of CATEGORIES) {
      const texts = locale.categories[c];
      expect(texts, c).toBeDefined();
      expect(sorted(Object.keys(texts ?? {})), c).toEqual(sorted(TEXT_FIELDS));
      for (const f of TEXT_FIELDS) expect(texts?.[f].trim(), `${c}.${f}`).toBeTruthy();
      expect(texts?.description, c).not.toBe(texts?.fix);
    }
  });

  it('translates every string (no copy of the English text)', () => {
    const allowed = new Set(SAME_AS_ENGLISH[code] ?? []);
    for (const [path, text] of strings(locale)) {
      if (allowed.has(path) || SAME_ANYWHERE.has(text)) continue;
      expect(text, `${code} ${path}`).not.toBe(englishAt(path));
    }
    // Every allow-list entry must still be needed, so the list cannot go stale.
    for (const path of allowed) expect(strings(locale).find(([p]) => p === path)?.[1], path).toBe(englishAt(path));
  });

  it('has no stray white space', () => {
    for (const [path, text] of strings(locale)) expect(text, path).toBe(text.trim());
  });

  if (code === 'ja') {
    it('writes every string in Japanese', () => {
      for (const [path, text] of strings(locale)) expect(text, path).toMatch(JAPANESE);
    });
  }

  it('prints its completeness', () => {
    const line = completeness(locale);
    console.log(line);
    expect(line).toBe(`${code}: classes ${CLASSES.length}/${CLASSES.length}, labels ${LABELS.length}/${LABELS.length}, categories ${CATEGORIES.length}/${CATEGORIES.length}`);
  });
});
