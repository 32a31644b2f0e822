import { describe, expect, it } from 'vitest';
import { id } from '../src/locales/id.js';
import type { LabelKey } from '../src/locales/types.js';
import type { Category, ReplyClass } from '../src/types.js';
import { REPLY_CLASS_ENTRIES, REPLY_CODES } from '../src/catalogue/reply-codes.js';
import { ENHANCED_CLASS_ENTRIES, ENHANCED_CODES } from '../src/catalogue/enhanced-codes.js';

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

// Fail type-checking when a union member is added but not listed above.
const allClassesListed: Exclude<ReplyClass, (typeof CLASSES)[number]> extends never ? true : false = true;
const allLabelsListed: Exclude<LabelKey, (typeof LABELS)[number]> extends never ? true : false = true;
const allCategoriesListed: Exclude<Category, (typeof CATEGORIES)[number]> extends never ? true : false = true;

const CODE_FIELDS = ['name', 'description', 'whenSeen', 'fix'] as const;
const catalogueKeys = [...REPLY_CODES, ...REPLY_CLASS_ENTRIES, ...ENHANCED_CODES, ...ENHANCED_CLASS_ENTRIES].map(
  (entry) => entry.key,
);

function filled(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

describe('id locale', () => {
  it('lists every union member in this test', () => {
    expect([allClassesListed, allLabelsListed, allCategoriesListed]).toEqual([true, true, true]);
  });

  it('has its code and direction', () => {
    expect(id.code).toBe('id');
    expect(id.direction).toBe('ltr');
  });

  it('names every reply class', () => {
    const classes: Partial<Record<ReplyClass, string>> = id.classes;
    for (const name of CLASSES) expect(filled(classes[name]), name).toBe(true);
    expect(Object.keys(classes).sort()).toEqual([...CLASSES].sort());
  });

  it('has every label', () => {
    const labels: Partial<Record<LabelKey, string>> = id.labels;
    for (const key of LABELS) expect(filled(labels[key]), key).toBe(true);
    expect(Object.keys(labels).sort()).toEqual([...LABELS].sort());
  });

  it('has a description and a fix for every category', () => {
    const categories: Partial<Record<Category, { description: string; fix: string }>> = id.categories;
    for (const category of CATEGORIES) {
      const texts = categories[category];
      expect(filled(texts?.description), `${category}.description`).toBe(true);
      expect(filled(texts?.fix), `${category}.fix`).toBe(true);
    }
    expect(Object.keys(categories).sort()).toEqual([...CATEGORIES].sort());
  });

  it('has all four texts for every catalogue entry and no key outside the catalogue', () => {
    const codes: Readonly<Record<string, Partial<Record<(typeof CODE_FIELDS)[number], string>>>> = id.codes;
    const missing: string[] = [];
    for (const key of catalogueKeys) {
      for (const field of CODE_FIELDS) {
        if (!filled(codes[key]?.[field])) missing.push(`${key}.${field}`);
      }
    }
    expect(missing).toEqual([]);
    const known = new Set<string>(catalogueKeys);
    expect(Object.keys(codes).filter((key) => !known.has(key))).toEqual([]);
    expect(new Set(catalogueKeys).size).toBe(catalogueKeys.length);

    const categoriesDone = CATEGORIES.filter((c) => {
      const texts = (id.categories as Partial<Record<Category, { description: string; fix: string }>>)[c];
      return filled(texts?.description) && filled(texts?.fix);
    }).length;
    const codesDone = catalogueKeys.filter((key) => CODE_FIELDS.every((field) => filled(codes[key]?.[field]))).length;
    console.log(`id: categories ${categoriesDone}/${CATEGORIES.length}, codes ${codesDone}/${catalogueKeys.length}`);
  });
});
