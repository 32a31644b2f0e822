import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../src/index.js';
import { evaluate, literalCode, literalEnhanced, type CorpusRow } from './corpus-eval.js';

const rows = readFileSync(new URL('./fixtures/corpus/sisimai-dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as CorpusRow);

describe('classify on the development corpus (real bounces, labelled by Sisimai 4.25)', () => {
  const e = evaluate(rows, (s) => classify(s));

  it('reads every row without throwing', () => {
    expect(rows.length).toBe(251);
    expect(e.throws).toBe(0);
  });

  it('finds the reply code wherever it is the first code in the text', () => {
    expect(e.replyCode[1]).toBeGreaterThan(150);
    expect(e.replyCode[0]).toBe(e.replyCode[1]);
  });

  it('finds the enhanced code wherever it appears literally', () => {
    expect(e.enhancedCode[1]).toBeGreaterThan(100);
    expect(e.enhancedCode[0]).toBe(e.enhancedCode[1]);
  });

  // Floors, not targets: docs/accuracy.md explains the remaining disagreements, most of which are
  // the peer's labels contradicting the reply text. A change that loses agreement fails here.
  it('agrees with the peer on hard/soft for at least 90 % of rows', () => {
    expect(e.bounce[0] / e.bounce[1]).toBeGreaterThanOrEqual(0.9);
  });

  it('agrees with the peer on the category (documented mapping) for at least 86 % of rows', () => {
    expect(e.category[0] / e.category[1]).toBeGreaterThanOrEqual(0.86);
  });

  it('classifies every row with a well-formed result', () => {
    for (const row of rows) {
      const r = classify(row.diagnosticcode_raw);
      expect(typeof r.description).toBe('string');
      expect(r.description.length).toBeGreaterThan(0);
      if (literalCode(row) !== null) expect(r.code).toBe(Number(row.replycode));
      if (literalEnhanced(row) !== null) expect(r.enhanced).toBe(row.deliverystatus);
    }
  });
});
