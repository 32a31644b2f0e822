import { describe, it, expect } from 'vitest';
import { REPLY_CODES, REPLY_CLASS_ENTRIES } from '../src/catalogue/reply-codes.js';
import type { BasicCodeEntry } from '../src/catalogue/types.js';
import { parseCsv, readSharedCsv } from './helpers/csv.js';

const csv = readSharedCsv('reply-codes.csv');
const csvRows = csv.records.map((r) => ({
  code: Number(r[csv.col('code')]),
  name: r[csv.col('name')]!,
  standard: r[csv.col('standard')]!.trim(),
}));

const codes: readonly BasicCodeEntry[] = REPLY_CODES;
const classes: readonly BasicCodeEntry[] = REPLY_CLASS_ENTRIES;
const all: readonly BasicCodeEntry[] = [...codes, ...classes];

const CLASS_BY_DIGIT: Record<string, BasicCodeEntry['class']> = {
  '2': 'success',
  '3': 'intermediate',
  '4': 'transient',
  '5': 'permanent',
};

describe('CSV parser', () => {
  it('handles quoted commas and doubled quotes', () => {
    expect(parseCsv('a,"b, c","say ""hi""",d\n1,2,3,4\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'd'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('reads the reference file', () => {
    expect(csvRows).toHaveLength(48);
    for (const r of csvRows) expect(Number.isInteger(r.code)).toBe(true);
  });
});

describe('REPLY_CODES', () => {
  it('has exactly one entry per CSV code', () => {
    for (const row of csvRows) {
      const matches = codes.filter((e) => e.code === row.code);
      expect(matches, `code ${row.code}`).toHaveLength(1);
      expect(matches[0]!.key).toBe(String(row.code));
    }
  });

  it('has no codes beyond the CSV', () => {
    const csvCodes = new Set(csvRows.map((r) => r.code));
    expect(codes.filter((e) => !csvCodes.has(e.code)).map((e) => e.code)).toEqual([]);
    expect(codes).toHaveLength(csvRows.length);
  });

  it('marks standard codes as the CSV does', () => {
    for (const row of csvRows) {
      const entry = codes.find((e) => e.code === row.code)!;
      expect(entry.standard, `code ${row.code}`).toBe(row.standard.startsWith('yes'));
    }
  });

  it('derives the class from the first digit', () => {
    for (const entry of codes) {
      expect(entry.kind).toBe('basic');
      expect(entry.class, entry.key).toBe(CLASS_BY_DIGIT[String(entry.code)[0]!]);
    }
  });

  it('cites references for every standard code', () => {
    for (const entry of codes.filter((e) => e.standard)) {
      expect(entry.rfcs.length, entry.key).toBeGreaterThan(0);
      for (const ref of entry.rfcs) expect(ref, entry.key).toMatch(/^RFC \d+/);
    }
  });
});

describe('REPLY_CLASS_ENTRIES', () => {
  it('has one fallback per class digit', () => {
    expect(classes.map((e) => e.key)).toEqual(['2xx', '3xx', '4xx', '5xx']);
    for (const entry of classes) {
      const digit = entry.key[0]!;
      expect(entry.code).toBe(Number(digit) * 100);
      expect(entry.class).toBe(CLASS_BY_DIGIT[digit]);
      expect(entry.standard).toBe(true);
      expect(entry.rfcs).toEqual(['RFC 5321 §4.2.1']);
    }
  });
});

describe('all basic entries', () => {
  it('have unique keys', () => {
    const keys = all.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  const fields = ['description', 'whenSeen', 'fix'] as const;

  it('have non-empty texts that are sentences', () => {
    for (const entry of all) {
      expect(entry.name.trim(), `${entry.key}.name`).not.toBe('');
      for (const field of fields) {
        const text = entry[field];
        expect(text.trim(), `${entry.key}.${field}`).not.toBe('');
        expect(text, `${entry.key}.${field}`).toMatch(/^[A-Z]/);
        expect(text, `${entry.key}.${field}`).toMatch(/\.$/);
      }
    }
  });

  it('never repeat a text of another entry', () => {
    const seen = new Map<string, string>();
    for (const entry of all) {
      for (const field of fields) {
        const text = entry[field];
        const previous = seen.get(text);
        expect(previous, `${entry.key}.${field} repeats ${previous}`).toBeUndefined();
        seen.set(text, `${entry.key}.${field}`);
      }
    }
  });

  it('have a description that differs from the name', () => {
    for (const entry of all) {
      expect(entry.description.toLowerCase(), entry.key).not.toBe(entry.name.toLowerCase());
    }
  });

  it('say non-standard codes are non-standard in the name', () => {
    for (const entry of codes.filter((e) => !e.standard)) {
      expect(entry.name, entry.key).toMatch(/non-standard|registry-listed/);
    }
  });
});
