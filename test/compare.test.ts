import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare, SmtpReplyError } from '../src/index.js';
import type { ReplyClass } from '../src/types.js';
import { id } from '../src/locales/id/index.js';
import { ar } from '../src/locales/ar/index.js';
import type { Locale } from '../src/locales/types.js';

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * The facts of the five comparison pages the project grew from (which two codes each page compares,
 * and the class of each), snapshotted by scripts/snapshot.ts: facts only, none of their sentences.
 */
interface SeedFacts {
  readonly page: string;
  readonly a: string;
  readonly b: string;
  readonly classA: ReplyClass;
  readonly classB: ReplyClass;
}

const SEEDS: readonly SeedFacts[] = JSON.parse(
  readFileSync(new URL('./fixtures/compare/seed-pairs.json', import.meta.url), 'utf8'),
);

describe('compare: the seed pairs', () => {
  it('reads five seed pages', () => {
    expect(SEEDS.map((s) => `${s.a} vs ${s.b}`)).toEqual([
      '220 vs 551',
      '220 vs 251',
      '220 vs 451',
      '250 vs 551',
      '211 vs 551',
    ]);
  });

  it.each(SEEDS)('$a vs $b ($page): classes, same-class flag, and both codes in the key differences', (seed) => {
    const c = compare(Number(seed.a), seed.b);
    expect(c.a).toMatchObject({ code: seed.a, kind: 'basic', class: seed.classA, fallback: null });
    expect(c.b).toMatchObject({ code: seed.b, kind: 'basic', class: seed.classB, fallback: null });
    expect(c.sameClass).toBe(seed.classA === seed.classB);
    expect(c.a.retryable).toBe(seed.classA === 'transient');
    expect(c.b.retryable).toBe(seed.classB === 'transient');
    expect(c.keyDifferences[0]).toContain(seed.a);
    expect(c.keyDifferences[0]).toContain(seed.b);
    expect(c.whenToUse).toHaveLength(2);
    expect(c.whenToUse[0]).toContain(seed.a);
    expect(c.whenToUse[1]).toContain(seed.b);
    expect(c.summary).toContain(seed.a);
    expect(c.summary).toContain(seed.b);
    for (const s of [c.a, c.b]) {
      expect(s.description.length).toBeGreaterThan(20);
      expect(s.whenSeen.length).toBeGreaterThan(20);
      expect(s.fix.length).toBeGreaterThan(10);
    }
  });

  it('220 vs 551: a success against a permanent refusal', () => {
    const c = compare(220, 551);
    expect(c.a.className).toBe('Success');
    expect(c.b.className).toBe('Permanent failure');
    expect(c.keyDifferences).toContain(
      '220 is in class Success (first digit 2), while 551 is in class Permanent failure (first digit 5).',
    );
    expect(c.keyDifferences).toContain(
      '551 is a refusal that a retry will not change, while 220 reports no failure at all.',
    );
  });

  it('220 vs 451: the 4xx side is the retryable one', () => {
    const c = compare(220, 451);
    expect(c.b.retryable).toBe(true);
    expect(c.keyDifferences).toContain(
      '451 asks the client to try again later, while 220 reports no failure and needs no retry.',
    );
  });

  it('220 vs 251: same class, no failure on either side', () => {
    const c = compare('220', '251');
    expect(c.keyDifferences[0]).toBe('220 and 251 are in the same class: Success (first digit 2).');
    expect(c.keyDifferences).toContain('Neither 220 nor 251 reports a failure, so there is nothing to retry.');
    expect(c.summary).toBe('Both 220 (Service ready) and 251 (User not local; will forward) mean success.');
  });
});

describe('compare: pairs the RFCs tie together', () => {
  it('251 vs 551: one forwards, the other refuses (RFC 5321 §3.4), in either order', () => {
    for (const [a, b] of [
      [251, 551],
      [551, 251],
    ] as const) {
      const note = compare(a, b).keyDifferences.find((s) => s.includes('§3.4'));
      expect(note).toBe(
        'Both answer a recipient whose mailbox is not on this server (RFC 5321 §3.4): with 251 the server accepts the message and passes it on itself, with 551 it refuses and leaves the client to resend to the address named in the reply.',
      );
    }
  });

  it.each([
    [250, 251, 'will forward the message'],
    [250, 252, 'RFC 5321 §3.5.3'],
    [450, 550, 'mailbox is unavailable'],
    [452, 552, 'RFC 5321 §4.5.3.1.10'],
    [421, 554, 'RFC 5321 §3.1'],
    [521, 556, 'RFC 7504'],
  ])('%i vs %i carries the note (%s)', (a, b, marker) => {
    const notes = compare(a, b).keyDifferences.filter((s) => s.includes(marker));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(String(a));
    expect(notes[0]).toContain(String(b));
  });

  it('452 vs 552 puts the temporary code where RFC 5321 §4.5.3.1.10 puts it', () => {
    const note = compare(552, 452).keyDifferences.find((s) => s.includes('§4.5.3.1.10'))!;
    expect(note).toContain('makes 452 the right code');
    expect(note).toContain('treat a 552 given for that reason as temporary');
  });

  it('unrelated pairs carry no such note', () => {
    const c = compare(220, 551);
    expect(c.keyDifferences.join(' ')).not.toMatch(/RFC 5321 §3\.4|RFC 7504/);
  });
});

