import { describe, expect, it } from 'vitest';
import { parseReply } from '../src/reply/parse.js';
import type { ParsedReply, ProblemKind, ReplyLine } from '../src/types.js';

/** Shorthand for one expected reply line. */
function line(
  code: number | null,
  separator: ReplyLine['separator'],
  enhanced: string | null,
  text: string,
): ReplyLine {
  return { code, separator, enhanced, text };
}

function kinds(r: ParsedReply): ProblemKind[] {
  return r.problems.map((p) => p.kind);
}

interface Case {
  /** What the case shows. */
  readonly name: string;
  /** Where this form of reply comes from. */
  readonly source: string;
  readonly input: string;
  readonly code: number | null;
  readonly enhanced: string | null;
  readonly lines: readonly ReplyLine[];
  readonly text: string;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly problems?: readonly ProblemKind[];
}

const GMAIL_LINES = [
  'The email account that you tried to reach does not exist. Please try',
  "double-checking the recipient's email address for typos or",
  'unnecessary spaces.',
] as const;

const CASES: readonly Case[] = [
  {
    name: 'single line with enhanced code',
    source: 'Postfix, reply to the end of DATA',
    input: '250 2.0.0 Ok: queued as 4BXyZ1',
    code: 250,
    enhanced: '2.0.0',
    lines: [line(250, ' ', '2.0.0', 'Ok: queued as 4BXyZ1')],
    text: 'Ok: queued as 4BXyZ1',
  },
  {
    name: 'single line without enhanced code',
    source: 'RFC 5321 §4.2.3 default text for 354',
    input: '354 Start mail input; end with <CRLF>.<CRLF>',
    code: 354,
    enhanced: null,
    lines: [line(354, ' ', null, 'Start mail input; end with <CRLF>.<CRLF>')],
    text: 'Start mail input; end with <CRLF>.<CRLF>',
  },
  {
    name: 'bare code with no space and no text',
    source: 'RFC 5321 §4.2: clients must accept a reply code with no text (`421`)',
    input: '421',
    code: 421,
    enhanced: null,
    lines: [line(421, '', null, '')],
    text: '',
  },
  {
    name: 'code and space with no text',
    source: 'RFC 5321 §4.2 ABNF: Reply-code [ SP textstring ]',
    input: '250 ',
    code: 250,
    enhanced: null,
    lines: [line(250, ' ', null, '')],
    text: '',
  },
  {
    name: 'multi-line EHLO reply whose text begins with digits',
    source: 'RFC 5321 §4.2.1 example (`250-234 Text beginning with numbers`)',
    input: '250-mx.example.com Hello\r\n250-234 Text beginning with numbers\r\n250 HELP',
    code: 250,
    enhanced: null,
    lines: [
      line(250, '-', null, 'mx.example.com Hello'),
      line(250, '-', null, '234 Text beginning with numbers'),
      line(250, ' ', null, 'HELP'),
    ],
    text: 'mx.example.com Hello 234 Text beginning with numbers HELP',
  },
  {
    name: 'enhanced code only on the last line',
    source: 'servers that prefix only the final line (RFC 2034 §4 asks for every line; the tolerant parser accepts it)',
    input: '550-Mailbox unavailable\r\n550 5.1.1 User unknown',
    code: 550,
    enhanced: '5.1.1',
    lines: [line(550, '-', null, 'Mailbox unavailable'), line(550, ' ', '5.1.1', 'User unknown')],
    text: 'Mailbox unavailable User unknown',
  },
  {
    name: 'enhanced code with a 3-digit detail',
    source: 'Microsoft 365 (`5.7.708`, not in the IANA registry but syntactically valid, RFC 3463 §2)',
    input: '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.',
    code: 550,
    enhanced: '5.7.708',
    lines: [line(550, ' ', '5.7.708', 'Service unavailable. Access denied, traffic not accepted from this IP.')],
    text: 'Service unavailable. Access denied, traffic not accepted from this IP.',
  },
  {
    name: 'enhanced code written with a hash',
    source: 'vendor decoration `#5.1.1` (GRAMMAR.md §4)',
    input: '550 #5.1.1 Recipient address rejected',
    code: 550,
    enhanced: '5.1.1',
    lines: [line(550, ' ', '5.1.1', 'Recipient address rejected')],
    text: 'Recipient address rejected',
  },
  {
    name: 'multi-line reply flattened onto one line',
    source: 'DSN Diagnostic-Code / MTA logs that join the lines of a reply',
    input: '550-5.1.1 The email account does not exist. 550-5.1.1 Please try double-checking 550 5.1.1 the address.',
    code: 550,
    enhanced: '5.1.1',
    lines: [
      line(550, '-', '5.1.1', 'The email account does not exist.'),
      line(550, '-', '5.1.1', 'Please try double-checking'),
      line(550, ' ', '5.1.1', 'the address.'),
    ],
    text: 'The email account does not exist. Please try double-checking the address.',
  },
  {
    name: 'short flattened multi-line reply',
    source: 'GRAMMAR.md §1 example',
    input: '550-5.1.1 a 550-5.1.1 b 550 5.1.1 c',
    code: 550,
    enhanced: '5.1.1',
    lines: [line(550, '-', '5.1.1', 'a'), line(550, '-', '5.1.1', 'b'), line(550, ' ', '5.1.1', 'c')],
    text: 'a b c',
  },
  {
    name: 'Postfix bounce log prefix',
    source: 'Postfix bounce: `host … said: …`',
    input: 'host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown',
    code: 550,
    enhanced: '5.1.1',
    lines: [line(550, ' ', '5.1.1', '<a@example.com>: Recipient address rejected: User unknown')],
    text: '<a@example.com>: Recipient address rejected: User unknown',
    prefix: 'host mx.example.com[192.0.2.1] said:',
    problems: ['leading-text'],
  },
  {
    name: 'DSN diagnostic-type prefix',
    source: 'RFC 3464 Diagnostic-Code `smtp; …`',
    input: 'smtp; 550 5.1.1 User unknown',
    code: 550,
    enhanced: '5.1.1',
    lines: [line(550, ' ', '5.1.1', 'User unknown')],
    text: 'User unknown',
    prefix: 'smtp;',
    problems: ['leading-text'],
  },
  {
    name: 'two replies joined on one line',
    source: 'sendmail DSN that records a reply and the following one (`450 … 503 …`)',
    input: '450 4.2.2 Mailbox full 503 5.0.0 Need RCPT',
    code: 450,
    enhanced: '4.2.2',
    lines: [line(450, ' ', '4.2.2', 'Mailbox full')],
    text: 'Mailbox full',
    suffix: '503 5.0.0 Need RCPT',
    problems: ['multiple-replies'],
  },
  {
    name: 'two replies on two lines',
    source: 'a pipelined transcript pasted as one reply',
    input: '250 2.1.0 Ok\r\n550 5.1.1 User unknown',
    code: 250,
    enhanced: '2.1.0',
    lines: [line(250, ' ', '2.1.0', 'Ok')],
    text: 'Ok',
    suffix: '550 5.1.1 User unknown',
    problems: ['multiple-replies'],
  },
  {
    name: 'lines with different codes: the last line decides',
    source: 'La Poste greeting (`220-laposte` then `421 4.2.1`), GRAMMAR.md §1',
    input: '220-laposte\r\n421 4.2.1 Service refuse',
    code: 421,
    enhanced: '4.2.1',
    lines: [line(220, '-', null, 'laposte'), line(421, ' ', '4.2.1', 'Service refuse')],
    text: 'laposte Service refuse',
    problems: ['code-mismatch'],
  },
  {
    name: 'enhanced code of another class than the basic code',
    source: 'Exchange `550 4.4.7 QUEUE.Expired` (RFC 2034 §4 requires the same class)',
    input: '550 4.4.7 QUEUE.Expired; message expired',
    code: 550,
    enhanced: '4.4.7',
    lines: [line(550, ' ', '4.4.7', 'QUEUE.Expired; message expired')],
    text: 'QUEUE.Expired; message expired',
    problems: ['enhanced-class-mismatch'],
  },
  {
    name: 'lines with different enhanced codes',
    source: 'RFC 2034 §4: every line carries the same enhanced code',
    input: '550-5.1.1 a\r\n550-5.1.2 b\r\n550 5.1.1 c',
    code: 550,
    enhanced: '5.1.1',
    lines: [line(550, '-', '5.1.1', 'a'), line(550, '-', '5.1.2', 'b'), line(550, ' ', '5.1.1', 'c')],
    text: 'a b c',
    problems: ['enhanced-mismatch'],
  },
  {
    name: 'dangling continuation line (missing last line)',
    source: 'sendmail DSN that records only the first line (GRAMMAR.md §1)',
    input: '552-5.7.0 This message was blocked because its content presents a potential',
    code: 552,
    enhanced: '5.7.0',
    lines: [line(552, '-', '5.7.0', 'This message was blocked because its content presents a potential')],
    text: 'This message was blocked because its content presents a potential',
    problems: ['missing-last-line'],
  },
  {
    name: 'continuation line followed by a line without a code',
    source: 'truncated or corrupted transcript',
    input: '550-a\r\nfoo\r\n550 b',
    code: 550,
    enhanced: null,
    lines: [line(550, '-', null, 'a')],
    text: 'a',
    suffix: 'foo\r\n550 b',
    problems: ['bad-line', 'missing-last-line'],
  },
  {
    name: 'colon instead of a space after the code',
    source: 'hand-written logs (`550: …`)',
    input: '550: 5.1.1 User unknown',
    code: 550,
    enhanced: '5.1.1',
    lines: [line(550, ' ', '5.1.1', 'User unknown')],
    text: 'User unknown',
    problems: ['bad-line'],
  },
  {
    name: 'no code at all',
    source: 'client-side error text (nodemailer `Connection timed out`)',
    input: 'Connection timed out',
    code: null,
    enhanced: null,
    lines: [line(null, '', null, 'Connection timed out')],
    text: 'Connection timed out',
    problems: ['no-code'],
  },
  {
    name: 'no basic code, enhanced code inside the text',
    source: 'qmail bounce (`… (#4.4.1)`)',
    input: "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
    code: null,
    enhanced: '4.4.1',
    lines: [line(null, '', null, "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)")],
    text: "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
    problems: ['no-code', 'enhanced-in-text'],
  },
  {
    name: 'no basic code, enhanced code at the start of the text',
    source: 'DSN Status field value followed by text',
    input: '5.1.1 User unknown',
    code: null,
    enhanced: '5.1.1',
    lines: [line(null, '', '5.1.1', 'User unknown')],
    text: 'User unknown',
    problems: ['no-code'],
  },
  {
    name: 'a number in prose is not a reply code',
    source: 'greylisting reply (Postgrey style)',
    input: '451 4.7.1 Greylisted, please try again in 300 seconds',
    code: 451,
    enhanced: '4.7.1',
    lines: [line(451, ' ', '4.7.1', 'Greylisted, please try again in 300 seconds')],
    text: 'Greylisted, please try again in 300 seconds',
  },
  {
    name: 'an in-range number followed by a lower-case word is not a reply code',
    source: 'rate-limit reply with a wait in seconds',
    input: '421 4.7.0 Too many connections, retry in 450 seconds',
    code: 421,
    enhanced: '4.7.0',
    lines: [line(421, ' ', '4.7.0', 'Too many connections, retry in 450 seconds')],
    text: 'Too many connections, retry in 450 seconds',
  },
  {
    name: 'reply code outside 200–559',
    source: 'RFC 5321 §4.2: first digit 2–5, second 0–5',
    input: '999 Something odd',
    code: 999,
    enhanced: null,
    lines: [line(999, ' ', null, 'Something odd')],
    text: 'Something odd',
    problems: ['code-out-of-range'],
  },
  {
    name: 'trailing CRLF as on the wire',
    source: 'RFC 5321 §4.2: every reply line ends in CRLF',
    input: '550 5.1.1 User unknown\r\n',
    code: 550,
    enhanced: '5.1.1',
    lines: [line(550, ' ', '5.1.1', 'User unknown')],
    text: 'User unknown',
  },
];

