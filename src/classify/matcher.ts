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
 * - One Int32Array row per state: a column per symbol, then the state one separator leads to
 *   without folding (see below), then the state's signal masks. A state is named by its row's
 *   offset (state number × {@link ROW}), so a step is `state = table[state + symbol]`, with no
 *   multiplication or division anywhere. The root is 0.
 * - "Runs of separators count as one" is built into the table instead of tested per character:
 *   a state entered by a separator loops to itself on another separator. The root is the one
 *   state entered both ways, so it has a twin, `afterSep`, entered only by a separator.
 * - States that report signals get the top rows, so the loop reads the signal masks only when
 *   `state >= outFrom`, which is rare.
 * - {@link scanWhole} repeats the loop for the text around a reply (see there why).
 */

const SEP = 0;
const OTHER = 37;
const ALPHABET = 38;
/** Extra columns of a state's row, after its transitions. */
const SEP_NEXT = ALPHABET;
const OUT_LO = ALPHABET + 1;
const OUT_HI = ALPHABET + 2;
const ROW = ALPHABET + 3;

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
  /**
   * One row per state: `table[state + symbol]` is the next state, separator runs folded (see
   * above); `table[state + SEP_NEXT]` the state one separator leads to without folding (for a
   * scan's first character and {@link finish}); `table[state + OUT_LO]` and `table[state + OUT_HI]`
   * the signals (bits 0–31, 32–63) reached in the state, including those of its suffixes.
   */
  readonly table: Int32Array;
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
  const phrases: number[][] = [];
  const signals: number[] = [];
  let symbols = 0;
  table.forEach((list, signal) => {
    for (const phrase of list) {
      const syms = phraseSymbols(phrase);
      if (syms.length === 0 || syms.every((s) => s === SEP)) throw new Error(`empty phrase in signal ${signal}`);
      phrases.push(syms);
      signals.push(signal);
      symbols += syms.length;
    }
  });

  // The trie, sized for the worst case. States are numbered 1, 2, … as created; the root is 0.
  // Each state's children are chained (firstChild, nextSibling), labelled with their symbol.
  const capacity = symbols + 1;
  const firstChild = new Int32Array(capacity);
  const nextSibling = new Int32Array(capacity);
  const label = new Uint8Array(capacity);
  const lo = new Int32Array(capacity);
  const hi = new Int32Array(capacity);
  let size = 1;
  phrases.forEach((syms, k) => {
    let state = 0;
    for (const sym of syms) {
      let to = firstChild[state]!;
      while (to !== 0 && label[to] !== sym) to = nextSibling[to]!;
      if (to === 0) {
        to = size++;
        label[to] = sym;
        nextSibling[to] = firstChild[state]!;
        firstChild[state] = to;
      }
      state = to;
    }
    const signal = signals[k]!;
    if (signal < 32) lo[state]! |= 1 << signal;
    else hi[state]! |= 1 << (signal - 32);
  });

  // Breadth-first, writing the final table as it goes. A state gets its number when it is
  // reached: the root 0, its twin 1, states without signals 2, 3, … upwards, states with signals
  // count − 1, count − 2, … downwards (so those are the top rows). A state's signals include its
  // failure state's, which is shallower and so already complete when the state is reached.
  const count = size + 1;
  const out = new Int32Array(count * ROW);
  const rowOf = new Int32Array(size); // state → row offset
  const fail = new Int32Array(size); // state → failure state
  const stateAt = new Int32Array(count); // number → state
  const queue = new Int32Array(size);
  const afterSep = ROW;
  let up = 2;
  let down = count - 1;
  let tail = 0;
  const reach = (q: number, f: number): number => {
    fail[q] = f;
    lo[q]! |= lo[f]!;
    hi[q]! |= hi[f]!;
    const n = (lo[q]! | hi[q]!) === 0 ? up++ : down--;
    stateAt[n] = q;
    rowOf[q] = n * ROW;
    queue[tail++] = q;
    return n * ROW;
  };
  for (let c = firstChild[0]!; c !== 0; c = nextSibling[c]!) out[label[c]!] = reach(c, 0);
  const rootSep = out[SEP]!; // the root's children were written in place; other symbols stay 0 (the root)
  out[SEP_NEXT] = rootSep;
  // A second separator is skipped: a state entered by one stays. Otherwise a separator that
  // leads to the root leads to its twin, which remembers that a separator was seen.
  out[SEP] = rootSep === 0 ? afterSep : rootSep;
  out.copyWithin(afterSep, 0, ROW);
  out[afterSep + SEP] = afterSep;
  for (let head = 0; head < tail; head++) {
    const q = queue[head]!;
    const row = rowOf[q]!;
    const failRow = rowOf[fail[q]!]!; // the root's row is 0
    // Its failure state's transitions, then its own edges over them; the separator unfolded.
    out.copyWithin(row, failRow, failRow + ALPHABET);
    let sep = out[failRow + SEP_NEXT]!;
    for (let c = firstChild[q]!; c !== 0; c = nextSibling[c]!) {
      const sym = label[c]!;
      const to = sym === SEP ? out[failRow + SEP_NEXT]! : out[failRow + sym]!;
      const target = reach(c, stateAt[to / ROW]!);
      if (sym === SEP) sep = target;
      else out[row + sym] = target;
    }
    out[row + SEP_NEXT] = sep;
    out[row + SEP] = label[q] === SEP ? row : sep === 0 ? afterSep : sep;
    out[row + OUT_LO] = lo[q]!;
    out[row + OUT_HI] = hi[q]!;
  }
  return { table: out, outFrom: (down + 1) * ROW, afterSep, size: count };
}