describe('compare: enhanced codes', () => {
  it('5.1.1 vs 5.2.2: same class, different subjects', () => {
    const c = compare('5.1.1', '5.2.2');
    expect(c.a).toMatchObject({
      code: '5.1.1',
      kind: 'enhanced',
      class: 'permanent',
      name: 'Bad destination mailbox address',
    });
    expect(c.b).toMatchObject({ code: '5.2.2', kind: 'enhanced', class: 'permanent', name: 'Mailbox full' });
    expect(c.sameClass).toBe(true);
    expect(c.keyDifferences).toContain(
      '5.1.1 is about addressing (subject X.1), while 5.2.2 is about the mailbox (subject X.2).',
    );
    expect(c.keyDifferences).toContain(
      'Both 5.1.1 and 5.2.2 are final: sending the same request again without changes fails again.',
    );
  });

  it('4.2.2 vs 5.2.2: the same registry entry, only the class differs', () => {
    const c = compare('4.2.2', '5.2.2');
    expect(c.sameClass).toBe(false);
    expect(c.a.retryable).toBe(true);
    expect(c.b.retryable).toBe(false);
    expect(c.keyDifferences.some((s) => s.includes('same registry entry, X.2.2'))).toBe(true);
  });

  it('5.7.1 vs 5.7.708: same subject; the unregistered detail is described by X.7.0', () => {
    const c = compare('5.7.1', '5.7.708');
    expect(c.b.fallback).toBe('subject');
    expect(c.keyDifferences).toContain(
      '5.7.1 and 5.7.708 share the subject X.7, security or policy; only the detail number differs.',
    );
    expect(c.keyDifferences).toContain(
      'The detail of 5.7.708 is not registered, so it is described by its subject entry X.7.0.',
    );
  });

  it('5.1.10 vs 5.7.27: the registry pairs them with different basic codes (556, 550), so no shared association', () => {
    const c = compare('5.1.10', '5.7.27');
    expect(c.keyDifferences.join(' ')).not.toContain('in common');
  });

  it('5.7.23 vs 5.7.24: the registry pairs both with 550', () => {
    expect(compare('5.7.23', '5.7.24').keyDifferences).toContain(
      '5.7.23 and 5.7.24 have these basic codes in common in the IANA registry: 550.',
    );
  });
});

describe('compare: basic against enhanced', () => {
  it('550 vs 5.1.1 names the registry association', () => {
    const c = compare(550, '5.1.1');
    expect(c.sameClass).toBe(true);
    expect(c.a.kind).toBe('basic');
    expect(c.b.kind).toBe('enhanced');
    expect(c.keyDifferences.some((s) => s.startsWith('550 is a three-digit basic reply code'))).toBe(true);
    expect(c.keyDifferences).toContain(
      'The IANA registry lists 550 among the basic codes used with X.1.1 (Bad destination mailbox address).',
    );
  });

  it('5.1.1 vs 552: not paired by the registry, which lists 451 and 550', () => {
    expect(compare('5.1.1', 552).keyDifferences).toContain(
      'The IANA registry does not pair 552 with X.1.1; it lists 451, 550 for it.',
    );
  });

  it('250 vs 5.1.1: class digits disagree, so they cannot share a reply (RFC 2034 §4)', () => {
    const c = compare(250, '5.1.1');
    expect(c.keyDifferences.some((s) => s.includes('cannot appear together') && s.includes('RFC 2034 §4'))).toBe(true);
  });

  it('599 vs 5.9.1: both unregistered, both described by their class', () => {
    const c = compare(599, '5.9.1');
    expect(c.a.fallback).toBe('class');
    expect(c.b.fallback).toBe('class');
    expect(c.keyDifferences).toContain('599 is not in the catalogue, so it is described by its class entry 5xx.');
    expect(c.keyDifferences).toContain('5.9.1 is not in the catalogue, so it is described by its class entry 5.X.X.');
  });
});

