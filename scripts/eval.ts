/**
 * npm run eval: classify every reply of the dev corpus (../shared/corpus/sisimai-dev.jsonl,
 * field diagnosticcode_raw) and print agreement with the peer's labels (Sisimai 4.25).
 * The labels are one peer's opinion, not the truth: docs/accuracy.md reads the disagreements.
 *
 *   npm run eval                 figures and disagreements
 *   npm run eval -- --json       figures as JSON (used by test/corpus.test.ts)
 *   npm run eval -- FILE.jsonl   another file of the same shape
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classify } from '../src/index.js';
import type { Category } from '../src/index.js';
import { REASON_MAP, literalCode, literalEnhanced } from '../test/corpus-map.js';

interface Row {
  diagnosticcode_raw: string;
  diagnosticcode: string;
  replycode: string;
  deliverystatus: string;
  deliverystatus_pseudo: boolean;
  reason: string;
  bounce: string;
  smtpcommand: string;
  source: string;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const file = args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../../shared/corpus/sisimai-dev.jsonl', import.meta.url));
const rows: Row[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);

let throws = 0;
type Pair = [number, number];
const tally: Record<"code" | "enhanced" | "bounce" | "category", Pair> = { code: [0, 0], enhanced: [0, 0], bounce: [0, 0], category: [0, 0] };
const groups = new Map<string, string[]>();
const note = (kind: string, line: string) => {
  const list = groups.get(kind) ?? [];
  list.push(line);
  groups.set(kind, list);
};

for (const row of rows) {
  let r;
  try {
    r = classify(row.diagnosticcode_raw);
  } catch (e) {
    throws++;
    note('throws', `${String(e)} :: ${row.diagnosticcode_raw.slice(0, 120)}`);
    continue;
  }
  const text = row.diagnosticcode_raw.slice(0, 140);
  const code = literalCode(row);
  if (code !== null) {
    tally.code[1]++;
    if (r.code === code) tally.code[0]++;
    else note('reply code', `want ${code} got ${r.code} :: ${text}`);
  }
  const enh = literalEnhanced(row);
  if (enh !== null) {
    tally.enhanced[1]++;
    if (r.enhanced === enh) tally.enhanced[0]++;
    else note('enhanced code', `want ${enh} got ${r.enhanced} :: ${text}`);
  }
  if (row.bounce === 'hard' || row.bounce === 'soft') {
    tally.bounce[1]++;
    if (r.bounce === row.bounce) tally.bounce[0]++;
    else note(`bounce ${row.bounce} -> ${r.bounce}`, `[${row.reason} / ${r.category} ${r.rule}] ${text}`);
  }
  const accepted: readonly Category[] | undefined = REASON_MAP[row.reason];
  if (accepted) {
    tally.category[1]++;
    if (accepted.includes(r.category)) tally.category[0]++;
    else note(`category ${row.reason} -> ${r.category}`, `[${r.rule}] ${text}`);
  }
}

const pct = ([a, b]: Pair) => (b ? ((100 * a) / b).toFixed(1) : "n/a");
const figures = {
  rows: rows.length,
  throws,
  replyCode: { agree: tally.code[0], of: tally.code[1], percent: Number(pct(tally.code)) },
  enhancedCode: { agree: tally.enhanced[0], of: tally.enhanced[1], percent: Number(pct(tally.enhanced)) },
  bounce: { agree: tally.bounce[0], of: tally.bounce[1], percent: Number(pct(tally.bounce)) },
  category: { agree: tally.category[0], of: tally.category[1], percent: Number(pct(tally.category)) },
};
if (json) {
  console.log(JSON.stringify(figures));
} else {
  console.log(`rows ${rows.length}, throws ${throws}`);
  console.log(`reply code (where literal)    ${tally.code[0]}/${tally.code[1]}  ${pct(tally.code)} %`);
  console.log(`enhanced code (where literal) ${tally.enhanced[0]}/${tally.enhanced[1]}  ${pct(tally.enhanced)} %`);
  console.log(`hard/soft                     ${tally.bounce[0]}/${tally.bounce[1]}  ${pct(tally.bounce)} %`);
  console.log(`category (mapped)             ${tally.category[0]}/${tally.category[1]}  ${pct(tally.category)} %`);
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  for (const [kind, lines] of sorted) {
    console.log(`\n## ${kind} (${lines.length})`);
    for (const l of lines) console.log(`  ${l}`);
  }
}
