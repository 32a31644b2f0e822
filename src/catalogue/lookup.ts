import type { ReplyClass } from '../types.js';
import type { Locale } from '../locales/types.js';
import { localTexts } from '../locales/resolve.js';
import type { BasicCodeEntry, CodeEntry, CodeTexts, EnhancedCodeEntry } from './types.js';
import { REPLY_CLASS_ENTRIES, REPLY_CODES } from './reply-codes.js';
import { ENHANCED_CLASS_ENTRIES, ENHANCED_CODES } from './enhanced-codes.js';
import { enhancedEnd } from '../reply/enhanced.js';
import { isDigit } from '../reply/chars.js';
import { classOfDigit } from '../reply/class.js';

/** Options for {@link lookup}. */
export interface LookupOptions {
  /** Language of the texts; missing strings fall back to English. @default English */
  readonly locale?: Locale;
}

/** What {@link lookup} found for a code. */
export interface LookupResult extends CodeTexts {
  /** `'basic'` for three-digit codes, `'enhanced'` for `class.subject.detail` codes. */
  readonly kind: 'basic' | 'enhanced';
  /** The code looked up, normalised: `'550'` or `'5.1.1'`. */
  readonly code: string;
  /** Outcome class, from the first digit. */
  readonly class: ReplyClass;
  /** The catalogue entry that describes the code (frozen, shared). */
  readonly entry: CodeEntry;
  /**
   * `null` when the code itself is in the catalogue. Otherwise how the description was found:
   * `'subject'` (unknown detail: the subject's X.N.0 entry, RFC 3463 §2) or `'class'` (unknown
   * subject, or unknown basic code: its first digit, RFC 5321 §4.2).
   */
  readonly fallback: 'subject' | 'class' | null;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function frozenEntries<T>(codes: readonly T[], classes: readonly T[]): readonly T[] {
  return deepFreeze([...codes, ...classes]);
}

function byKey(...lists: (readonly CodeEntry[])[]): Map<string, CodeEntry> {
  const map = new Map<string, CodeEntry>();
  for (const list of lists) for (const e of list) map.set(e.key, e);
  return map;
}

// Tables are built by calls marked pure, so that a bundle that uses only parseReply drops them.
/** All basic-code entries (frozen), including the `2xx`…`5xx` class entries. */
export const BASIC_ENTRIES: readonly BasicCodeEntry[] = /* @__PURE__ */ frozenEntries<BasicCodeEntry>(
  REPLY_CODES,
  REPLY_CLASS_ENTRIES,
);
/** All enhanced-code entries (frozen), including the `2.X.X`, `4.X.X`, `5.X.X` class entries. */
export const ENHANCED_ENTRIES: readonly EnhancedCodeEntry[] = /* @__PURE__ */ frozenEntries<EnhancedCodeEntry>(
  ENHANCED_CODES,
  ENHANCED_CLASS_ENTRIES,
);

const BY_KEY = /* @__PURE__ */ byKey(BASIC_ENTRIES, ENHANCED_ENTRIES);

/**
 * Finds the catalogue entry for a basic (`550`, `'550'`) or enhanced (`'5.1.1'`) code, falling
 * back as the RFCs say when the exact code is not registered: an unknown detail to its subject
 * (`5.7.708` → X.7.0), an unknown subject to its class (`5.9.1` → 5.X.X), and an unknown basic code
 * to its first digit (`599` → 5xx). Returns `null` for anything that is not a code.
 *
 * @example
 * ```ts
 * lookup(550)?.name;           // 'Requested action not taken: mailbox unavailable'
 * lookup('5.1.1')?.class;      // 'permanent'
 * lookup('5.7.708')?.fallback; // 'subject'
 * lookup('hello');             // null
 * ```
 */
export function lookup(code: number | string, options?: LookupOptions): LookupResult | null {
  const found = find(code);
  if (!found) return null;
  const texts = localTexts(found.entry, options?.locale);
  return {
    kind: found.entry.kind,
    code: found.code,
    class: found.class,
    entry: found.entry,
    fallback: found.fallback,
    ...texts,
  };
}

interface Found {
  readonly code: string;
  readonly class: ReplyClass;
  readonly entry: CodeEntry;
  readonly fallback: 'subject' | 'class' | null;
}

/** The lookup without texts, shared with the classifier. */
export function find(code: number | string): Found | null {
  if (typeof code === 'number') {
    return Number.isInteger(code) && code >= 100 && code <= 999 ? findBasic(code) : null;
  }
  if (typeof code !== 'string') return null;
  const s = code.trim();
  if (s.length === 3) {
    // Three ASCII digits only: Number() would also read '5e2' as 500.
    if (!isDigit(s.charCodeAt(0)) || !isDigit(s.charCodeAt(1)) || !isDigit(s.charCodeAt(2))) return null;
    const n = Number(s);
    return n >= 100 ? findBasic(n) : null;
  }
  return findEnhanced(s);
}

function findBasic(n: number): Found | null {
  const digit = Math.floor(n / 100);
  const cls = classOfDigit(digit);
  if (cls === 'unknown') return null;
  const code = String(n);
  const exact = BY_KEY.get(code);
  if (exact) return { code, class: cls, entry: exact, fallback: null };
  return { code, class: cls, entry: BY_KEY.get(`${digit}xx`)!, fallback: 'class' };
}

/** Enhanced code lookup; `s` must be a whole enhanced code. */
export function findEnhanced(s: string): Found | null {
  if (enhancedEnd(s, 0, s.length) !== s.length) return null;
  const dot = s.indexOf('.', 2);
  // Written without leading zeros in the registry (RFC 3463 §2); tolerate them here.
  const subject = String(Number(s.slice(2, dot)));
  const detail = String(Number(s.slice(dot + 1)));
  const cls = classOfDigit(s.charCodeAt(0) - 48);
  const code = `${s[0]}.${subject}.${detail}`;
  const exact = BY_KEY.get(`X.${subject}.${detail}`);
  if (exact) return { code, class: cls, entry: exact, fallback: null };
  const general = BY_KEY.get(`X.${subject}.0`);
  if (general) return { code, class: cls, entry: general, fallback: 'subject' };
  return { code, class: cls, entry: BY_KEY.get(`${s[0]}.X.X`)!, fallback: 'class' };
}
