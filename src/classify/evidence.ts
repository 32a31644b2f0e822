/**
 * Evidence: what the text of a reply says, as a set of signals (see signals.ts), found by one pass
 * of the phrase automaton (matcher.ts) over the reply's lines and, when they say nothing, the text
 * around them. Each call builds its own {@link Evidence}; nothing is kept between calls.
 */
import type { ParsedReply, SmtpCommand } from '../types.js';
import { COMPATIBILITY_FORM_REGEX, NON_ASCII_REGEX, SEPARATOR_CHAR_REGEX } from '../regex.js';
import { compileMatcher, type Found, finish, type Matcher, scan, scanFolded, scanWhole } from './matcher.js';
import { SIGNAL_NAMES, SIGNALS, type SignalName, signalNumber } from './signals.js';
import { INTL_SIGNALS } from './signals-intl.js';

/** The signals found in a reply: signals 0–31 in `lo`, 32–63 in `hi` (numbers from signals.ts). */
export interface Evidence {
  readonly lo: number;
  readonly hi: number;
}

/** Bit masks `[lo, hi]` of a list of signals. */
export function signalMasks(names: readonly SignalName[] | undefined): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const name of names ?? []) {
    const s = signalNumber(name);
    if (s < 32) lo |= 1 << s;
    else hi |= 1 << (s - 32);
  }
  return [lo, hi];
}

/** The evidence that holds just the given signals: a mask to test evidence with {@link hasAny}. */
export function signalSet(names: readonly SignalName[]): Evidence {
  const [lo, hi] = signalMasks(names);
  return { lo, hi };
}

/** Whether the evidence has any of the signals of `set` (made by {@link signalSet}). */
export function hasAny(e: Evidence, set: Evidence): boolean {
  return (e.lo & set.lo) !== 0 || (e.hi & set.hi) !== 0;
}

/** Per UTF-16 code unit, 1 for a word break (punctuation, symbol, separator, control). */
let breakTable: Uint8Array | undefined;

/**
 * The word-break table, built the first time text outside ASCII is read (about 8 ms, once per
 * process; an ASCII-only user never pays it). Surrogate halves are parts of words.
 */
function breaks(): Uint8Array {
  if (breakTable) return breakTable;
  const table = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c < 0xd800 || c > 0xdfff) table[c] = SEPARATOR_CHAR_REGEX.test(String.fromCharCode(c)) ? 1 : 0;
  }
  breakTable = table;
  return table;
}

/** Text folded as the wordings of other languages are written: UTF-16 code units `codes[0, length)`. */
interface Folded {
  readonly codes: Uint16Array;
  readonly length: number;
}

/**
 * Text as the wordings of other languages are written (signals-intl.ts): NFKC where the text has
 * half- or full-width forms (they become ASCII), lower case in every script, runs of punctuation,
 * symbols and spaces as one space, with a space at each end. One pass over the code units.
 */
function fold(s: string): Folded {
  const t = (COMPATIBILITY_FORM_REGEX.test(s) ? s.normalize('NFKC') : s).toLowerCase();
  const table = breaks();
  const codes = new Uint16Array(t.length + 2);
  let n = 0;
  codes[n++] = SPACE;
  let spaced = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (table[c] === 0) {
      codes[n++] = c;
      spaced = false;
    } else if (!spaced) {
      codes[n++] = SPACE;
      spaced = true;
    }
  }
  if (!spaced) codes[n++] = SPACE;
  return { codes, length: n };
}

/** {@link fold} as a string (for tests and for the phrases, which are folded once). */
export function foldText(s: string): string {
  const { codes, length } = fold(s);
  utf16 ??= new TextDecoder('utf-16le');
  return utf16.decode(codes.subarray(0, length));
}

const SPACE = 32;
let utf16: { decode(input: Uint16Array): string } | undefined;

interface IntlPhrase {
  /** The folded wording's code units (no spaces at the ends). */
  readonly codes: Uint16Array;
  readonly lo: number;
  readonly hi: number;
}

/**
 * Phrases compiled for matching: the ASCII ones into one automaton, the others (folded) into a
 * list. Built once per classifier: the built-in one, or a custom classifier's.
 */
export interface PhraseSet {
  readonly matcher: Matcher;
  /** The non-ASCII wordings by the hash of their first two code units ({@link pairKey}). */
  readonly intl: ReadonlyMap<number, readonly IntlPhrase[]>;
  /** 1 for each pair hash that starts a wording of `intl`. */
  readonly starts: Uint8Array;
}

/** A 16-bit hash of two code units (the first two of a wording, or at a place in the text). */
function pairKey(a: number, b: number): number {
  return (a * 31 + b) & 0xffff;
}

/** Compiles phrases grouped by signal number (0–63). Throws on an empty phrase. */
export function compilePhrases(table: readonly (readonly string[])[]): PhraseSet {
  const ascii: string[][] = [];
  const intl = new Map<number, IntlPhrase[]>();
  table.forEach((phrases, signal) => {
    ascii.push(phrases.filter((p) => !NON_ASCII_REGEX.test(p)));
    const lo = signal < 32 ? 1 << signal : 0;
    const hi = signal >= 32 ? 1 << (signal - 32) : 0;
    for (const p of phrases) {
      if (!NON_ASCII_REGEX.test(p)) continue;
      const { codes, length } = fold(p);
      // Without the spaces fold() puts at each end; a wording has at least two code units here.
      const folded = codes.slice(1, length - 1);
      if (folded.length < 2) throw new Error(`empty or one-character phrase in signal ${signal}: ${JSON.stringify(p)}`);
      const key = pairKey(folded[0]!, folded[1]!);
      intl.set(key, [...(intl.get(key) ?? []), { codes: folded, lo, hi }]);
    }
  });
  const starts = new Uint8Array(65536);
  for (const c of intl.keys()) starts[c] = 1;
  return { matcher: compileMatcher(ascii), intl, starts };
}

