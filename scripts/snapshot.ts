/**
 * npm run snapshot: refresh the data snapshots in test/fixtures from the project's shared folder
 * (`../shared` beside a checkout of the project's own workspace). Nothing else reads `../shared`:
 * tests, the bench, `npm run eval` and `npm run docs` read only the snapshots, so a clone of the
 * repository stands alone. Run this only when the shared data changed, and review the diff.
 *
 *   npm run snapshot [-- SHARED_DIR]
 *
 * What it copies (each snapshot folder has a README or SOURCES file with source, date and licence):
 * - reference/  the IANA enhanced status code registry and the RFC reply codes as CSV;
 * - corpus/     the dev reply corpus (Sisimai set-of-emails, BSD-2-Clause) and our own labels;
 * - bounces/    the bounce emails with the peer's expectations (BSD-2-Clause);
 * - compare/seed-pairs.json  the facts of the comparison pages compare() is tested against: which
 *   two codes each page compares and the class of each. Facts only; no sentence of the pages.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = resolve(process.argv[2] ?? join(root, '..', 'shared'));
if (!existsSync(shared)) {
  console.error(`snapshot: no shared folder at ${shared}; pass its path as the first argument`);
  process.exit(2);
}
const out = (...p: string[]) => join(root, 'test', 'fixtures', ...p);
const copy = (from: string, to: string) => {
  mkdirSync(join(to, '..'), { recursive: true });
  copyFileSync(join(shared, from), to);
};

for (const f of ['enhanced-status-codes.csv', 'reply-codes.csv']) copy(join('reference', f), out('reference', f));
for (const f of ['sisimai-dev.jsonl', 'sisimai-dev.labels.jsonl', 'README.md'])
  copy(join('corpus', f), out('corpus', f));
copy(join('corpus', 'bounces', 'LICENSE'), out('corpus', 'LICENSE'));
for (const f of ['expected.jsonl', 'LICENSE', 'README.md']) copy(join('corpus', 'bounces', f), out('bounces', f));
cpSync(join(shared, 'corpus', 'bounces', 'emails'), out('bounces', 'emails'), { recursive: true });

/** The class group (`2xx` …) of each code, read from the page's opening sentence. */
const CLASS_OF_GROUP: Record<string, string> = {
  '2xx': 'success',
  '3xx': 'intermediate',
  '4xx': 'transient',
  '5xx': 'permanent',
};
const pairs = readdirSync(join(shared, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => {
    const text = readFileSync(join(shared, 'seeds', file), 'utf8');
    const title = /^SMTP (\d{3}) (.+) vs (\d{3}) (.+)$/m.exec(text);
    if (!title) throw new Error(`${file}: no "SMTP NNN … vs NNN …" title`);
    const [, a, nameA, b, nameB] = title as unknown as string[];
    const both = new RegExp(`Both SMTP ${a} .* and ${b} .* belong to the (\\dxx) `).exec(text);
    const apart = new RegExp(`SMTP ${a} .*? is a (\\dxx) .*?, while ${b} .*? is a (\\dxx) `).exec(text);
    const [groupA, groupB] = both ? [both[1]!, both[1]!] : apart ? [apart[1]!, apart[2]!] : [];
    if (!groupA || !groupB) throw new Error(`${file}: no sentence giving the class of ${a} and ${b}`);
    return { page: file, a, nameA, classA: CLASS_OF_GROUP[groupA], b, nameB, classB: CLASS_OF_GROUP[groupB] };
  });
writeFileSync(out('compare', 'seed-pairs.json'), `${JSON.stringify(pairs, null, 2)}\n`);
console.log(`snapshot: refreshed test/fixtures from ${shared} (${pairs.length} seed pairs)`);
