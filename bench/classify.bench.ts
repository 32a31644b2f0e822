/**
 * npm run bench: throughput of classify, parseReply and lookup on the BUILT library (dist/),
 * which is what users import. `npm run bench` rebuilds dist first (tsup --silent).
 *
 * Workloads come from test/fixtures/corpus/sisimai-dev.jsonl (field diagnosticcode_raw), grouped:
 *   single     one reply line, code first, nothing around it (and the well-formed ones among them:
 *              no problem to report)
 *   gmail      Gmail-style multi-line replies rebuilt with real CRLF line breaks
 *   microsoft  long Microsoft 365 / Outlook replies (≥ 200 characters)
 *   flattened  multi-line replies flattened onto one line by a log or DSN (`550-5.1.1 … 550 5.1.1 …`)
 *   no-code    replies without a reply code
 *   mix        every corpus reply once, plus the CRLF versions of the gmail group
 * Reference lines run over the same strings: one toLowerCase() pass, a hand-written
 * /^(\d{3})[ -](\d\.\d+\.\d+)?/ match, a bare JavaScript read loop (charCodeAt and a table lookup
 * per character) and the phrase automaton alone (the two bound any JavaScript scanner). A second table shows classify on large inputs in ns per
 * byte, so that linearity shows. Figures are medians of tinybench's samples.
 *
 *   npm run bench                 full run (~1 min)
 *   npm run bench -- --quick      shorter time per task
 *   npm run bench -- --dist DIR   measure another build (same workloads); DIR holds index.js
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
// Reference lines only: the phrase automaton that classify() runs, taken from the source.
import { compileMatcher, finish, scan } from '../src/classify/matcher.js';
import { PHRASES } from '../src/classify/signals.js';

type Lib = typeof import('../src/index.js');

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
// `--dist DIR` measures another build (e.g. of an older commit) with the same workloads.
const distArg = process.argv.indexOf('--dist');
const dist = distArg > 0 ? resolve(process.argv[distArg + 1]!) : here('../dist');
// Imported at run time so that typecheck does not need a build; typed from src.
const lib = (await import(pathToFileURL(`${dist}/index.js`).href)) as Lib;
const { classify, parseReply, lookup } = lib;

const quick = process.argv.includes('--quick');
const TIME = quick ? 250 : 1000;
const WARMUP = quick ? 100 : 300;

// ---------------------------------------------------------------------------------------------
// Workloads

interface Row {
  diagnosticcode_raw: string;
}
const corpusFile = here('../test/fixtures/corpus/sisimai-dev.jsonl');
const corpus = readFileSync(corpusFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as Row).diagnosticcode_raw);

const MICROSOFT = /outlook\.com|office\.com|microsoft|hotmail|protection\.outlook/i;

const single: string[] = [];
const wellFormed: string[] = [];
const flattened: string[] = [];
const gmail: string[] = [];
const microsoft: string[] = [];
const noCode: string[] = [];
for (const s of corpus) {
  const p = parseReply(s);
  if (p.code === null) noCode.push(s);
  if (MICROSOFT.test(s) && s.length >= 200) microsoft.push(s);
  if (p.lines.length === 1 && p.code !== null && !p.prefix && !p.suffix) {
    single.push(s);
    if (p.problems.length === 0) wellFormed.push(s);
  }
  if (p.lines.length > 1) {
    flattened.push(s);
    // Rebuild the server's real lines where the continuation structure is unambiguous.
    const clean = p.problems.every((x) => x.kind === 'leading-text' || x.kind === 'enhanced-in-text');
    if (clean && p.lines.every((l) => l.code === p.code)) {
      gmail.push(
        p.lines.map((l) => `${l.code}${l.separator}${l.enhanced ? `${l.enhanced} ` : ''}${l.text}`).join('\r\n'),
      );
    }
  }
}
const mix = [...corpus, ...gmail];

const groups: [string, readonly string[]][] = [
  ['mix', mix],
  ['single', single],
  ['gmail', gmail],
  ['microsoft', microsoft],
  ['flattened', flattened],
  ['no-code', noCode],
];

const BASIC = [250, 421, 450, 451, 452, 454, 500, 501, 503, 530, 550, 551, 552, 553, 554, 599, 521, 535, 221, 354];
const ENHANCED = [
  '5.1.1',
  '5.7.1',
  '4.7.1',
  '5.7.26',
  '5.2.2',
  '4.4.7',
  '5.7.606',
  '5.4.1',
  '2.0.0',
  '5.9.1',
  '4.2.0',
  '5.1.10',
  '5.7.509',
  '5.3.4',
  '4.7.28',
  '5.5.1',
];

// ---------------------------------------------------------------------------------------------
// Table 1: per-reply throughput

const REGEX = /^(\d{3})[ -](\d\.\d+\.\d+)?/;
let sink = 0;

/*
 * Two more reference lines bound what any scanner written in JavaScript can do here:
 * - "read loop": charCodeAt and one table lookup per character, summed — the least work a loop
 *   that looks at every character does (the automaton's symbol table, 64 K entries);
 * - "automaton": the phrase automaton classify() uses (src/classify/matcher.ts), over the whole
 *   string, with nothing else.
 */
