import { describe, expect, it } from 'vitest';
import { classify } from '../src/index.js';
import { REAL_REPLIES } from './fixtures/real-replies.js';

describe('classify on replies published by providers and MTAs', () => {
  it('has a broad table', () => {
    expect(REAL_REPLIES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(REAL_REPLIES.map((r) => [r.source, r] as const))('%s', (_source, r) => {
    const got = classify(r.reply, r.command ? { command: r.command } : undefined);
    expect({ category: got.category, retryable: got.retryable, bounce: got.bounce }).toEqual({
      category: r.category,
      retryable: r.retryable,
      bounce: r.bounce,
    });
  });
});
