/**
 * A phrase matcher compiled once at load: every phrase of every signal goes into one
 * Aho–Corasick automaton, turned into a full transition table over a small alphabet. Scanning is
 * one table lookup per character — linear by construction, case-insensitive, no regex, and no
 * allocation: the result is a pair of 32-bit signal masks.
 *
 * Text is seen through a folded alphabet: ASCII letters (either case) and digits are kept; every
 * other ASCII character is a separator, and runs of separators count as one. So the phrase
 * `"user unknown"` matches `User-Unknown`, `user  unknown` and `user_unknown`. A phrase that starts
 * (or ends) with a space only matches at a word start (or end); the text is treated as if it had a
 * separator before and after it. Non-ASCII characters are a symbol of their own that no phrase uses.
 *
 * Layout, for speed (the scan loop is the classifier's hottest code):
 * - A state is named by its row offset in the table (state number × {@link ALPHABET}), so a step
 *   is `state = table[state + symbol]` with no multiplication. The root is 0.
 * - "Runs of separators count as one" is built into the table instead of tested per character:
 *   a state entered by a separator loops to itself on another separator. The root is the one
 *   state entered both ways, so it has a twin, `afterSep`, entered only by a separator.
 * - States that report signals are numbered last, so the loop reads the signal masks only when
 *   `state >= outFrom`, which is rare.
 */

const SEP = 0;
const OTHER = 37;
const ALPHABET = 38;

/** Symbol of each UTF-16 code unit: the whole range, so that the scan loop needs no range test. */
const SYMBOL = /* @__PURE__ */ symbols();

function symbols(): Uint8Array {
  const table = new Uint8Array(65536).fill(OTHER);
  for (let c = 0; c < 128; c++) {
    if (c >= 97 && c <= 122) table[c] = c - 96;
    else if (c >= 65 && c <= 90) table[c] = c - 64;
    else if (c >= 48 && c <= 57) table[c] = c - 48 + 27;
    else table[c] = SEP;
  }
  return table;
}

function symbolOf(c: number): number {
  return SYMBOL[c]!;
}

/** Phrases to look for, grouped by signal number (0–63). */
export type PhraseTable = readonly (readonly string[])[];

/** A compiled matcher. Create with {@link compileMatcher}. States are row offsets (see above). */
export interface Matcher {
  /** Transition table: `table[state + symbol]`, separator runs folded (see above). */
  readonly table: Int32Array;
  /** Per state number: the state one separator leads to, without folding (for a scan's first character and {@link finish}). */
  readonly sepNext: Int32Array;
  /** Per state number: signals (bits 0–31) reached in the state, including those of its suffixes. */
  readonly outLo: Int32Array;
  /** Per state number: signals (bits 32–63) reached in the state. */
  readonly outHi: Int32Array;
  /** States at or above this offset report signals; those below report none. */
  readonly outFrom: number;
  /** The root's twin, entered by a separator. */
  readonly afterSep: number;
  /** Number of states (the root's twin included). */
  readonly size: number;
}

/** Turns a phrase into its symbol string, with separator runs folded. */
export function phraseSymbols(phrase: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < phrase.length; i++) {
    const sym = symbolOf(phrase.charCodeAt(i));
    if (sym === SEP && out.length > 0 && out[out.length - 1] === SEP) continue;
    out.push(sym);
  }
  return out;
}

