import { describe, expect, it } from 'vitest';
import { formatReply, type ReplySpec } from '../src/reply/format.js';
import type { SmtpReplyError } from '../src/errors.js';
import type { ProblemKind } from '../src/types.js';
import { thrownBy } from './helpers/thrown.js';

/** Calls formatReply and returns the SmtpReplyError it throws (fails the test when it does not throw). */
const thrown = (spec: ReplySpec): SmtpReplyError =>
  thrownBy(() => formatReply(spec), `formatReply(${JSON.stringify(spec)})`);

describe('formatReply', () => {
  describe('output', () => {
    it.each<[string, ReplySpec, string]>([
      ['single line, string', { code: 250, lines: 'Ok' }, '250 Ok'],
      ['single line, array', { code: 250, lines: ['Ok'] }, '250 Ok'],
      ['single line with enhanced code', { code: 250, enhanced: '2.0.0', lines: 'Ok' }, '250 2.0.0 Ok'],
      [
        'enhanced: null is no enhanced code',
        { code: 354, enhanced: null, lines: 'Start mail input' },
        '354 Start mail input',
      ],
      [
        'multi-line without enhanced code',
        { code: 250, lines: ['mx.example.com', 'SIZE 35882577', '8BITMIME'] },
        '250-mx.example.com\r\n250-SIZE 35882577\r\n250 8BITMIME',
      ],
      [
        'multi-line with enhanced code on every line (RFC 2034 §4)',
        { code: 550, enhanced: '5.1.1', lines: ['No such user', 'Check the address'] },
        '550-5.1.1 No such user\r\n550 5.1.1 Check the address',
      ],
      ['empty line list: bare code', { code: 421, lines: [] }, '421'],
      ['empty line list with enhanced code', { code: 421, enhanced: '4.3.2', lines: [] }, '421 4.3.2'],
      ['empty text: code and space', { code: 250, lines: '' }, '250 '],
      ['empty text with enhanced code', { code: 550, enhanced: '5.1.1', lines: ['', 'b'] }, '550-5.1.1\r\n550 5.1.1 b'],
      [
        '3-digit enhanced detail',
        { code: 550, enhanced: '5.7.708', lines: 'Access denied' },
        '550 5.7.708 Access denied',
      ],
      ['lowest code', { code: 200, lines: 'x' }, '200 x'],
      ['highest code', { code: 559, lines: 'x' }, '559 x'],
    ])('%s', (_name, spec, out) => {
      expect(formatReply(spec)).toBe(out);
    });

    it('newline option: LF between lines', () => {
      expect(formatReply({ code: 550, enhanced: '5.1.1', lines: ['a', 'b'] }, { newline: '\n' })).toBe(
        '550-5.1.1 a\n550 5.1.1 b',
      );
    });

    it('newline option: CRLF is the default', () => {
      const spec = { code: 550, lines: ['a', 'b'] };
      expect(formatReply(spec, { newline: '\r\n' })).toBe(formatReply(spec));
    });

    it('trailingNewline: a line end after the last line too, as on the wire', () => {
      expect(formatReply({ code: 550, lines: ['a', 'b'] }, { trailingNewline: true })).toBe('550-a\r\n550 b\r\n');
      expect(formatReply({ code: 250, lines: 'Ok' }, { trailingNewline: true })).toBe('250 Ok\r\n');
    });

    it('trailingNewline with LF', () => {
      expect(formatReply({ code: 550, lines: ['a', 'b'] }, { newline: '\n', trailingNewline: true })).toBe(
        '550-a\n550 b\n',
      );
    });

    it('no trailing line end by default', () => {
      expect(formatReply({ code: 550, lines: ['a', 'b'] })).not.toMatch(/\n$/);
    });
  });

  describe('throws SmtpReplyError', () => {
    it.each<[string, ReplySpec, ProblemKind]>([
      ['code below 200', { code: 199, lines: 'x' }, 'code-out-of-range'],
      ['code above 559', { code: 560, lines: 'x' }, 'code-out-of-range'],
      ['6yz code', { code: 600, lines: 'x' }, 'code-out-of-range'],
      ['second digit above 5 (RFC 5321 §4.2 ABNF)', { code: 260, lines: 'x' }, 'code-out-of-range'],
      ['second digit above 5, 4yz', { code: 470, lines: 'x' }, 'code-out-of-range'],
      ['non-integer code', { code: 550.5, lines: 'x' }, 'code-out-of-range'],
      ['NaN code', { code: Number.NaN, lines: 'x' }, 'code-out-of-range'],
      [
        'enhanced code of another class (5xx with 4.X.X)',
        { code: 550, enhanced: '4.1.1', lines: 'x' },
        'enhanced-class-mismatch',
      ],
      [
        'enhanced code of another class (2xx with 5.X.X)',
        { code: 250, enhanced: '5.1.1', lines: 'x' },
        'enhanced-class-mismatch',
      ],
      [
        'enhanced code of another class (4xx with 2.X.X)',
        { code: 451, enhanced: '2.0.0', lines: 'x' },
        'enhanced-class-mismatch',
      ],
      ['enhanced code with two parts', { code: 550, enhanced: '5.1', lines: 'x' }, 'bad-line'],
      ['enhanced code that is not a code', { code: 550, enhanced: 'abc', lines: 'x' }, 'bad-line'],
      ['enhanced code with trailing space', { code: 550, enhanced: '5.1.1 ', lines: 'x' }, 'bad-line'],
      ['enhanced code with a 4-digit detail', { code: 550, enhanced: '5.1.1000', lines: 'x' }, 'bad-line'],
      [
        'enhanced code of class 3 (RFC 3463 §2 allows 2, 4, 5)',
        { code: 550, enhanced: '3.1.1', lines: 'x' },
        'bad-line',
      ],
      ['enhanced code with a hash', { code: 550, enhanced: '#5.1.1', lines: 'x' }, 'bad-line'],
      ['empty enhanced code', { code: 550, enhanced: '', lines: 'x' }, 'bad-line'],
    ])('%s → %s', (_name, spec, kind) => {
      expect(thrown(spec).kind).toBe(kind);
    });

    it.each([
      ['CRLF', ['a', 'b\r\nc'], 2, 1],
      ['LF', ['a\nb'], 1, 1],
      ['CR at the end', ['a', 'bc\r'], 2, 2],
    ])(
      'line text holding a line break (%s) → bad-line with line (from 1) and offset',
      (_name, lines, lineNo, offset) => {
        const e = thrown({ code: 550, lines });
        expect(e.kind).toBe('bad-line');
        expect(e.line).toBe(lineNo);
        expect(e.offset).toBe(offset);
        expect(e.message).toContain(`(line ${lineNo})`);
      },
    );

    it('names the code in the message', () => {
      expect(thrown({ code: 600, lines: 'x' }).message).toContain('600');
    });
  });
});
