import { describe, expect, it } from 'vitest';
import { classify } from '../src/classify/classify.js';
import type { Classification } from '../src/classify/types.js';
import { RULES } from '../src/classify/rules.js';
import { CATEGORIES } from '../src/classify/categories.js';
import { en } from '../src/locales/en/index.js';
import { de } from '../src/locales/de/index.js';

const RULE_IDS = new Set(RULES.map((r) => r.id));

/** The public field names of a Classification, in the order the interface lists them. */
const FIELDS = [
  'code',
  'enhanced',
  'class',
  'retryable',
  'bounce',
  'category',
  'description',
  'fix',
  'userMessage',
  'rule',
  'why',
  'retryAfter',
  'command',
  'malformed',
  'problems',
  'reply',
] as const satisfies readonly (keyof Classification)[];

function expectWellFormed(r: Classification): void {
  expect(Object.keys(r).sort()).toEqual([...FIELDS].sort());
  expect(RULE_IDS.has(r.rule)).toBe(true);
  expect(CATEGORIES).toContain(r.category);
  expect(typeof r.description).toBe('string');
  expect(r.description.length).toBeGreaterThan(0);
  expect(typeof r.fix).toBe('string');
  expect(r.fix.length).toBeGreaterThan(0);
  expect(typeof r.why).toBe('string');
  expect(Array.isArray(r.problems)).toBe(true);
}