/** Builds the automaton. Throws on an empty phrase or a signal number outside 0–63. */
export function compileMatcher(table: PhraseTable): Matcher {
  if (table.length > 64) throw new RangeError(`at most 64 signals, got ${table.length}`);
  // The trie: goto[state * ALPHABET + symbol] is the child, 0 for none (the root is nobody's child).
  let capacity = 1024;
  let goto = new Int32Array(capacity * ALPHABET);
  let lo = new Int32Array(capacity);
  let hi = new Int32Array(capacity);
  let bySep = new Uint8Array(capacity);
  let size = 1;
  table.forEach((phrases, signal) => {
    for (const phrase of phrases) {
      const syms = phraseSymbols(phrase);
      if (syms.length === 0 || syms.every((s) => s === SEP)) throw new Error(`empty phrase in signal ${signal}`);
      let state = 0;
      for (const sym of syms) {
        let to = goto[state * ALPHABET + sym]!;
        if (to === 0) {
          if (size === capacity) {
            capacity *= 2;
            goto = grow(goto, capacity * ALPHABET);
            lo = grow(lo, capacity);
            hi = grow(hi, capacity);
            bySep = grow(bySep, capacity);
          }
          to = size++;
          bySep[to] = sym === SEP ? 1 : 0;
          goto[state * ALPHABET + sym] = to;
        }
        state = to;
      }
      if (signal < 32) lo[state]! |= 1 << signal;
      else hi[state]! |= 1 << (signal - 32);
    }
  });

  // Breadth-first: each state's row is its failure state's row, overridden by its own edges.
  const delta = new Int32Array(size * ALPHABET);
  const fail = new Int32Array(size);
  const queue = new Int32Array(size);
  let tail = 0;
  for (let sym = 0; sym < ALPHABET; sym++) {
    const to = goto[sym]!;
    delta[sym] = to;
    if (to !== 0) queue[tail++] = to;
  }
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    const f = fail[state]!;
    lo[state]! |= lo[f]!;
    hi[state]! |= hi[f]!;
    const row = state * ALPHABET;
    const frow = f * ALPHABET;
    for (let sym = 0; sym < ALPHABET; sym++) {
      const to = goto[row + sym]!;
      if (to !== 0) {
        fail[to] = delta[frow + sym]!;
        delta[row + sym] = to;
        queue[tail++] = to;
      } else {
        delta[row + sym] = delta[frow + sym]!;
      }
    }
  }

  // Numbering: the root, states without signals (breadth-first), the root's twin, states with signals.
  const twin = size;
  const count = size + 1;
  const number = new Int32Array(count);
  let next = 1;
  for (let k = 0; k < tail; k++) {
    const q = queue[k]!;
    if ((lo[q]! | hi[q]!) === 0) number[q] = next++;
  }
  number[twin] = next++;
  const firstOut = next;
  for (let k = 0; k < tail; k++) {
    const q = queue[k]!;
    if ((lo[q]! | hi[q]!) !== 0) number[q] = next++;
  }

  const out = new Int32Array(count * ALPHABET);
  const sepNext = new Int32Array(count);
  const outLo = new Int32Array(count);
  const outHi = new Int32Array(count);
  const afterSep = number[twin]! * ALPHABET;
  for (let q = 0; q <= size; q++) {
    const from = q === twin ? 0 : q;
    const n = number[q]!;
    const row = n * ALPHABET;
    for (let sym = 1; sym < ALPHABET; sym++) out[row + sym] = number[delta[from * ALPHABET + sym]!]! * ALPHABET;
    const sep = number[delta[from * ALPHABET + SEP]!]! * ALPHABET;
    sepNext[n] = sep;
    // A second separator is skipped: a state entered by one stays. Otherwise a separator that
    // leads to the root leads to its twin, which remembers that a separator was seen.
    out[row + SEP] = q === twin || bySep[q] ? row : sep === 0 ? afterSep : sep;
    if (q !== twin) {
      outLo[n] = lo[q]!;
      outHi[n] = hi[q]!;
    }
  }
  return { table: out, sepNext, outLo, outHi, outFrom: firstOut * ALPHABET, afterSep, size: count };
}

function grow<T extends Int32Array | Uint8Array>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}

/** Masks of the signals found by the last {@link scan}: `[lo, hi]`. Reused to avoid allocation. */
export const hits = /* @__PURE__ */ new Int32Array(2);

/**
 * Scans `s[start, end)` and ORs the signals found into {@link hits}. Returns the automaton state
 * so that a following segment can continue the same phrase (pass it as `state`); the caller
 * passes `0` to start fresh. A separator is fed before the first character of a fresh scan and
 * should be fed after the last one with {@link finish}.
 */
export function scan(m: Matcher, s: string, start: number, end: number, state: number): number {
  const { table, outLo, outHi, outFrom } = m;
  let lo = hits[0]!;
  let hi = hits[1]!;
  let i = start;
  if (state === 0) {
    state = table[SEP]!; // a fresh scan starts after a separator; no state entered so reports
  } else if (i < end) {
    // Continuing: the previous segment's last character does not fold into this one's first.
    const c = s.charCodeAt(i++);
    const sym = SYMBOL[c]!;
    if (sym === SEP) {
      state = m.sepNext[(state / ALPHABET) | 0]!;
      if (state === 0) state = m.afterSep;
    } else {
      state = table[state + sym]!;
    }
    if (state >= outFrom) {
      const n = (state / ALPHABET) | 0;
      lo |= outLo[n]!;
      hi |= outHi[n]!;
    }
  }
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    state = table[state + SYMBOL[c]!]!;
    if (state >= outFrom) {
      const n = (state / ALPHABET) | 0;
      lo |= outLo[n]!;
      hi |= outHi[n]!;
    }
  }
  hits[0] = lo;
  hits[1] = hi;
  return state === m.afterSep ? 0 : state;
}

/** Feeds a separator (a word end) after a scan, recording phrases that end at a word end. */
export function finish(m: Matcher, state: number): number {
  state = m.sepNext[(state / ALPHABET) | 0]!;
  const n = (state / ALPHABET) | 0;
  hits[0]! |= m.outLo[n]!;
  hits[1]! |= m.outHi[n]!;
  return state;
}