/** The phrases of each signal, by number: signals.ts and signals-intl.ts, plus any extra ones. */
export function signalPhrases(extra?: Readonly<Partial<Record<SignalName, readonly string[]>>>): string[][] {
  return SIGNAL_NAMES.map((name) => [...SIGNALS[name], ...(INTL_SIGNALS[name] ?? []), ...(extra?.[name] ?? [])]);
}

// Built by a call marked pure, so that a bundle that does not use classify() drops it.
export const BUILT_IN_PHRASES: PhraseSet = /* @__PURE__ */ builtInPhrases();

function builtInPhrases(): PhraseSet {
  return compilePhrases(signalPhrases());
}

/**
 * Text with characters outside ASCII: the same automaton over its folded form (so full-width
 * English is read), and each wording of another language looked for where its first two
 * characters stand. The wordings are few and short, so this is linear in the text; ASCII text never comes here.
 */
function scanIntl(set: PhraseSet, s: string, found: Found): void {
  const { codes, length } = fold(s);
  // Full-width forms became ASCII in the folded text: read it with the main automaton too.
  if (COMPATIBILITY_FORM_REGEX.test(s)) {
    utf16 ??= new TextDecoder('utf-16le');
    scanFolded(set.matcher, utf16.decode(codes.subarray(0, length)), found);
  }
  const { intl, starts } = set;
  for (let i = 0; i + 1 < length; i++) {
    const key = pairKey(codes[i]!, codes[i + 1]!);
    if (starts[key] === 0) continue;
    for (const p of intl.get(key) ?? NONE) {
      if (matchesAt(codes, length, i, p.codes)) {
        found.lo |= p.lo;
        found.hi |= p.hi;
      }
    }
  }
}

const NONE: readonly IntlPhrase[] = [];

/** Whether `phrase` stands in `codes[0, length)` at `i`. */
function matchesAt(codes: Uint16Array, length: number, i: number, phrase: Uint16Array): boolean {
  if (i + phrase.length > length) return false;
  for (let k = 0; k < phrase.length; k++) if (codes[i + k] !== phrase[k]) return false;
  return true;
}

/** The command signals: the text saying which command the reply answered ("in reply to RCPT TO"). */
const COMMAND_SIGNALS: readonly (readonly [SignalName, SmtpCommand])[] = /* @__PURE__ */ Object.freeze([
  ['cmd-data', 'DATA'],
  ['cmd-rcpt', 'RCPT'],
  ['cmd-mail', 'MAIL'],
  ['cmd-helo', 'EHLO'],
  ['cmd-connect', 'CONNECT'],
] as const);
const CMD: Evidence = /* @__PURE__ */ signalSet(['cmd-data', 'cmd-rcpt', 'cmd-mail', 'cmd-helo', 'cmd-connect']);
const COMMAND_MASKS = /* @__PURE__ */ COMMAND_SIGNALS.map(([name, command]) => ({ set: signalSet([name]), command }));

/**
 * The signals of a reply: its own lines, read as one text; the text around it (a log prefix, a
 * suffix) adds what it says only when the lines themselves say nothing but the command.
 */
export function gatherEvidence(reply: ParsedReply, set: PhraseSet = BUILT_IN_PHRASES): Evidence {
  const found: Found = { lo: 0, hi: 0, chars: 0 };
  const { matcher } = set;
  let state = 0;
  for (const line of reply.lines) state = scan(matcher, line.text, 0, line.text.length, state, found);
  finish(matcher, state, found);
  // The scan ORed every character code into `chars`: above 0x7f, the lines hold text outside ASCII.
  if (found.chars > 0x7f) scanIntl(set, reply.text, found);
  if (!reply.prefix && !reply.suffix) return found;
  const around: Found = { lo: 0, hi: 0, chars: 0 };
  scanWhole(matcher, reply.prefix, around);
  scanWhole(matcher, reply.suffix, around);
  if (around.chars > 0x7f) {
    if (NON_ASCII_REGEX.test(reply.prefix)) scanIntl(set, reply.prefix, around);
    if (NON_ASCII_REGEX.test(reply.suffix)) scanIntl(set, reply.suffix, around);
  }
  const content = (found.lo & ~CMD.lo) | (found.hi & ~CMD.hi);
  if (content === 0) {
    found.lo |= around.lo;
    found.hi |= around.hi;
  } else {
    found.lo |= around.lo & CMD.lo;
    found.hi |= around.hi & CMD.hi;
  }
  return found;
}

/** Every phrase of `set` found anywhere in the reply, its text around included: for custom rules. */
export function findAnywhere(reply: ParsedReply, set: PhraseSet): Evidence {
  const found: Found = { lo: 0, hi: 0, chars: 0 };
  for (const s of [reply.prefix, reply.text, reply.suffix]) {
    scanWhole(set.matcher, s, found);
    if (NON_ASCII_REGEX.test(s)) scanIntl(set, s, found);
  }
  return found;
}

/** The command the text names, the latest in a session first (DATA before RCPT before MAIL …). */
export function commandFromEvidence(e: Evidence): SmtpCommand | null {
  if (((e.lo & CMD.lo) | (e.hi & CMD.hi)) === 0) return null;
  for (const { set, command } of COMMAND_MASKS) if (hasAny(e, set)) return command;
  return null;
}
