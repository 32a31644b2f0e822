import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, classify, createClassifier, RULES_VERSION, SmtpReplyError } from '../src/index.js';
import { anyInput, classifyOptions, materialize } from './helpers/fuzz-properties.js';
import { assertWellFormed } from './helpers/well-formed.js';

describe('createClassifier', () => {
  // Yahoo documents TSS04 as a deferral for volume or complaints (postmaster.yahooinc.com error codes).
  const tss04 =
    '421 4.7.0 [TSS04] Messages from 192.0.2.30 temporarily deferred due to unexpected volume or user complaints';
  const custom = createClassifier({
    rules: [
      { id: 'yahoo.tss04', category: 'rate-limited', phrases: ['[TSS04]'], classes: '4' },
      { id: 'acme.quota', category: 'mailbox-full', phrases: ['casella piena'], codes: [552] },
      { id: 'acme.relay', category: 'relay-denied', signals: ['policy'], commands: ['RCPT'], enhanced: ['7.1'] },
    ],
    phrases: { 'user-unknown': ['utente sconosciuto', 'пользователь не найден'] },
  });

  it('tries the caller’s rules before the built-in ones, and names them in the result', () => {
    expect(classify(tss04).category).toBe('blocked');
    const r = custom(tss04);
    expect(r).toMatchObject({ category: 'rate-limited', rule: 'yahoo.tss04', retryable: true, bounce: 'soft' });
    expect(r.why).toBe('custom rule yahoo.tss04');
  });

  it('a rule applies only when all its conditions hold', () => {
    expect(custom('552 casella piena').rule).toBe('acme.quota');
    expect(custom('452 casella piena').rule).not.toBe('acme.quota');
    expect(custom('550 5.7.1 not permitted', { command: 'RCPT' }).rule).toBe('acme.relay');
    expect(custom('550 5.7.1 not permitted', { command: 'DATA' }).rule).not.toBe('acme.relay');
  });

  it('extra phrases join built-in signals, so the built-in rules see them (any script)', () => {
    expect(classify('550 utente sconosciuto').category).not.toBe('user-unknown');
    expect(custom('550 Utente Sconosciuto')).toMatchObject({ category: 'user-unknown', bounce: 'hard' });
    expect(custom('550 ПОЛЬЗОВАТЕЛЬ НЕ НАЙДЕН').category).toBe('user-unknown');
  });

  it('leaves everything else as classify() decides it', () => {
    for (const reply of ['550 5.1.1 User unknown', '451 4.7.1 Greylisted', '250 OK', '', 'garbage']) {
      const { rule, category, retryable, bounce } = classify(reply);
      expect(custom(reply)).toMatchObject({ rule, category, retryable, bounce });
    }
  });

  it.each([
    [
      { rules: [{ id: 'x', category: 'nope', codes: [550] }] },
      /rules\[0\] \(id 'x'\)\.category 'nope' is not a category/,
    ],
    [{ rules: [{ id: 'class.success', category: 'spam', codes: [550] }] }, /used twice, or by a built-in rule/],
    [
      {
        rules: [
          { id: 'a', category: 'spam', codes: [550] },
          { id: 'a', category: 'spam', codes: [551] },
        ],
      },
      /rules\[1\] \(id 'a'\): the id is used twice/,
    ],
    [{ rules: [{ id: 'y', category: 'spam', phrases: [' - '] }] }, /empty phrase/],
    [{ rules: [{ id: 'z', category: 'spam' }] }, /has no condition/],
    [{ rules: [{ id: 'e', category: 'spam', enhanced: ['5.7.1'] }] }, /'subject.detail'/],
    [{ rules: [{ id: 'c', category: 'spam', codes: [999] }] }, /not a reply code/],
    [{ rules: [{ id: 'm', category: 'spam', commands: ['RCTP'] }] }, /'RCTP' is not a command/],
    [{ rules: [{ id: 's', category: 'spam', signals: ['nope'] }] }, /'nope' is not a signal/],
    [{ phrases: { nope: ['x'] } }, /phrases: 'nope' is not a signal/],
    [{ phrases: { spam: [''] } }, /empty phrase/],
  ])('refuses a bad configuration with a typed error that says what and where (%#)', (options, message) => {
    let error: unknown;
    try {
      createClassifier(options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SmtpReplyError);
    expect((error as SmtpReplyError).kind).toBe('invalid-input');
    expect((error as Error).message).toMatch(message);
  });

  it('the classifier it makes is total: any input, any options, a well-formed result', () => {
    fc.assert(
      fc.property(anyInput, classifyOptions, (input, options) => {
        const r = custom(materialize(input), options);
        assertWellFormed(r);
        expect(CATEGORIES).toContain(r.category);
      }),
      { numRuns: 500 },
    );
  });

  it('reports the version of the built-in rule data', () => {
    expect(RULES_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
