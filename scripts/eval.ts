/**
 * npm run eval: classify every reply of the dev corpus (test/fixtures/corpus/sisimai-dev.jsonl,
 * field diagnosticcode_raw) and print agreement with our own labels (sisimai-dev.labels.jsonl:
 * an expert's reading of each reply; the target), then with the peer's labels (Sisimai 4.25),
 * each followed by the disagreements grouped by kind. The labels are one peer's opinion, not the truth: docs/accuracy.md
 * reads the disagreements.
 *
 *   npm run eval                 figures and disagreements
 *   npm run eval -- --json       figures as JSON
 *   npm run eval -- FILE.jsonl   another file of the same shape
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classify } from '../src/index.js';
import type { SmtpCommand } from '../src/types.js';
import { type CorpusRow, evaluate, evaluateLabels, type OwnLabel, type Pair } from '../test/corpus-eval.js';

const args = process.argv.slice(2);
const file =
  args.find((a) => !a.startsWith('--')) ??
  fileURLToPath(new URL('../test/fixtures/corpus/sisimai-dev.jsonl', import.meta.url));
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as CorpusRow);
const e = evaluate(rows, (s) => classify(s));
// Our own labels, when the file has them beside it (FILE.labels.jsonl).
const labelsFile = file.replace(/\.jsonl$/, '.labels.jsonl');
const labels = existsSync(labelsFile)
  ? readFileSync(labelsFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as OwnLabel)
  : null;
const own = labels
  ? evaluateLabels(rows, labels, (s, command) => classify(s, command ? { command: command as SmtpCommand } : undefined))
  : null;

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
      ...(own && {
        own: {
          category: f(own.category),
          bounce: f(own.bounce),
          retryable: f(own.retryable),
          falseHardHigh: own.falseHardHigh.length,
          confusion: Object.fromEntries(own.confusion),
        },
      }),
    }),
  );
} else {
  if (own) {
    console.log(`# Against our own labels (${own.rows} rows; the target)`);
    console.log(`category in [category, ...alt]  ${own.category[0]}/${own.category[1]}  ${pct(own.category)} %`);
    console.log(`hard/soft                       ${own.bounce[0]}/${own.bounce[1]}  ${pct(own.bounce)} %`);
    console.log(`retryable                       ${own.retryable[0]}/${own.retryable[1]}  ${pct(own.retryable)} %`);
    console.log(`false hard (high confidence)    ${own.falseHardHigh.length}`);
    console.log(`hard/soft confusion (label -> ours): ${[...own.confusion].map(([k, n]) => `${k}: ${n}`).join(', ')}`);
    for (const [kind, lines] of [...own.groups.entries()].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`\n## ${kind} (${lines.length})`);
      for (const l of lines) console.log(`  ${l}`);
    }
    console.log('\n# Against the peer (Sisimai 4.25)');
  }
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