/** Signal masks a scan ORs its findings into: signals 0–31 in `lo`, 32–63 in `hi`. The caller owns it. */
export interface Found {
  lo: number;
  hi: number;
  /** The character codes read, ORed together: above 0x7f when the text held a character outside ASCII. */
  chars: number;
}

/**
 * Scans `s[start, end)` and ORs the signals found into `found`. Returns the automaton state
 * so that a following segment can continue the same phrase (pass it as `state`); the caller
 * passes `0` to start fresh. A separator is fed before the first character of a fresh scan and
 * should be fed after the last one with {@link finish}.
 */
export function scan(m: Matcher, s: string, start: number, end: number, state: number, found: Found): number {
  const { table, outFrom, afterSep } = m;
  let lo = found.lo;
  let hi = found.hi;
  let i = start;
  if (state === 0) {
    state = table[SEP]!; // a fresh scan starts after a separator; no state entered so reports
  } else if (i < end) {
    // Continuing: the previous segment's last character does not fold into this one's first.
    const c = s.charCodeAt(i++);
    found.chars |= c;
    const sym = SYMBOL[c]!;
    if (sym === SEP) {
      state = table[state + SEP_NEXT]!;
      if (state === 0) state = afterSep;
    } else {
      state = table[state + sym]!;
    }
    if (state >= outFrom) {
      lo |= table[state + OUT_LO]!;
      hi |= table[state + OUT_HI]!;
    }
  }
  let chars = found.chars;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    chars |= c;
    state = table[state + SYMBOL[c]!]!;
    if (state >= outFrom) {
      lo |= table[state + OUT_LO]!;
      hi |= table[state + OUT_HI]!;
    }
  }
  found.lo = lo;
  found.hi = hi;
  found.chars = chars;
  return state === afterSep ? 0 : state;
}

/**
 * `finish(m, scan(m, s, 0, s.length, 0, found), found)`: a fresh scan of a whole text, then a word end. Used
 * for the text around a reply (prefix, suffix). Its loop is a copy of scan's on purpose: V8
 * specialises each `charCodeAt` call site for the string representations it has seen (flat or
 * sliced or concatenated, one- or two-byte). Line texts and the text around them come in
 * different ones; through one shared site they are too many, and V8 may fall back to a slow
 * generic path (measured on the corpus mix: about 2.2 instead of 1.65 µs per classify call).
 */
export function scanWhole(m: Matcher, s: string, found: Found): void {
  const { table, outFrom, afterSep } = m;
  let lo = found.lo;
  let hi = found.hi;
  let state = table[SEP]!;
  let chars = found.chars;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    chars |= c;
    state = table[state + SYMBOL[c]!]!;
    if (state >= outFrom) {
      lo |= table[state + OUT_LO]!;
      hi |= table[state + OUT_HI]!;
    }
  }
  found.lo = lo;
  found.hi = hi;
  found.chars = chars;
  finish(m, state === afterSep ? 0 : state, found);
}

/**
 * {@link scanWhole} for text folded for wordings in other languages (evidence.ts), a copy on
 * purpose: that text is a two-byte string made from code units, and reading it through
 * scanWhole's call site would make V8 give up its fast path for the one-byte strings it reads
 * there (measured: about 20 % slower on the corpus mix).
 */
export function scanFolded(m: Matcher, s: string, found: Found): void {
  const { table, outFrom, afterSep } = m;
  let lo = found.lo;
  let hi = found.hi;
  let state = table[SEP]!;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    state = table[state + SYMBOL[c]!]!;
    if (state >= outFrom) {
      lo |= table[state + OUT_LO]!;
      hi |= table[state + OUT_HI]!;
    }
  }
  found.lo = lo;
  found.hi = hi;
  finish(m, state === afterSep ? 0 : state, found);
}

/** Feeds a separator (a word end) after a scan, recording phrases that end at a word end. */
export function finish(m: Matcher, state: number, found: Found): number {
  const { table } = m;
  state = table[state + SEP_NEXT]!;
  found.lo |= table[state + OUT_LO]!;
  found.hi |= table[state + OUT_HI]!;
  return state;
}