describe('compare: the same code twice', () => {
  it('says so instead of listing differences', () => {
    const c = compare(550, '550');
    expect(c.sameClass).toBe(true);
    expect(c.keyDifferences).toEqual(['Both sides name the same code, 550, so there is no difference to report.']);
    expect(compare('5.01.1', '5.1.1').keyDifferences).toHaveLength(1);
  });
});

describe('compare: locales', () => {
  it('Indonesian: labels, class names, catalogue texts and sentences', () => {
    const c = compare(251, 551, { locale: id });
    expect(c.labels).toEqual({
      keyDifferences: 'Perbedaan Utama',
      whenToUse: 'Kapan Menggunakan Yang Mana',
      description: 'Deskripsi',
      whenSeen: 'Ketika Anda Melihatnya',
      fix: 'Cara Memperbaiki',
    });
    expect(c.a.className).toBe('Berhasil');
    expect(c.b.className).toBe('Gagal Permanen');
    expect(c.a.name).toBe(id.codes?.['251']?.name);
    expect(c.keyDifferences[0]).toBe(
      '251 termasuk kelas Berhasil (digit pertama 2), sedangkan 551 termasuk kelas Gagal Permanen (digit pertama 5).',
    );
    expect(c.keyDifferences.some((s) => s.includes('RFC 5321 §3.4'))).toBe(true);
    expect(c.summary.startsWith('251 (')).toBe(true);
  });

  it('Arabic: every code in the generated sentences is isolated with U+2068 … U+2069', () => {
    const c = compare(550, '5.1.1', { locale: ar });
    expect(c.labels.keyDifferences).toBe(ar.labels?.keyDifferences);
    expect(c.a.className).toBe(ar.classes?.permanent);
    const sentences = [...c.keyDifferences, ...c.whenToUse, c.summary];
    for (const s of sentences) {
      // No code may stand bare: every run of digits and dots sits inside an isolate.
      const bare = s.replace(/\u2068[^\u2069]*\u2069/g, '');
      expect(bare, s).not.toMatch(/[0-9]/);
    }
    expect(c.keyDifferences[0]).toContain(`${FSI}550${PDI}`);
    expect(c.keyDifferences[0]).toContain(`${FSI}5.1.1${PDI}`);
    // The side data itself is not decorated.
    expect(c.a.code).toBe('550');
    expect(c.b.code).toBe('5.1.1');
  });

  it('Arabic templates isolate their own Latin runs and digits (RFC numbers, IANA, VRFY …)', () => {
    for (const [key, template] of Object.entries(ar.compare ?? {})) {
      const bare = template.replace(/\u2068[^\u2069]*\u2069/g, '').replace(/\{\w+\}/g, '');
      expect(bare, key).not.toMatch(/[A-Za-z0-9§]/);
    }
  });

  it('English and Indonesian sentences carry no isolates', () => {
    for (const locale of [undefined, id]) {
      const c = compare(452, 552, locale ? { locale } : undefined);
      expect([...c.keyDifferences, ...c.whenToUse, c.summary].join('')).not.toMatch(/[\u2068\u2069]/);
    }
  });

  it('a missing template falls back to English; the rest of the locale still applies', () => {
    const partial: Locale = {
      code: 'xx',
      direction: 'ltr',
      classes: { success: 'OK!' },
      labels: {},
      categories: {},
      compare: { bothSucceed: '{a}+{b}: no failure.' },
    };
    const c = compare(220, 251, { locale: partial });
    expect(c.keyDifferences[0]).toBe('220 and 251 are in the same class: OK! (first digit 2).');
    expect(c.keyDifferences).toContain('220+251: no failure.');
    expect(c.labels.fix).toBe('How to fix');
  });
});

describe('compare: strict input', () => {
  it.each([
    ['hello', 550],
    [550, 'hello'],
    [150, 250],
    [250, 699],
    ['3.1.1', 250],
    ['', '5.1.1'],
    [55.5, 550],
  ])('compare(%j, %j) throws SmtpReplyError with kind invalid-input', (a, b) => {
    let thrown: unknown;
    try {
      compare(a, b);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(SmtpReplyError);
    expect((thrown as SmtpReplyError).kind).toBe('invalid-input');
    expect((thrown as SmtpReplyError).message).toMatch(/^compare\(\): argument [ab] /);
  });

  it('names the argument that is wrong', () => {
    expect(() => compare(550, 'nope')).toThrow('argument b ("nope")');
  });
});
