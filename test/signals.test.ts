/**
 * The signal table: every phrase earns its place. A phrase that a shorter phrase of the same signal
 * already finds wherever it can match adds nothing but automaton states, and hides which wording
 * really decides; such a phrase is rejected.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher, finish, scan } from '../src/classify/matcher.js';
import { SIGNAL_NAMES, SIGNALS } from '../src/classify/signals.js';

/** Does a matcher of `others` find its signal in every text where `phrase` matches? */
function covered(phrase: string, others: readonly string[]): boolean {
  if (others.length === 0) return false;
  const m = compileMatcher([others]);
  // The narrowest context the phrase matches in: glued to letters unless it is anchored by a space.
  const text = `${phrase.startsWith(' ') ? '' : 'q'}${phrase}${phrase.endsWith(' ') ? '' : 'q'}`;
  const found = { lo: 0, hi: 0, chars: 0 };
  finish(m, scan(m, text, 0, text.length, 0, found), found);
  return found.lo !== 0;
}

describe('signals', () => {
  it('has at most 64 signals, each with phrases', () => {
    expect(SIGNAL_NAMES.length).toBeLessThanOrEqual(64);
    for (const name of SIGNAL_NAMES) expect(SIGNALS[name].length, name).toBeGreaterThan(0);
  });

  it('no phrase is covered by a shorter phrase of the same signal', () => {
    const redundant: string[] = [];
    for (const name of SIGNAL_NAMES) {
      const phrases: readonly string[] = SIGNALS[name];
      for (const p of phrases) {
        const shorter = phrases.filter((q) => q !== p && q.trim().length <= p.trim().length);
        if (covered(p, shorter)) redundant.push(`${name}: '${p}'`);
      }
    }
    expect(redundant).toEqual([]);
  });

  it('the coverage check itself: a longer phrase with a shorter one inside is found, a different one is not', () => {
    expect(covered('no such user here', ['such user'])).toBe(true);
    expect(covered('user unknown', ['unknown user'])).toBe(false);
    // An anchored phrase does not cover one that may match inside a word.
    expect(covered('xuser unknown', [' user unknown'])).toBe(false);
  });
});
