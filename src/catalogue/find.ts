/**
 * The catalogue's index: every entry by key, and the search for the entry of a code with the
 * RFCs' fallbacks. No texts in other languages here: lookup() (src/lookup.ts) adds them.
 */
import type { ReplyClass } from '../types.js';
import { deepFreeze } from '../freeze.js';
import type { BasicCodeEntry, CodeEntry, EnhancedCodeEntry } from './types.js';
import { REPLY_CLASS_ENTRIES, REPLY_CODES } from './reply-codes.js';
import { ENHANCED_CLASS_ENTRIES, ENHANCED_CODES } from './enhanced-codes.js';
import { parseEnhanced } from '../reply/enhanced.js';
import { isDigit } from '../reply/chars.js';
import { classOfDigit } from '../reply/class.js';

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

/** The entry found for a code, and how. */
export interface Found {
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
  return findEnhancedEntry(s);
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
function findEnhancedEntry(s: string): Found | null {
  const parsed = parseEnhanced(s);
  if (parsed === null) return null;
  // Written without leading zeros in the registry (RFC 3463 §2); tolerate them here.
  const { subject, detail } = parsed;
  const cls = classOfDigit(parsed.class);
  const code = `${parsed.class}.${subject}.${detail}`;
  const exact = BY_KEY.get(`X.${subject}.${detail}`);
  if (exact) return { code, class: cls, entry: exact, fallback: null };
  const general = BY_KEY.get(`X.${subject}.0`);
  if (general) return { code, class: cls, entry: general, fallback: 'subject' };
  return { code, class: cls, entry: BY_KEY.get(`${parsed.class}.X.X`)!, fallback: 'class' };
}
