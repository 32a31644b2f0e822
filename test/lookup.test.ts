import { describe, expect, it } from 'vitest';
import { lookup } from '../src/lookup.js';
import type { BasicCodeEntry, EnhancedCodeEntry } from '../src/catalogue/types.js';

describe('lookup', () => {
  describe('basic codes', () => {
    it('550 as a number', () => {
      const r = lookup(550)!;
      expect(r).not.toBeNull();
      expect(r.kind).toBe('basic');
      expect(r.code).toBe('550');
      expect(r.class).toBe('permanent');
      expect(r.fallback).toBeNull();
      expect(r.entry.key).toBe('550');
      expect((r.entry as BasicCodeEntry).code).toBe(550);
      // The result carries the entry's texts.
      expect(r.name).toBe(r.entry.name);
      expect(r.description).toBe(r.entry.description);
      expect(r.whenSeen).toBe(r.entry.whenSeen);
      expect(r.fix).toBe(r.entry.fix);
      expect(r.name).toMatch(/mailbox unavailable/i);
    });

    it("'550' as a string gives the same as 550", () => {
      expect(lookup('550')).toEqual(lookup(550));
    });

    it('trims white space around a string code', () => {
      expect(lookup(' 550 ')).toEqual(lookup(550));
    });

    it.each([
      [250, 'success'],
      [354, 'intermediate'],
      [421, 'transient'],
      [554, 'permanent'],
    ] as const)('%i has class %s from its first digit', (code, cls) => {
      const r = lookup(code)!;
      expect(r.class).toBe(cls);
      expect(r.fallback).toBeNull();
      expect(r.entry.key).toBe(String(code));
    });
  });

  describe('enhanced codes', () => {
    it("'5.1.1'", () => {
      const r = lookup('5.1.1')!;
      expect(r.kind).toBe('enhanced');
      expect(r.code).toBe('5.1.1');
      expect(r.class).toBe('permanent');
      expect(r.fallback).toBeNull();
      expect(r.entry.key).toBe('X.1.1');
      expect(r.name).toBe('Bad destination mailbox address');
    });

    it('the same registry entry serves every class (RFC 3463 §2)', () => {
      const four = lookup('4.2.2')!;
      const five = lookup('5.2.2')!;
      expect(four.entry).toBe(five.entry);
      expect(four.class).toBe('transient');
      expect(five.class).toBe('permanent');
    });

    it("unknown detail '5.7.708' falls back to the subject's X.7.0 entry", () => {
      const r = lookup('5.7.708')!;
      expect(r.kind).toBe('enhanced');
      expect(r.code).toBe('5.7.708');
      expect(r.class).toBe('permanent');
      expect(r.fallback).toBe('subject');
      expect(r.entry.key).toBe('X.7.0');
    });

    it("unknown subject '5.9.1' falls back to the class entry", () => {
      const r = lookup('5.9.1')!;
      expect(r.code).toBe('5.9.1');
      expect(r.class).toBe('permanent');
      expect(r.fallback).toBe('class');
      expect(r.entry.key).toBe('5.X.X');
    });

    it("unknown subject of class 4 falls back to '4.X.X'", () => {
      const r = lookup('4.9.9')!;
      expect(r.class).toBe('transient');
      expect(r.fallback).toBe('class');
      expect(r.entry.key).toBe('4.X.X');
    });
  });

  describe('unknown basic codes fall back to their class (RFC 5321 §4.2)', () => {
    it.each([
      [599, '5xx', 'permanent'],
      ['599', '5xx', 'permanent'],
      [431, '4xx', 'transient'],
      ['431', '4xx', 'transient'],
    ] as const)('%s → %s', (code, key, cls) => {
      const r = lookup(code)!;
      expect(r).not.toBeNull();
      expect(r.kind).toBe('basic');
      expect(r.code).toBe(String(code));
      expect(r.class).toBe(cls);
      expect(r.fallback).toBe('class');
      expect(r.entry.key).toBe(key);
      expect(r.name).toBe(r.entry.name);
    });
  });

  describe('anything that is not a code gives null', () => {
    it.each([
      ['a word', 'hello'],
      ['600 (first digit outside 2–5)', 600],
      ['199 (1yz is not SMTP)', 199],
      ["'100'", '100'],
      ['two-part code', '5.1'],
      ['NaN', Number.NaN],
      ['class 9', '9.1.1'],
      ['class 3', '3.1.1'],
      ['empty string', ''],
      ['non-integer', 550.5],
      ['negative', -550],
      ['four digits', '5500'],
      ['two digits', '55'],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['4-digit detail', '5.1.1000'],
      ['hex', '0x226'],
    ])('%s', (_name, input) => {
      expect(lookup(input)).toBeNull();
    });

    it('non-string, non-number values', () => {
      for (const v of [null, undefined, {}, [], Symbol('550')]) {
        expect(lookup(v as unknown as string)).toBeNull();
      }
    });
  });

  describe('the catalogue data is frozen', () => {
    it('a basic entry cannot be changed', () => {
      const entry = lookup(550)!.entry as BasicCodeEntry;
      expect(Object.isFrozen(entry)).toBe(true);
      expect(() => {
        (entry as { name: string }).name = 'x';
      }).toThrow(TypeError);
      expect(() => {
        (entry.rfcs as string[]).push('RFC 0');
      }).toThrow(TypeError);
      expect(lookup(550)!.name).not.toBe('x');
    });

    it('an enhanced entry and its arrays cannot be changed', () => {
      const entry = lookup('5.1.1')!.entry as EnhancedCodeEntry;
      expect(() => {
        (entry as { description: string }).description = 'x';
      }).toThrow(TypeError);
      expect(() => {
        (entry.classes as number[])[0] = 4;
      }).toThrow(TypeError);
      expect(() => {
        (entry.basicCodes as number[]).length = 0;
      }).toThrow(TypeError);
      expect(() => {
        delete (entry as { key?: string }).key;
      }).toThrow(TypeError);
    });

    it('fallback entries are frozen too', () => {
      for (const code of ['5.7.708', '5.9.1', '599'] as const) {
        const entry = lookup(code)!.entry;
        expect(() => {
          (entry as { fix: string }).fix = 'x';
        }).toThrow(TypeError);
      }
    });

    it('mutating a result does not change later results', () => {
      const r = lookup(550)! as { name: string };
      r.name = 'changed';
      expect(lookup(550)!.name).not.toBe('changed');
    });
  });
});
