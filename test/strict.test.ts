import { describe, expect, it } from 'vitest';
import { parseReplyStrict } from '../src/reply/strict.js';
import { parseReply } from '../src/reply/parse.js';
import type { SmtpReplyError } from '../src/errors.js';
import type { ParseOptions } from '../src/reply/parse.js';
import type { ProblemKind } from '../src/types.js';
import { thrownBy } from './helpers/thrown.js';

/** Calls parseReplyStrict and returns the SmtpReplyError it throws (fails the test when it does not throw). */
const thrown = (input: unknown, options?: ParseOptions): SmtpReplyError =>
  thrownBy(() => parseReplyStrict(input as string, options), `parseReplyStrict(${JSON.stringify(input)})`);

describe('parseReplyStrict', () => {
  describe('accepts well-formed replies', () => {
    it.each([
      ['single line with enhanced code', '250 2.0.0 Ok: queued as 4BXyZ1'],
      ['single line without enhanced code', '354 Start mail input; end with <CRLF>.<CRLF>'],
      ['bare code (RFC 5321 §4.2)', '421'],
      ['code and space only', '250 '],
      [
        'multi-line with CRLF',
        '550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 Please try double-checking the recipient.',
      ],
      ['multi-line with trailing CRLF', '250-mx.example.com Hello\r\n250-SIZE 35882577\r\n250 8BITMIME\r\n'],
      [
        'continuation text beginning with digits (RFC 5321 §4.2.1)',
        '250-mx.example.com\r\n250-234 Text beginning with numbers\r\n250 HELP',
      ],
      ['enhanced code with 3-digit detail', '550 5.7.708 Access denied'],
    ])('%s', (_name, input) => {
      const strict = parseReplyStrict(input);
      expect(strict.problems).toEqual([]);
      // Same result as the tolerant parser when there is nothing to forgive.
      expect(strict).toEqual(parseReply(input));
    });

    it('returns the parsed fields', () => {
      const r = parseReplyStrict('550-5.1.1 No such user\r\n550 5.1.1 Check the address');
      expect(r.code).toBe(550);
      expect(r.enhanced).toBe('5.1.1');
      expect(r.lines).toEqual([
        { code: 550, separator: '-', enhanced: '5.1.1', text: 'No such user' },
        { code: 550, separator: ' ', enhanced: '5.1.1', text: 'Check the address' },
      ]);
      expect(r.text).toBe('No such user Check the address');
    });
  });

  describe('throws SmtpReplyError for malformed replies', () => {
    interface Bad {
      readonly name: string;
      readonly input: string;
      readonly kind: ProblemKind;
      readonly line?: number;
      readonly offset?: number;
      readonly options?: ParseOptions;
    }
    const BAD: readonly Bad[] = [
      { name: 'no code', input: 'hello', kind: 'no-code', offset: 0 },
      { name: 'no code after leading blanks', input: '  hello', kind: 'no-code', offset: 2 },
      { name: 'empty', input: '', kind: 'empty' },
      { name: 'only white space', input: ' \r\n ', kind: 'empty' },
      { name: 'leading text', input: 'smtp; 550 5.1.1 User unknown', kind: 'leading-text', offset: 0 },
      {
        name: 'lines with different codes',
        input: '220-laposte\r\n421 4.2.1 Service refuse',
        kind: 'code-mismatch',
        line: 1,
        offset: 13,
      },
      { name: 'missing last line', input: '550-5.1.1 first line only', kind: 'missing-last-line', line: 0 },
      {
        name: 'missing last line after two lines',
        input: '550-5.1.1 a\r\n550-5.1.1 b\r\n',
        kind: 'missing-last-line',
        line: 1,
      },
      { name: 'enhanced code of another class', input: '550 4.4.7 QUEUE.Expired', kind: 'enhanced-class-mismatch' },
      { name: 'enhanced code on a 3xx reply', input: '354 2.0.0 Go ahead', kind: 'enhanced-class-mismatch' },
      {
        name: 'lines with different enhanced codes',
        input: '550-5.1.1 a\r\n550-5.1.2 b\r\n550 5.1.1 c',
        kind: 'enhanced-mismatch',
        line: 1,
      },
      { name: 'code out of range', input: '999 Something odd', kind: 'code-out-of-range', line: 0, offset: 0 },
      { name: 'code with second digit above 5', input: '260 Ok', kind: 'code-out-of-range', line: 0, offset: 0 },
      { name: '1yz code (FTP, not SMTP)', input: '150 Opening', kind: 'code-out-of-range', line: 0, offset: 0 },
      { name: 'colon after the code', input: '550: User unknown', kind: 'bad-line', line: 0, offset: 3 },
      {
        name: 'continuation followed by a line without code',
        input: '550-a\r\nfoo\r\n550 b',
        kind: 'bad-line',
        offset: 7,
      },
      {
        name: 'joined replies',
        input: '450 4.2.2 Mailbox full 503 5.0.0 Need RCPT',
        kind: 'multiple-replies',
        offset: 23,
      },
      {
        name: 'two replies on two lines',
        input: '250 Ok\r\n550 5.1.1 User unknown',
        kind: 'multiple-replies',
        offset: 8,
      },
      {
        name: 'enhanced code only inside the text',
        input: '550 User unknown (5.1.1)',
        kind: 'enhanced-in-text',
        offset: 18,
      },
      { name: 'qmail code without basic code', input: 'Delivery failed (#4.4.1)', kind: 'no-code', offset: 0 },
      {
        name: 'longer than maxLength',
        input: '550 5.1.1 User unknown',
        kind: 'truncated',
        offset: 10,
        options: { maxLength: 10 },
      },
      {
        name: 'more lines than maxLines',
        input: '250-a\r\n250-b\r\n250 c',
        kind: 'truncated',
        line: 2,
        offset: 14,
        options: { maxLines: 2 },
      },
    ];

    // `line` in these tables is the zero-based index of Problem.line; the error counts from 1.
    it.each(BAD)('$name → $kind', (b) => {
      const e = thrown(b.input, b.options);
      expect(e.kind).toBe(b.kind);
      expect(e.line).toBe(b.line === undefined ? undefined : b.line + 1);
      expect(e.offset).toBe(b.offset);
      // The first problem the tolerant parser reports is the one thrown.
      expect(parseReply(b.input, b.options).problems[0]?.kind).toBe(b.kind);
      expect(parseReply(b.input, b.options).problems[0]?.line).toBe(b.line);
    });
  });

  describe('throws for what the wire format forbids and the tolerant parser forgives', () => {
    const WIRE: readonly { name: string; input: string; kind: ProblemKind; line?: number; offset?: number }[] = [
      { name: 'LF line ends (RFC 5321 §2.3.8)', input: '250-a\n250 b', kind: 'bad-line', line: 0, offset: 5 },
      { name: 'bare CR line ends', input: '250-a\r250 b', kind: 'bad-line', line: 0, offset: 5 },
      {
        name: 'enhanced code on the last line only (RFC 2034 §4)',
        input: '550-No such user\r\n550 5.1.1 Check',
        kind: 'enhanced-mismatch',
      },
      {
        name: 'leading zero in an enhanced code (RFC 3463 §2)',
        input: '550 5.01.1 x',
        kind: 'bad-line',
        line: 0,
        offset: 4,
      },
      { name: "'#' before the enhanced code", input: '550 #5.1.1 x', kind: 'bad-line', line: 0, offset: 4 },
      { name: 'flattened multi-line reply', input: '550-5.1.1 a 550 5.1.1 b', kind: 'missing-last-line', line: 0 },
      { name: 'NUL in the text', input: '550 a\u0000b', kind: 'bad-line', line: 0, offset: 5 },
      { name: 'blank line inside the reply', input: '250-a\r\n\r\n250 b', kind: 'bad-line', line: 1, offset: 7 },
    ];

    it.each(WIRE)('$name → $kind', (b) => {
      const e = thrown(b.input);
      expect(e.kind).toBe(b.kind);
      expect(e.line).toBe(b.line === undefined ? undefined : b.line + 1);
      expect(e.offset).toBe(b.offset);
    });
  });

  describe('the error', () => {
    it('is an Error named SmtpReplyError whose message says where', () => {
      const e = thrown('220-laposte\r\n421 4.2.1 Service refuse');
      expect(e).toBeInstanceOf(Error);
      expect(e.name).toBe('SmtpReplyError');
      expect(e.message).toContain('(line 2)');
    });

    it('counts lines in `line` as its message does (issue 13)', () => {
      const e = thrown('250-a\r\n251 b');
      expect(e.message).toBe('line 2 has code 251 but the reply began with 250 (line 2)');
      expect(e.line).toBe(2);
      expect(parseReply('250-a\r\n251 b').problems[0]?.line).toBe(1);
    });

    it('gives the offset in the message when there is no line', () => {
      const e = thrown('smtp; 550 5.1.1 User unknown');
      expect(e.message).toContain('(at offset 0)');
    });
  });

  describe('non-string input', () => {
    it.each([
      ['null', null],
      ['undefined', undefined],
      ['a number', 550],
      ['an object', { response: '550 5.1.1 User unknown' }],
      ['bytes', new TextEncoder().encode('550 5.1.1 User unknown')],
      ['an array of lines', ['550 5.1.1 User unknown']],
      ['a symbol', Symbol('550')],
    ])('%s → invalid-input', (_name, input) => {
      const e = thrown(input);
      expect(e.kind).toBe('invalid-input');
      expect(e.line).toBeUndefined();
      expect(e.offset).toBeUndefined();
    });
  });
});
