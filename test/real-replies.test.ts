import { describe, expect, it } from 'vitest';
import { classify } from '../src/index.js';
import type { SmtpCommand } from '../src/types.js';
import { REAL_REPLIES } from './fixtures/real-replies.js';
import { INTL_REPLIES } from './fixtures/real-replies-intl.js';
import { PROVIDER_REPLIES } from './fixtures/real-replies-providers.js';

interface Row {
  readonly reply: string;
  readonly source: string;
  readonly category: string;
  readonly retryable: boolean;
  readonly bounce: 'hard' | 'soft' | null;
  readonly command?: string;
}

const decide = (r: Row) => {
  const got = classify(r.reply, r.command ? { command: r.command as SmtpCommand } : undefined);
  return { category: got.category, retryable: got.retryable, bounce: got.bounce };
};
const expected = (r: Row) => ({ category: r.category, retryable: r.retryable, bounce: r.bounce });

describe('classify on replies published by providers and MTAs', () => {
  it('has a broad table', () => {
    expect(REAL_REPLIES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(REAL_REPLIES.map((r) => [r.source, r] as const))('%s', (_source, r) => {
    expect(decide(r)).toEqual(expected(r));
  });
});

describe('classify on replies in other languages (published, each with its source)', () => {
  it('covers at least ten languages', () => {
    expect(new Set(INTL_REPLIES.map((r) => r.lang.slice(0, 2))).size).toBeGreaterThanOrEqual(10);
  });

  it.each(INTL_REPLIES.map((r) => [`${r.lang}: ${r.reply.slice(0, 70)}`, r] as const))('%s', (_name, r) => {
    expect(r.source.length).toBeGreaterThan(10);
    expect(decide(r)).toEqual(expected(r));
  });
});

describe('classify on provider replies of 2024–2026 (Gmail, Microsoft, Yahoo, Apple, Orange, GMX …)', () => {
  it.each(PROVIDER_REPLIES.map((r) => [r.reply.slice(0, 90), r] as const))('%s', (_name, r) => {
    expect(r.source.length).toBeGreaterThan(10);
    expect(decide(r)).toEqual(expected(r));
  });
});
