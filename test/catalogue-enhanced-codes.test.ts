import { describe, expect, it } from 'vitest';
import { ENHANCED_CLASS_ENTRIES, ENHANCED_CODES } from '../src/catalogue/enhanced-codes.js';
import type { EnhancedCodeEntry } from '../src/catalogue/types.js';
import { readSharedCsv } from './helpers/csv.js';

interface RegistryRow {
  readonly code: string;
  readonly name: string;
  readonly classes: number[];
  readonly basicCodes: number[];
  readonly rfcs: string[];
}

/** The rows of the IANA registry export the table is built from. */
function readRegistry(): RegistryRow[] {
  const csv = readSharedCsv('enhanced-status-codes.csv');
  const [code, text, basic, classes, reference] = [
    csv.col('code'),
    csv.col('sample_text'),
    csv.col('associated_basic_codes'),
    csv.col('classes'),
    csv.col('reference'),
  ];
  return csv.records.map((f) => {
    const get = (i: number): string => f[i] ?? '';
    return {
      code: get(code),
      name: get(text),
      // "245" -> [2, 4, 5]; empty for the deprecated X.6.10.
      classes: [...get(classes)].map(Number),
      // "451, 550" / "250 or 251" / "451/550" -> numbers; "Any", "Not given", "5XX", "." -> [].
      basicCodes: (get(basic).match(/\b\d{3}\b/g) ?? []).map(Number),
      rfcs: get(reference)
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    };
  });
}

const registry = readRegistry();
const all: readonly EnhancedCodeEntry[] = [...ENHANCED_CODES, ...ENHANCED_CLASS_ENTRIES];

describe('ENHANCED_CODES', () => {
  it('reads all 81 registry rows from the CSV', () => {
    expect(registry).toHaveLength(81);
    expect(registry[0]?.code).toBe('X.0.0');
    expect(registry.at(-1)?.code).toBe('X.7.30');
  });

  it.each(registry)('$code has exactly one entry matching the registry', (row) => {
    const matches = ENHANCED_CODES.filter((e) => e.key === row.code);
    expect(matches).toHaveLength(1);
    const entry = matches[0] as EnhancedCodeEntry;
    expect(entry.kind).toBe('enhanced');
    expect(entry.name).toBe(row.name);
    expect([...entry.classes]).toEqual(row.classes);
    expect([...entry.basicCodes]).toEqual(row.basicCodes);
    expect([...entry.rfcs]).toEqual(row.rfcs);
  });

  it('has no entries beyond the registry rows', () => {
    const codes = new Set(registry.map((r) => r.code));
    expect(ENHANCED_CODES.filter((e) => !codes.has(e.key)).map((e) => e.key)).toEqual([]);
    expect(ENHANCED_CODES).toHaveLength(registry.length);
  });

  it('spot-checks well-known codes', () => {
    const byKey = new Map(all.map((e) => [e.key, e]));
    expect(byKey.get('X.1.1')?.basicCodes).toEqual([451, 550]);
    expect(byKey.get('X.1.10')?.basicCodes).toEqual([556]);
    expect(byKey.get('X.7.26')?.rfcs).toEqual(['RFC 7372']);
    expect(byKey.get('X.4.7')?.classes).toEqual([4, 5]);
  });
});

describe('ENHANCED_CLASS_ENTRIES', () => {
  it('has one fallback per class: 2.X.X, 4.X.X, 5.X.X', () => {
    expect(ENHANCED_CLASS_ENTRIES.map((e) => [e.key, [...e.classes]])).toEqual([
      ['2.X.X', [2]],
      ['4.X.X', [4]],
      ['5.X.X', [5]],
    ]);
    for (const e of ENHANCED_CLASS_ENTRIES) {
      expect(e.basicCodes).toEqual([]);
      expect(e.rfcs).toEqual(['RFC 3463 §2']);
    }
  });
});

describe('all enhanced entries', () => {
  it('have unique keys of the form X.d.d (codes) or d.X.X (class fallbacks)', () => {
    const keys = all.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of ENHANCED_CODES) expect(e.key).toMatch(/^X\.\d{1,3}\.\d{1,3}$/);
    for (const e of ENHANCED_CLASS_ENTRIES) expect(e.key).toMatch(/^[245]\.X\.X$/);
  });

  it('have classes within 2, 4, 5 and a reference', () => {
    for (const e of all) {
      for (const c of e.classes) expect([2, 4, 5]).toContain(c);
      expect(e.rfcs.length).toBeGreaterThan(0);
    }
  });

  it.each(all.map((e) => [e.key, e] as const))('%s has well-formed texts', (_key, e) => {
    expect(e.name.trim()).not.toBe('');
    for (const text of [e.description, e.whenSeen, e.fix]) {
      expect(text.trim()).toBe(text);
      expect(text).toMatch(/^[A-Z]/);
      expect(text).toMatch(/\.$/);
    }
  });

  it('never share a description or a fix', () => {
    for (const field of ['description', 'fix'] as const) {
      const seen = new Map<string, string>();
      for (const e of all) {
        const other = seen.get(e[field]);
        expect(other, `${e.key} repeats the ${field} of ${other}`).toBeUndefined();
        seen.set(e[field], e.key);
      }
    }
  });
});
