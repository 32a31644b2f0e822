import { describe, expect, it } from 'vitest';
import { id } from '../src/locales/id/index.js';
import type { Category } from '../src/types.js';
import { CATALOGUE_KEYS, CATEGORY_KEYS, CODE_TEXT_FIELDS } from './helpers/locale-keys.js';

// Code, direction, classes, labels and categories are checked with every other locale in locales.test.ts.

function filled(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

describe('id locale', () => {
  it('has all four texts for every catalogue entry and no key outside the catalogue', () => {
    const codes: Readonly<Record<string, Partial<Record<(typeof CODE_TEXT_FIELDS)[number], string>>>> = id.codes ?? {};
    const missing: string[] = [];
    for (const key of CATALOGUE_KEYS) {
      for (const field of CODE_TEXT_FIELDS) {
        if (!filled(codes[key]?.[field])) missing.push(`${key}.${field}`);
      }
    }
    expect(missing).toEqual([]);
    const known = new Set<string>(CATALOGUE_KEYS);
    expect(Object.keys(codes).filter((key) => !known.has(key))).toEqual([]);
    expect(new Set(CATALOGUE_KEYS).size).toBe(CATALOGUE_KEYS.length);

    const categoriesDone = CATEGORY_KEYS.filter((c) => {
      const texts = (id.categories as Partial<Record<Category, { description: string; fix: string }>>)[c];
      return filled(texts?.description) && filled(texts?.fix);
    }).length;
    const codesDone = CATALOGUE_KEYS.filter((key) =>
      CODE_TEXT_FIELDS.every((field) => filled(codes[key]?.[field])),
    ).length;
    console.log(
      `id: categories ${categoriesDone}/${CATEGORY_KEYS.length}, codes ${codesDone}/${CATALOGUE_KEYS.length}`,
    );
  });
});
