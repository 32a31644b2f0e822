import { describe, expect, it } from 'vitest';
import { ar } from '../src/locales/ar.js';
import { REPLY_CODES, REPLY_CLASS_ENTRIES } from '../src/catalogue/reply-codes.js';
import { ENHANCED_CODES, ENHANCED_CLASS_ENTRIES } from '../src/catalogue/enhanced-codes.js';
import type { Category, ReplyClass } from '../src/types.js';
import type { LabelKey } from '../src/locales/types.js';
import type { CodeTexts } from '../src/catalogue/types.js';

const CLASSES: readonly ReplyClass[] = ['success', 'intermediate', 'transient', 'permanent', 'unknown'];

const LABELS: readonly LabelKey[] = [
  'description', 'whenSeen', 'fix', 'keyDifferences', 'whenToUse', 'class', 'category',
  'retryable', 'bounce', 'hardBounce', 'softBounce', 'yes', 'no',
];

const CATEGORIES: readonly Category[] = [
  'success', 'intermediate', 'user-unknown', 'domain-unknown', 'mailbox-moved', 'no-mail-accepted',
  'mailbox-disabled', 'mailbox-full', 'message-too-large', 'content-rejected', 'spam', 'blocked',
  'sender-authentication', 'sender-rejected', 'relay-denied', 'policy', 'auth-required',
  'tls-required', 'rate-limited', 'too-many-recipients', 'greylisted', 'service-unavailable',
  'server-error', 'storage-full', 'network', 'expired', 'protocol', 'unknown',
];

const CODE_FIELDS: readonly (keyof CodeTexts)[] = ['name', 'description', 'whenSeen', 'fix'];

/** Entries of a catalogue table, whether it is an array or a record keyed by catalogue key. */
function entriesOf(table: unknown): { key: string }[] {
  const list = Array.isArray(table) ? table : Object.values(table as Record<string, unknown>);
  return list as { key: string }[];
}

const CATALOGUE_KEYS: readonly string[] = [
  ...entriesOf(REPLY_CODES),
  ...entriesOf(REPLY_CLASS_ENTRIES),
  ...entriesOf(ENHANCED_CODES),
  ...entriesOf(ENHANCED_CLASS_ENTRIES),
].map((e) => e.key);

const FSI = '\u2068';
const PDI = '\u2069';

const isAsciiAlnum = (c: string): boolean => /^[A-Za-z0-9]$/.test(c);
const isRunChar = (c: string): boolean => isAsciiAlnum(c) || c === '.' || c === '-' || c === ' ';

/**
 * Problems with bidi isolation in `s`: every run that starts with an ASCII letter or digit and goes
 * on through letters, digits, `.`, `-` and spaces must stand between U+2068 and U+2069, and the
 * isolates must be balanced. A linear scan, no regular-expression backtracking.
 */
function isolationProblems(s: string): string[] {
  const problems: string[] = [];
  let depth = 0;
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === FSI) {
      depth += 1;
      i += 1;
    } else if (c === PDI) {
      depth -= 1;
      if (depth < 0) {
        problems.push(`unmatched U+2069 at ${i}`);
        depth = 0;
      }
      i += 1;
    } else if (isAsciiAlnum(c)) {
      const start = i;
      while (i < s.length && isRunChar(s[i]!)) i += 1;
      if (depth === 0) problems.push(`unwrapped "${s.slice(start, i)}" at ${start}`);
    } else {
      i += 1;
    }
  }
  if (depth !== 0) problems.push('unclosed U+2068');
  return problems;
}

/** Every string in the locale, with a path for error messages. */
function allStrings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) allStrings(v, `${path}.${k}`, out);
  }
  return out;
}

const nonEmpty = (s: unknown): boolean => typeof s === 'string' && s.trim().length > 0;

describe('ar locale', () => {
  it('has code and direction', () => {
    expect(ar.code).toBe('ar');
    expect(ar.direction).toBe('rtl');
  });

  it('names every reply class, and nothing else', () => {
    expect(Object.keys(ar.classes).sort()).toEqual([...CLASSES].sort());
    for (const c of CLASSES) expect(nonEmpty(ar.classes[c]), c).toBe(true);
  });

  it('has every label, and nothing else', () => {
    expect(Object.keys(ar.labels).sort()).toEqual([...LABELS].sort());
    for (const l of LABELS) expect(nonEmpty(ar.labels[l]), l).toBe(true);
  });

  it('has description and fix for every category, and nothing else', () => {
    expect(Object.keys(ar.categories).sort()).toEqual([...CATEGORIES].sort());
    for (const c of CATEGORIES) {
      const t = ar.categories[c];
      expect(Object.keys(t).sort(), c).toEqual(['description', 'fix']);
      expect(nonEmpty(t.description), `${c}.description`).toBe(true);
      expect(nonEmpty(t.fix), `${c}.fix`).toBe(true);
    }
  });

  it('has all four texts for every catalogue entry, and no extra keys', () => {
    const codes = ar.codes as Readonly<Record<string, Partial<CodeTexts>>>;
    expect(new Set(CATALOGUE_KEYS).size).toBe(CATALOGUE_KEYS.length);
    expect(Object.keys(codes).sort()).toEqual([...CATALOGUE_KEYS].sort());
    for (const key of CATALOGUE_KEYS) {
      const t = codes[key];
      expect(t, key).toBeDefined();
      expect(Object.keys(t!).sort(), key).toEqual([...CODE_FIELDS].sort());
      for (const f of CODE_FIELDS) expect(nonEmpty(t![f]), `${key}.${f}`).toBe(true);
    }
  });

  it('wraps every run of Latin letters and digits in first-strong isolates', () => {
    const bad: string[] = [];
    for (const [path, s] of allStrings({ classes: ar.classes, labels: ar.labels, categories: ar.categories, codes: ar.codes }, 'ar')) {
      for (const p of isolationProblems(s)) bad.push(`${path}: ${p}`);
    }
    expect(bad).toEqual([]);
  });

  it('scanner catches unwrapped runs and accepts wrapped ones', () => {
    expect(isolationProblems('فشل \u2068SPF\u2069 و\u2068DKIM\u2069')).toEqual([]);
    expect(isolationProblems('الرمز \u20685.1.1\u2069.')).toEqual([]);
    expect(isolationProblems('الرمز 550 هنا')).toEqual(['unwrapped "550 " at 6']);
    expect(isolationProblems('\u2068SPF')).toEqual(['unclosed U+2068']);
    expect(isolationProblems('a\u2069')).toHaveLength(2);
  });

  it('reports completeness', () => {
    const codes = ar.codes as Readonly<Record<string, Partial<CodeTexts>>>;
    const cats = CATEGORIES.filter((c) => nonEmpty(ar.categories[c]?.description) && nonEmpty(ar.categories[c]?.fix)).length;
    const done = CATALOGUE_KEYS.filter((k) => CODE_FIELDS.every((f) => nonEmpty(codes[k]?.[f]))).length;
    console.log(`ar: categories ${cats}/${CATEGORIES.length}, codes ${done}/${CATALOGUE_KEYS.length}`);
    expect(cats).toBe(CATEGORIES.length);
    expect(done).toBe(CATALOGUE_KEYS.length);
  });
});
