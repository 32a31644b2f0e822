/**
 * npm run bench (second part, run at the end of bench/classify.bench.ts with the same arguments;
 * alone: npx tsx bench/bounce.bench.ts): parseBounce throughput on the BUILT bounce entry (dist/bounce.js),
 * in emails per second over the 260 emails of test/fixtures/bounces (raw bytes, as read from disk
 * or an SMTP stream), with postal-mime's MIME parse alone on the same emails as a reference line.
 * Figures are medians of tinybench's samples (one sample = the whole corpus once).
 *
 *   npm run bench                 full run
 *   npm run bench -- --quick      shorter time per task
 *   npm run bench -- --dist DIR   measure another build (DIR holds bounce.js)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import PostalMime from 'postal-mime';

type Lib = typeof import('../src/bounce/index.js');

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const distArg = process.argv.indexOf('--dist');
const dist = distArg > 0 ? resolve(process.argv[distArg + 1]!) : here('../dist');
if (!existsSync(`${dist}/bounce.js`)) {
  console.log(`\nparseBounce: ${dist}/bounce.js not found (a build before the bounce entry); skipped`);
  process.exit(0);
}
const { parseBounce } = (await import(pathToFileURL(`${dist}/bounce.js`).href)) as Lib;

const quick = process.argv.includes('--quick');
const dir = here('../test/fixtures/bounces/emails/');
const emails = readdirSync(dir)
  .filter((f) => f.endsWith('.eml'))
  .sort()
  .map((f) => readFileSync(`${dir}${f}`));
const bytes = emails.reduce((n, e) => n + e.length, 0);

const bench = new Bench({ time: quick ? 1000 : 4000, warmupTime: quick ? 300 : 1000 });
bench.add(`parseBounce (${emails.length} corpus emails)`, async () => {
  for (const e of emails) await parseBounce(e);
});
bench.add(`reference: PostalMime.parse alone (same emails)`, async () => {
  for (const e of emails) await PostalMime.parse(e, { forceRfc822Attachments: true });
});
await bench.run();

console.log(
  `\nbounce emails: ${emails.length}, ${(bytes / 1024).toFixed(0)} KiB, avg ${(bytes / emails.length / 1024).toFixed(1)} KiB`,
);
console.log('task                                              emails/s    ms/corpus');
for (const t of bench.tasks) {
  const r = t.result;
  if (r.state !== 'completed') throw new Error(`${t.name}: ${r.state}`);
  const ms = r.latency.p50;
  console.log(
    `${t.name.padEnd(48)}  ${String(Math.round((emails.length * 1000) / ms)).padStart(8)}  ${ms.toFixed(1).padStart(10)}`,
  );
}