describe('parseReply', () => {
  it.each(CASES)('$name ($source)', (c) => {
    const r = parseReply(c.input);
    expect(r.code).toBe(c.code);
    expect(r.enhanced).toBe(c.enhanced);
    expect(r.lines).toEqual(c.lines);
    expect(r.text).toBe(c.text);
    expect(r.prefix).toBe(c.prefix ?? '');
    expect(r.suffix).toBe(c.suffix ?? '');
    expect(kinds(r)).toEqual(c.problems ?? []);
  });

  describe('line ends', () => {
    const expected = {
      code: 550,
      enhanced: '5.1.1',
      lines: GMAIL_LINES.map((t, n) => line(550, n === GMAIL_LINES.length - 1 ? ' ' : '-', '5.1.1', t)),
      text: GMAIL_LINES.join(' '),
      prefix: '',
      suffix: '',
      problems: [],
    };
    const wire = (nl: string) =>
      GMAIL_LINES.map((t, n) => `550${n === GMAIL_LINES.length - 1 ? ' ' : '-'}5.1.1 ${t}`).join(nl);

    it.each([
      ['CRLF', '\r\n'],
      ['LF', '\n'],
      ['CR', '\r'],
    ])('reads a multi-line Gmail reply with %s line ends', (_name, nl) => {
      expect(parseReply(wire(nl))).toEqual(expected);
    });

    it('gives the same result for CRLF, LF and CR', () => {
      const a = parseReply(wire('\r\n'));
      expect(parseReply(wire('\n'))).toEqual(a);
      expect(parseReply(wire('\r'))).toEqual(a);
    });
  });

  describe('text around the reply', () => {
    it('keeps an Exchange NDR prefix and reads the reply inside the quotes', () => {
      const r = parseReply("Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'");
      expect(r.code).toBe(550);
      expect(r.enhanced).toBe('5.1.1');
      expect(r.prefix).toBe("Remote Server returned '");
      expect(r.lines).toHaveLength(1);
      expect(r.lines[0]!.code).toBe(550);
      expect(r.lines[0]!.separator).toBe(' ');
      expect(r.lines[0]!.enhanced).toBe('5.1.1');
      // Whether the closing quote is kept with the text is not specified; the words are.
      expect(r.lines[0]!.text).toMatch(/^RESOLVER\.ADR\.RecipNotFound; not found'?$/);
      expect(kinds(r)).toEqual(['leading-text']);
    });

    it('reports where the leading text begins', () => {
      const r = parseReply('  smtp; 550 5.1.1 User unknown');
      expect(r.prefix).toBe('smtp;');
      expect(r.problems).toEqual([expect.objectContaining({ kind: 'leading-text', offset: 2 })]);
    });

    it('reads the reply after DSN header lines', () => {
      const r = parseReply('Final-Recipient: rfc822; a@example.com\nDiagnostic-Code: smtp; 550 5.1.1 User unknown');
      expect(r.code).toBe(550);
      expect(r.enhanced).toBe('5.1.1');
      expect(r.text).toBe('User unknown');
      expect(r.prefix).toBe('Final-Recipient: rfc822; a@example.com\nDiagnostic-Code: smtp;');
      expect(kinds(r)).toEqual(['leading-text']);
    });

    it('keeps a Postfix log suffix with the text of the final line', () => {
      const r = parseReply('550 5.1.1 <a@example.com>: Recipient address rejected (in reply to RCPT TO command)');
      expect(r.code).toBe(550);
      expect(r.text).toBe('<a@example.com>: Recipient address rejected (in reply to RCPT TO command)');
      expect(r.problems).toEqual([]);
    });

    it('gives the offset of the joined reply', () => {
      const input = '450 4.2.2 Mailbox full 503 5.0.0 Need RCPT';
      const r = parseReply(input);
      expect(r.problems).toEqual([expect.objectContaining({ kind: 'multiple-replies', offset: input.indexOf('503') })]);
    });

    it('splits a flattened reply from a joined one that follows it', () => {
      const r = parseReply('550-5.1.1 a 550 5.1.1 b 503 5.0.0 Need RCPT');
      expect(r.lines).toEqual([line(550, '-', '5.1.1', 'a'), line(550, ' ', '5.1.1', 'b')]);
      expect(r.suffix).toBe('503 5.0.0 Need RCPT');
      expect(kinds(r)).toEqual(['multiple-replies']);
    });
  });

  describe('problem positions', () => {
    it('gives line and offset of a code mismatch', () => {
      const r = parseReply('220-laposte\r\n421 4.2.1 Service refuse');
      expect(r.problems).toEqual([expect.objectContaining({ kind: 'code-mismatch', line: 1, offset: 13 })]);
    });

    it('gives the index of the dangling continuation line', () => {
      const r = parseReply('421-a\r\n421-b\r\n');
      expect(r.code).toBe(421);
      expect(r.lines).toEqual([line(421, '-', null, 'a'), line(421, '-', null, 'b')]);
      expect(r.problems).toEqual([expect.objectContaining({ kind: 'missing-last-line', line: 1 })]);
    });

    it('gives the offset of an enhanced code found inside the text', () => {
      const input = "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)";
      const r = parseReply(input);
      expect(r.problems[1]).toEqual(
        expect.objectContaining({ kind: 'enhanced-in-text', offset: input.indexOf('4.4.1') }),
      );
    });

    it('gives line and offset of a colon separator', () => {
      const r = parseReply('550: User unknown');
      expect(r.problems).toEqual([expect.objectContaining({ kind: 'bad-line', line: 0, offset: 3 })]);
    });

    it('every problem has a message', () => {
      const r = parseReply('smtp; 220-laposte\r\n421 4.4.7 x\r\n503 5.0.0 Need RCPT');
      expect(r.problems.length).toBeGreaterThan(1);
      for (const p of r.problems) expect(p.message).toMatch(/\S/);
    });
  });

  describe('empty input', () => {
    it.each([
      ['empty string', ''],
      ['white space and line ends', '  \r\n\t \n'],
    ])('%s', (_name, input) => {
      const r = parseReply(input);
      expect(r).toEqual({
        code: null,
        enhanced: null,
        lines: [],
        text: '',
        prefix: '',
        suffix: '',
        problems: [expect.objectContaining({ kind: 'empty' })],
      });
    });
  });

  describe('limits', () => {
    it('maxLength: reads only the first characters and reports truncation', () => {
      const input = '550 5.1.1 User unknown';
      const r = parseReply(input, { maxLength: 9 });
      expect(r.code).toBe(550);
      expect(r.enhanced).toBe('5.1.1');
      expect(r.lines).toEqual([line(550, ' ', '5.1.1', '')]);
      expect(r.problems).toEqual([expect.objectContaining({ kind: 'truncated', offset: 9 })]);
      expect(r.problems[0]!.message).toContain(String(input.length));
    });

    it('maxLines: reads only the first lines of a reply and does not call it unfinished', () => {
      const r = parseReply('250-a\r\n250-b\r\n250-c\r\n250 d', { maxLines: 2 });
      expect(r.code).toBe(250);
      expect(r.lines).toEqual([line(250, '-', null, 'a'), line(250, '-', null, 'b')]);
      expect(r.text).toBe('a b');
      expect(r.problems).toEqual([expect.objectContaining({ kind: 'truncated', line: 2 })]);
    });

    it('maxLines: applies to input without a code too', () => {
      const r = parseReply('a\nb\nc\nd', { maxLines: 2 });
      expect(r.lines.map((l) => l.text)).toEqual(['a', 'b']);
      expect(kinds(r)).toEqual(['no-code', 'truncated']);
    });

    it('no truncation problem when the input fits', () => {
      const input = '250-a\r\n250 b';
      expect(parseReply(input, { maxLength: input.length, maxLines: 2 }).problems).toEqual([]);
    });

    it('ignores limits that are not positive numbers', () => {
      const input = '250-a\r\n250 b';
      for (const bad of [0, -1, Number.NaN]) {
        expect(parseReply(input, { maxLength: bad, maxLines: bad })).toEqual(parseReply(input));
      }
    });
  });
});
