/**
 * npm run fuzz: runs the fuzz properties of test/helpers/fuzz-properties.ts over 10^6 inputs
 * (shared between the properties by their `share`). A smaller slice of the same properties runs
 * in `npm test` (test/fuzz.test.ts).
 *
 *   npm run fuzz                        10^6 inputs, random seed
 *   npm run fuzz -- --runs 5000000      more inputs
 *   npm run fuzz -- --seed 42           replay a run (the seed is printed on failure)
 *   npm run fuzz -- --only lookup       only the properties whose name contains "lookup"
 *
 * Exits 1 when a property fails, after printing fast-check's report for each: the shrunk
 * counterexample, the error, the seed and the path to replay it.
 */
import fc from 'fast-check';
import { FUZZ_PROPERTIES } from '../test/helpers/fuzz-properties.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const total = Number(option('runs') ?? 1_000_000);
const seed = Number(option('seed') ?? Math.floor(Math.random() * 2 ** 31));
const only = option('only');
if (!Number.isInteger(total) || total <= 0 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed S] [--only TEXT]');
  process.exit(2);
}

console.log(`fuzz: ${total} inputs, seed ${seed}`);
let done = 0;
let failed = 0;
const started = performance.now();
for (const { name, share, property } of FUZZ_PROPERTIES) {
  if (only && !name.includes(only)) continue;
  const numRuns = Math.max(1, Math.round(total * share));
  const t0 = performance.now();
  const details = fc.check(property, { numRuns, seed, endOnFailure: false });
  const ms = performance.now() - t0;
  if (details.failed) {
    failed++;
    console.error(`\nFAIL ${name}\n`);
    try {
      fc.assert(property, {
        numRuns,
        seed,
        ...(details.counterexamplePath ? { path: details.counterexamplePath } : {}),
      });
    } catch (e) {
      console.error((e as Error).message);
      const cause = (e as Error).cause ?? details.errorInstance;
      if (cause instanceof Error) console.error(`\nError: ${cause.stack ?? cause.message}\n`);
    }
    continue;
  }
  done += details.numRuns;
  console.log(`  ok  ${String(details.numRuns).padStart(8)} runs  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`);
}
if (failed > 0) {
  console.error(`fuzz: ${failed} propert${failed === 1 ? 'y' : 'ies'} failed (replay with --seed ${seed})`);
  process.exit(1);
}
console.log(`fuzz: ${done} inputs passed in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${seed})`);
if (!only && done < 1_000_000 && total >= 1_000_000) {
  console.error('fuzz: fewer than 10^6 inputs ran');
  process.exit(1);
}