const READ_TABLE = new Uint8Array(65536).map((_, c) => (c < 128 ? c & 31 : 37));
function readLoop(s: string): number {
  let x = 0;
  for (let i = 0; i < s.length; i++) x += READ_TABLE[s.charCodeAt(i)]!;
  return x;
}
const MATCHER = compileMatcher(PHRASES);
function automaton(s: string): number {
  const found = { lo: 0, hi: 0, chars: 0 };
  finish(MATCHER, scan(MATCHER, s, 0, s.length, 0, found), found);
  return found.lo | found.hi;
}

interface Line {
  name: string;
  strings: number;
  avgChars: number;
  ref: string | null;
}
const lines = new Map<string, Line>();
const bench = new Bench({ time: TIME, warmupTime: WARMUP });
const avg = (a: readonly string[]) => a.reduce((n, s) => n + s.length, 0) / a.length;

function add(name: string, strings: readonly string[], ref: string | null, fn: () => void) {
  lines.set(name, { name, strings: strings.length, avgChars: avg(strings), ref });
  bench.add(name, fn);
}

for (const [g, strs] of groups) {
  add(`toLowerCase (${g})`, strs, null, () => {
    for (const s of strs) sink += s.toLowerCase().length;
  });
  if (g === 'mix' || g === 'single') {
    add(`regex /^(\\d{3})[ -]…/ (${g})`, strs, `toLowerCase (${g})`, () => {
      for (const s of strs) {
        const m = REGEX.exec(s);
        if (m) sink += m[1]!.length;
      }
    });
    add(`read loop: charCodeAt + table (${g})`, strs, `toLowerCase (${g})`, () => {
      for (const s of strs) sink += readLoop(s);
    });
    add(`automaton alone (${g})`, strs, `toLowerCase (${g})`, () => {
      for (const s of strs) sink += automaton(s);
    });
  }
  add(`classify (${g})`, strs, `toLowerCase (${g})`, () => {
    for (const s of strs) sink += classify(s).category.length;
  });
  if (g === 'single' || g === 'mix') {
    add(`parseReply (${g})`, strs, `toLowerCase (${g})`, () => {
      for (const s of strs) sink += parseReply(s).lines.length;
    });
  }
  if (g === 'single') {
    // The single group without the lines the parser must report on (`550: …`, `550-…` alone, an
    // enhanced code of another class): the well-formed one-line reply.
    add('toLowerCase (single, well-formed)', wellFormed, null, () => {
      for (const s of wellFormed) sink += s.toLowerCase().length;
    });
    add('parseReply (single, well-formed)', wellFormed, 'toLowerCase (single, well-formed)', () => {
      for (const s of wellFormed) sink += parseReply(s).lines.length;
    });
  }
}
const basicStrs = BASIC.map(String);
add('lookup basic (number)', basicStrs, null, () => {
  for (const c of BASIC) sink += lookup(c)!.name.length;
});
add('lookup enhanced (string)', ENHANCED, null, () => {
  for (const c of ENHANCED) sink += lookup(c)!.name.length;
});

bench.runSync();

const ns = (name: string): number => {
  const t = bench.getTask(name)!;
  const r = t.result;
  if (r.state !== 'completed') throw new Error(`${name}: ${r.state}`);
  // Median of the samples: steadier than the mean on a shared machine.
  return (r.latency.p50 * 1e6) / lines.get(name)!.strings;
};
const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const pad = (s: string, n: number, right = false) => (right ? s.padStart(n) : s.padEnd(n));

