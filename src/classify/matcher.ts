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
 */

const SEP = 0;
const OTHER = 37;
const ALPHABET = 38;

const SYMBOL = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 97 && c <= 122) SYMBOL[c] = c - 96;
  else if (c >= 65 && c <= 90) SYMBOL[c] = c - 64;
  else if (c >= 48 && c <= 57) SYMBOL[c] = c - 48 + 27;
  else SYMBOL[c] = SEP;
}

function symbolOf(c: number): number {
  return c < 128 ? SYMBOL[c]! : OTHER;
}

/** Phrases to look for, grouped by signal number (0–63). */
export type PhraseTable = readonly (readonly string[])[];

/** A compiled matcher. Create with {@link compileMatcher}. */
export interface Matcher {
  /** Transition table: `delta[state * ALPHABET + symbol]`. */
  readonly delta: Int32Array;
  /** Signals (bits 0–31) reached in each state, including those of its suffixes. */
  readonly outLo: Int32Array;
  /** Signals (bits 32–63) reached in each state. */
  readonly outHi: Int32Array;
  /** Number of states. */
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
  const next: Map<number, number>[] = [new Map()];
  const outLo: number[] = [0];
  const outHi: number[] = [0];
  table.forEach((phrases, signal) => {
    for (const phrase of phrases) {
      const syms = phraseSymbols(phrase);
      if (syms.length === 0 || syms.every((s) => s === SEP)) throw new Error(`empty phrase in signal ${signal}`);
      let state = 0;
      for (const sym of syms) {
        let to = next[state]!.get(sym);
        if (to === undefined) {
          to = next.length;
          next.push(new Map());
          outLo.push(0);
          outHi.push(0);
          next[state]!.set(sym, to);
        }
        state = to;
      }
      if (signal < 32) outLo[state]! |= 1 << signal;
      else outHi[state]! |= 1 << (signal - 32);
    }
  });
  const size = next.length;
  const delta = new Int32Array(size * ALPHABET);
  const fail = new Int32Array(size);
  // Breadth-first: each state's row is its failure state's row, overridden by its own edges.
  const queue: number[] = [];
  for (let sym = 0; sym < ALPHABET; sym++) {
    const to = next[0]!.get(sym);
    if (to !== undefined) {
      delta[sym] = to;
      fail[to] = 0;
      queue.push(to);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const f = fail[state]!;
    outLo[state]! |= outLo[f]!;
    outHi[state]! |= outHi[f]!;
    for (let sym = 0; sym < ALPHABET; sym++) {
      const to = next[state]!.get(sym);
      if (to !== undefined) {
        fail[to] = delta[f * ALPHABET + sym]!;
        delta[state * ALPHABET + sym] = to;
        queue.push(to);
      } else {
        delta[state * ALPHABET + sym] = delta[f * ALPHABET + sym]!;
      }
    }
  }
  return { delta, outLo: Int32Array.from(outLo), outHi: Int32Array.from(outHi), size };
}

/** Masks of the signals found by the last {@link scan}: `[lo, hi]`. Reused to avoid allocation. */
export const hits = new Int32Array(2);

/**
 * Scans `s[start, end)` and ORs the signals found into {@link hits}. Returns the automaton state
 * so that a following segment can continue the same phrase (pass it as `state`); the caller
 * passes `0` to start fresh. A separator is fed before the first character of a fresh scan and
 * should be fed after the last one with {@link finish}.
 */
export function scan(m: Matcher, s: string, start: number, end: number, state: number): number {
  const { delta, outLo, outHi } = m;
  let lo = hits[0]!;
  let hi = hits[1]!;
  let prevSep = state === 0;
  if (prevSep) {
    state = delta[SEP]!;
  }
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    const sym = c < 128 ? SYMBOL[c]! : OTHER;
    if (sym === SEP) {
      if (prevSep) continue;
      prevSep = true;
    } else prevSep = false;
    state = delta[state * ALPHABET + sym]!;
    lo |= outLo[state]!;
    hi |= outHi[state]!;
  }
  hits[0] = lo;
  hits[1] = hi;
  return state;
}

/** Feeds a separator (a word end) after a scan, recording phrases that end at a word end. */
export function finish(m: Matcher, state: number): number {
  state = m.delta[state * ALPHABET + SEP]!;
  hits[0]! |= m.outLo[state]!;
  hits[1]! |= m.outHi[state]!;
  return state;
}
