/**
 * A slice of the fuzz run (`npm run fuzz` runs the same properties over 10^6 inputs): a few
 * thousand inputs per property, with a fresh seed each local run (a fixed one in CI, see test/setup.ts). A failure prints fast-check's seed and
 * path; replay it with `npm run fuzz -- --seed <seed> --only "<property name>"`.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { FUZZ_PROPERTIES } from './helpers/fuzz-properties.js';

/** Inputs shared out between the properties by their `share` (about 2–4 s in all). */
const SLICE = 30_000;

describe('fuzz (slice of npm run fuzz)', () => {
  for (const { name, share, property } of FUZZ_PROPERTIES) {
    it(name, () => {
      fc.assert(property, { numRuns: Math.max(20, Math.round(SLICE * share)) });
    }, 30_000);
  }
});