console.log(`smtp-reply bench — ${dist}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(
  `corpus: ${corpus.length} replies, avg ${fmt(avg(corpus), 1)} chars; mix: ${mix.length} replies, avg ${fmt(avg(mix), 1)} chars`,
);
console.log(
  `groups: single ${single.length} (well-formed ${wellFormed.length}), gmail ${gmail.length}, microsoft ${microsoft.length}, flattened ${flattened.length}, no-code ${noCode.length}\n`,
);
console.log(
  `${pad('task', 38)} ${pad('n', 4, true)} ${pad('avg chars', 9, true)} ${pad('ns/reply', 10, true)} ${pad('replies/s', 14, true)} ${pad('× toLowerCase', 14, true)}`,
);
for (const l of lines.values()) {
  const t = ns(l.name);
  const ratio = l.ref ? `${fmt(t / ns(l.ref), 2)}×` : '';
  console.log(
    `${pad(l.name, 38)} ${pad(String(l.strings), 4, true)} ${pad(fmt(l.avgChars, 1), 9, true)} ${pad(fmt(t, 1), 10, true)} ${pad(fmt(1e9 / t), 14, true)} ${pad(ratio, 14, true)}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Table 2: scaling. Caps are raised so that the whole input is read.

const BIG = { maxLength: 1e9, maxLines: 1e9 };
const words = corpus
  .join(' ')
  .split(/\s+/)
  .filter((w) => !/^\d{3}[- ]?$/.test(w));
function text(n: number): string {
  let s = '';
  for (let i = 0; s.length < n; i++) s += `${words[i % words.length]} `;
  return s.slice(0, n);
}
const oneLine = (bytes: number) => `550 5.7.1 ${text(bytes - 10)}`;
const crlfLines = (n: number) =>
  `${Array.from({ length: n }, (_, i) => `550-5.1.1 ${words[i % words.length]}`).join('\r\n')}\r\n550 5.1.1 end`;
const flatLines = (n: number) =>
  `${Array.from({ length: n }, (_, i) => `550-5.1.1 ${words[i % words.length]}`).join(' ')} 550 5.1.1 end`;
const scaling: [string, string][] = [
  ['single line, 100 B', oneLine(100)],
  ['single line, 10 KB', oneLine(10_000)],
  ['single line, 1 MB', oneLine(1_000_000)],
  ['CRLF, 10^4 continuation lines', crlfLines(1e4)],
  ['CRLF, 10^5 continuation lines', crlfLines(1e5)],
  ['flattened, 10^4 continuation lines', flatLines(1e4)],
  ['flattened, 10^5 continuation lines', flatLines(1e5)],
];
const big = new Bench({ time: quick ? 200 : 600, warmupTime: quick ? 50 : 150, iterations: 5 });
for (const [name, s] of scaling) {
  const r = classify(s, BIG);
  if (r.malformed || r.problems.some((p) => p.kind === 'truncated')) throw new Error(`${name}: unexpected problems`);
  big.add(name, () => {
    sink += classify(s, BIG).category.length;
  });
}
big.runSync();
console.log(`\nscaling: classify(s, { maxLength: 1e9, maxLines: 1e9 }), median`);
console.log(
  `${pad('input', 36)} ${pad('bytes', 10, true)} ${pad('lines', 7, true)} ${pad('ms/call', 10, true)} ${pad('ns/byte', 8, true)}`,
);
for (const [name, s] of scaling) {
  const r = big.getTask(name)!.result;
  if (r.state !== 'completed') throw new Error(`${name}: ${r.state}`);
  const ms = r.latency.p50;
  const nLines = s.split('\r\n').length === 1 ? classify(s, BIG).reply.lines.length : s.split('\r\n').length;
  console.log(
    `${pad(name, 36)} ${pad(fmt(s.length), 10, true)} ${pad(fmt(nLines), 7, true)} ${pad(fmt(ms, 3), 10, true)} ${pad(fmt((ms * 1e6) / s.length, 2), 8, true)}`,
  );
}
if (sink === 0.5) console.log(sink); // keeps the work observable

// parseBounce on the bounce emails: the second part of `npm run bench`, same arguments.
await import('./bounce.bench.js');
