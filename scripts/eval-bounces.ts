/**
 * npm run eval:bounces: parseBounce() over the bounce emails of test/fixtures/bounces and the
 * agreement with the peer's expectations (expected.jsonl), then the emails that disagree, grouped
 * by what disagrees. The expectations are one peer's opinion; see the fixtures' README.
 *
 *   npm run eval:bounces            figures and disagreements
 *   npm run eval:bounces -- --json  figures as JSON
 */
import { readFileSync } from 'node:fs';
import { parseBounce, type BounceResult } from '../src/bounce/index.js';
import { EMAILS_DIR, evaluate, loadExpected, pct, type Pair } from '../test/bounce/eval.js';

const expected = loadExpected();
const results = new Map<string, BounceResult>();
for (const x of expected) results.set(x.file, await parseBounce(readFileSync(`${EMAILS_DIR}${x.file}`)));
const e = evaluate(expected, results);

const TARGETS: Record<string, number> = {
  recipients: 98,
  status: 97,
  code: 97,
  category: 92,
  hardSoft: 97,
  complaints: 100,
  autoReplies: 100,
};
const metrics: [string, Pair][] = [
  ['recipients', e.recipients],
  ['status', e.status],
  ['code', e.code],
  ['category', e.category],
  ['hardSoft', e.hardSoft],
  ['complaints', e.complaints],
  ['autoReplies', e.autoReplies],
];
if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify(Object.fromEntries(metrics.map(([k, p]) => [k, { agree: p[0], of: p[1], percent: pct(p) }]))),
  );
} else {
  console.log(`${e.emails} emails`);
  for (const [k, p] of metrics) {
    const ok = pct(p) >= TARGETS[k]! ? 'ok ' : 'LOW';
    console.log(
      `  ${ok} ${k.padEnd(12)} ${String(p[0]).padStart(4)} / ${String(p[1]).padEnd(4)} ${pct(p).toFixed(1).padStart(5)} %  (target ${TARGETS[k]} %)`,
    );
  }
  for (const [k] of metrics) {
    const list = e.misses[k as keyof typeof e.misses];
    if (list.length === 0) continue;
    console.log(`\n${k}: ${list.length} disagreement(s)`);
    for (const m of list) console.log(`  ${m.file}: ${m.detail}`);
  }
}