describe('classify', () => {
  describe('acceptance cases (issue "core library")', () => {
    it('Gmail user unknown, multi-line: permanent hard bounce', () => {
      const r = classify(
        '550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 Please try double-checking the recipient.',
      );
      expect(r.code).toBe(550);
      expect(r.enhanced).toBe('5.1.1');
      expect(r.class).toBe('permanent');
      expect(r.retryable).toBe(false);
      expect(r.bounce).toBe('hard');
      expect(r.category).toBe('user-unknown');
      expect(r.retryAfter).toBeNull();
      expect(r.malformed).toBe(false);
      expect(r.problems).toEqual([]);
      expectWellFormed(r);
    });

    it('greylisting: transient soft bounce, retry after 300 s', () => {
      const r = classify('451 4.7.1 Greylisted, please try again in 300 seconds');
      expect(r.code).toBe(451);
      expect(r.enhanced).toBe('4.7.1');
      expect(r.class).toBe('transient');
      expect(r.retryable).toBe(true);
      expect(r.bounce).toBe('soft');
      expect(r.category).toBe('greylisted');
      expect(r.retryAfter).toBe(300);
      expect(r.malformed).toBe(false);
      expectWellFormed(r);
    });
  });

  describe('result shape', () => {
    it('has every public field, and the parsed reply', () => {
      const r = classify('250 2.0.0 Ok: queued as 4BXyZ1');
      expectWellFormed(r);
      expect(r.reply.code).toBe(250);
      expect(r.reply.lines).toHaveLength(1);
      expect(r.reply.text).toBe('Ok: queued as 4BXyZ1');
    });

    it('success: not retryable, no bounce', () => {
      const r = classify('250 2.0.0 Ok: queued as 4BXyZ1');
      expect(r.class).toBe('success');
      expect(r.category).toBe('success');
      expect(r.retryable).toBe(false);
      expect(r.bounce).toBeNull();
      expect(r.retryAfter).toBeNull();
    });

    it('intermediate: not retryable, no bounce', () => {
      const r = classify('354 Start mail input; end with <CRLF>.<CRLF>');
      expect(r.class).toBe('intermediate');
      expect(r.category).toBe('intermediate');
      expect(r.retryable).toBe(false);
      expect(r.bounce).toBeNull();
    });

    it('the problems of the parse are passed on', () => {
      const r = classify('220-laposte\r\n421 4.2.1 Service refuse');
      expect(r.code).toBe(421);
      expect(r.class).toBe('transient');
      expect(r.problems.map((p) => p.kind)).toEqual(['code-mismatch']);
      expect(r.malformed).toBe(true);
    });

    it('leading text is a decoration, not malformed', () => {
      const r = classify('smtp; 550 5.1.1 User unknown');
      expect(r.code).toBe(550);
      expect(r.problems.map((p) => p.kind)).toEqual(['leading-text']);
      expect(r.malformed).toBe(false);
    });
  });

  describe('input kinds', () => {
    it('Uint8Array with invalid UTF-8 bytes', () => {
      const bytes = new Uint8Array([
        ...new TextEncoder().encode('550 5.1.1 '),
        0xff,
        0xfe,
        0xc3, // invalid and truncated sequences
        ...new TextEncoder().encode(' User unknown'),
      ]);
      const r = classify(bytes);
      expect(r.code).toBe(550);
      expect(r.enhanced).toBe('5.1.1');
      expect(r.class).toBe('permanent');
      expect(r.category).toBe('user-unknown');
      expect(r.reply.text).toContain('\uFFFD');
      expect(r.problems.map((p) => p.kind)).not.toContain('invalid-input');
    });

    it('ArrayBuffer', () => {
      const r = classify(new TextEncoder().encode('250 2.0.0 Ok').buffer);
      expect(r.code).toBe(250);
      expect(r.class).toBe('success');
    });

    it('array of lines is one multi-line reply', () => {
      const r = classify(['550-5.1.1 No such user here', '550 5.1.1 Check the address']);
      expect(r.code).toBe(550);
      expect(r.enhanced).toBe('5.1.1');
      expect(r.reply.lines).toHaveLength(2);
      expect(r.category).toBe('user-unknown');
      expect(r.problems).toEqual([]);
    });

    it('array holding something else than strings is invalid input', () => {
      const r = classify(['550 5.1.1 x', 42]);
      expect(r.class).toBe('unknown');
      expect(r.problems.map((p) => p.kind)).toContain('invalid-input');
    });

    it('nodemailer error: response, responseCode and command', () => {
      const r = classify({
        response: '550 5.1.1 <a@b>: Recipient address rejected',
        responseCode: 550,
        command: 'RCPT TO',
      });
      expect(r.code).toBe(550);
      expect(r.enhanced).toBe('5.1.1');
      expect(r.class).toBe('permanent');
      expect(r.bounce).toBe('hard');
      expect(r.category).toBe('user-unknown');
      expect(r.command).toBe('RCPT');
      expect(r.malformed).toBe(false);
    });

    it('{ code, message }: the code given beside the text is used', () => {
      const r = classify({ code: 550, message: 'No such user here' });
      expect(r.code).toBe(550);
      expect(r.class).toBe('permanent');
      expect(r.category).toBe('user-unknown');
      expect(r.bounce).toBe('hard');
      expect(r.problems.map((p) => p.kind)).not.toContain('invalid-input');
    });

    it('{ responseCode: 421 } with no text', () => {
      const r = classify({ responseCode: 421 });
      expect(r.code).toBe(421);
      expect(r.class).toBe('transient');
      expect(r.retryable).toBe(true);
      expect(r.bounce).toBe('soft');
      expect(r.category).toBe('service-unavailable');
      expect(r.problems.map((p) => p.kind)).not.toContain('invalid-input');
    });

    it('{ enhancedCode } with no text: the class comes from the enhanced code', () => {
      const r = classify({ enhancedCode: '5.1.1' });
      expect(r.code).toBeNull();
      expect(r.enhanced).toBe('5.1.1');
      expect(r.class).toBe('permanent');
      expect(r.category).toBe('user-unknown');
    });

    it('a bare number that is a reply code', () => {
      const r = classify(421);
      expect(r.code).toBe(421);
      expect(r.class).toBe('transient');
    });

    it.each([
      ['null', null],
      ['undefined', undefined],
      ['42', 42],
      ['{}', {}],
      ['Symbol()', Symbol()],
      ['a function', () => '550'],
      ['a bigint', 550n],
      ['Object.create(null)', Object.create(null) as object],
    ])('invalid input %s → unknown, malformed, invalid-input, no bounce', (_name, input) => {
      const r = classify(input);
      expect(r.code).toBeNull();
      expect(r.enhanced).toBeNull();
      expect(r.class).toBe('unknown');
      expect(r.malformed).toBe(true);
      expect(r.bounce).toBeNull();
      expect(r.retryable).toBe(false);
      expect(r.problems.map((p) => p.kind)).toContain('invalid-input');
      expect(r.problems.map((p) => p.kind)).not.toContain('empty');
      expectWellFormed(r);
    });

    it('never throws for objects with throwing getters or proxies', () => {
      const throwing = {
        get response(): string {
          throw new Error('boom');
        },
      };
      const proxy = new Proxy(
        {},
        {
          get() {
            throw new Error('get');
          },
          has() {
            throw new Error('has');
          },
          getPrototypeOf() {
            throw new Error('proto');
          },
          ownKeys() {
            throw new Error('keys');
          },
        },
      );
      const { proxy: revoked, revoke } = Proxy.revocable({}, {});
      revoke();
      for (const input of [throwing, proxy, revoked]) {
        const r = classify(input);
        expect(r.class).toBe('unknown');
        expect(r.problems.map((p) => p.kind)).toContain('invalid-input');
      }
    });
  });

  describe('decisions', () => {
    it('552 too many recipients is retryable (RFC 5321 §4.5.3.1.10)', () => {
      const r = classify('552 5.5.3 Too many recipients');
      expect(r.class).toBe('permanent');
      expect(r.category).toBe('too-many-recipients');
      expect(r.retryable).toBe(true);
      expect(r.bounce).toBe('soft');
    });

    it('552 after RCPT is too many recipients, retryable (RFC 5321 §4.5.3.1.10)', () => {
      const r = classify('552 Requested mail action aborted', { command: 'RCPT' });
      expect(r.command).toBe('RCPT');
      expect(r.category).toBe('too-many-recipients');
      expect(r.retryable).toBe(true);
      expect(r.why).toContain('4.5.3.1.10');
    });

    it("552 without a command keeps 552's own meaning (exceeded storage allocation)", () => {
      const r = classify('552 Requested mail action aborted: exceeded storage allocation');
      expect(r.category).not.toBe('too-many-recipients');
      expect(r.class).toBe('permanent');
    });

    it.each(['RCPT TO', 'rcpt', 'RCPT TO:<a@example.com>'])('command option %j is read as RCPT', (command) => {
      // 'RCPT TO:<a@example.com>' is not a CommandSpelling, but read all the same at run time.
      expect(classify('552 Requested mail action aborted', { command: command as 'RCPT TO' }).command).toBe('RCPT');
    });

    it('554 at connection time is service-unavailable (RFC 5321 §3.1)', () => {
      const r = classify('554 mx.example.com', { command: 'CONNECT' });
      expect(r.command).toBe('CONNECT');
      expect(r.class).toBe('permanent');
      expect(r.category).toBe('service-unavailable');
    });

    it("554 with RFC 5321's own connection-time text is no service, not a bad address (RFC 5321 §3.1, §4.2)", () => {
      const r = classify('554 No SMTP service here', { command: 'CONNECT' });
      expect(r.class).toBe('permanent');
      expect(r.category).toBe('service-unavailable');
      expect(r.bounce).not.toBe('hard');
    });

    it("nodemailer's CONN command counts as connection time", () => {
      const r = classify({ response: '554 mx.example.com', responseCode: 554, command: 'CONN' });
      expect(r.command).toBe('CONNECT');
      expect(r.category).toBe('service-unavailable');
    });

    it('a 5xx whose text says to try again later is retryable, and why says so', () => {
      const r = classify('550 Service busy, please try again later');
      expect(r.class).toBe('permanent');
      expect(r.retryable).toBe(true);
      expect(r.bounce).toBe('soft');
      expect(r.why).toMatch(/temporar/);
    });

    it('554 4.4.7 Message expired: the basic code decides the class; the mismatch is flagged', () => {
      const r = classify('554 4.4.7 Message expired');
      expect(r.code).toBe(554);
      expect(r.enhanced).toBe('4.4.7');
      expect(r.class).toBe('permanent');
      expect(r.problems.map((p) => p.kind)).toContain('enhanced-class-mismatch');
      expect(r.malformed).toBe(false);
    });

    it('421 is transient and retryable', () => {
      const r = classify('421 4.7.0 Try again later');
      expect(r.class).toBe('transient');
      expect(r.retryable).toBe(true);
      expect(r.bounce).toBe('soft');
    });

    it('unknown codes are decided by the first digit (RFC 5321 §4.2)', () => {
      const four = classify('431 Something');
      const five = classify('532 Something');
      expect(four.class).toBe('transient');
      expect(four.retryable).toBe(true);
      expect(five.class).toBe('permanent');
      expect(five.retryable).toBe(false);
    });

    it('retryAfter from the text of a retryable reply', () => {
      expect(classify('421 4.7.0 Too many connections, try again in 5 minutes').retryAfter).toBe(300);
    });

    it.each([
      ['451 4.7.1 Greylisted, try again in -5 seconds', 300],
      ['451 4.7.1 Greylisted, try again in +5 seconds', 300],
      ['451 4.7.1 Greylisted, please retry in 5-10 minutes', 300],
      ['421 4.7.0 Too many connections, try again in 2 hours', 7200],
      ['421 4.7.0 Blocked for abuse, try again in 30 days', 86_400],
    ])(
      'retryAfter: a signed number is no wait, a range gives its start, a long wait is capped at a day: %s',
      (reply, wait) => {
        // -5 and +5 are not read: greylisting's default wait applies; 30 days is capped at one day.
        expect(classify(reply).retryAfter).toBe(wait);
      },
    );

    it('no retryAfter for a reply that is not retryable', () => {
      const r = classify('550 5.1.1 User unknown, do not try again in 300 seconds');
      expect(r.retryable).toBe(false);
      expect(r.retryAfter).toBeNull();
    });
  });

  describe('locale', () => {
    it('gives the German category description and fix', () => {
      const input = '550 5.1.1 User unknown';
      const english = classify(input);
      const german = classify(input, { locale: de });
      expect(german.category).toBe('user-unknown');
      expect(german.description).toBe(de.categories?.['user-unknown']?.description);
      expect(german.fix).toBe(de.categories?.['user-unknown']?.fix);
      expect(german.description).not.toBe(english.description);
      expect(english.description).toBe(en.categories?.['user-unknown']?.description);
    });

    it('does not change the decision', () => {
      const input = '451 4.7.1 Greylisted, please try again in 300 seconds';
      const { description: _d1, fix: _f1, userMessage: _u1, ...english } = classify(input);
      const { description: _d2, fix: _f2, userMessage: _u2, ...german } = classify(input, { locale: de });
      expect(german).toEqual(english);
    });
  });

  describe('rules', () => {
    it.each(['550 5.1.1 User unknown', '451 4.7.1 Greylisted', '250 Ok', 'Connection timed out', '', '599'])(
      '%j is decided by a rule that exists in RULES',
      (input) => {
        expect(RULE_IDS.has(classify(input).rule)).toBe(true);
      },
    );

    it('rule ids are unique', () => {
      expect(RULE_IDS.size).toBe(RULES.length);
    });
  });

  describe('bounce for input that is not a reply, as the README says (issue 13)', () => {
    it.each([
      ['empty', ''],
      ['blank', ' \r\n '],
      ['no bytes', new Uint8Array([])],
      ['no lines', []],
      ['null', null],
      ['a number', 42],
      ['an error with an empty response', { response: '' }],
    ])('%s → bounce null, not retryable, problem empty or invalid-input', (_name, input) => {
      const r = classify(input);
      expect([r.bounce, r.retryable, r.class]).toEqual([null, false, 'unknown']);
      expect(r.problems.some((p) => p.kind === 'empty' || p.kind === 'invalid-input')).toBe(true);
    });

    it.each([
      ['text without a code', 'Connection timed out'],
      ['bytes that are not UTF-8', new Uint8Array([0xff, 0xfe])],
    ])('%s → a soft failure of class unknown', (_name, input) => {
      const r = classify(input);
      expect([r.bounce, r.class]).toEqual(['soft', 'unknown']);
    });
  });
});
