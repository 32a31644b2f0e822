/**
 * npm run eval: classify every reply of the dev corpus (test/fixtures/corpus/sisimai-dev.jsonl,
 * field diagnosticcode_raw) and print agreement with the peer's labels (Sisimai 4.25), then the
 * disagreements grouped by kind. The labels are one peer's opinion, not the truth: docs/accuracy.md
 * reads the disagreements.
 *
 *   npm run eval                 figures and disagreements
 *   npm run eval -- --json       figures as JSON
 *   npm run eval -- FILE.jsonl   another file of the same shape
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classify } from '../src/index.js';
import { evaluate, type CorpusRow, type Pair } from '../test/corpus-eval.js';

const args = process.argv.slice(2);
const file =
  args.find((a) => !a.startsWith('--')) ??
  fileURLToPath(new URL('../test/fixtures/corpus/sisimai-dev.jsonl', import.meta.url));
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as CorpusRow);
const e = evaluate(rows, (s) => classify(s));

const pct = ([a, b]: Pair) => (b ? ((100 * a) / b).toFixed(1) : 'n/a');
if (args.includes('--json')) {
  const f = (p: Pair) => ({ agree: p[0], of: p[1], percent: Number(pct(p)) });
  console.log(
    JSON.stringify({
      rows: e.rows,
      throws: e.throws,
      replyCode: f(e.replyCode),
      enhancedCode: f(e.enhancedCode),
      bounce: f(e.bounce),
      category: f(e.category),
    }),
  );
} else {
  console.log(`rows ${e.rows}, throws ${e.throws}`);
  console.log(`reply code (where literal)    ${e.replyCode[0]}/${e.replyCode[1]}  ${pct(e.replyCode)} %`);
  console.log(`enhanced code (where literal) ${e.enhancedCode[0]}/${e.enhancedCode[1]}  ${pct(e.enhancedCode)} %`);
  console.log(`hard/soft                     ${e.bounce[0]}/${e.bounce[1]}  ${pct(e.bounce)} %`);
  console.log(`category (mapped)             ${e.category[0]}/${e.category[1]}  ${pct(e.category)} %`);
  for (const [kind, lines] of [...e.groups.entries()].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n## ${kind} (${lines.length})`);
    for (const l of lines) console.log(`  ${l}`);
  }
}
