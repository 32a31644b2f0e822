/**
 * The readers never throw on what they are given to read, whatever it holds, and never change it.
 * fast-check builds the inputs: arbitrary values for the nodemailer reader, and arbitrary text
 * mixed with the tokens the log and DSN readers look for, so that their branches are reached.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  classifyNodemailerError,
  fromNodemailerError,
  LogSummarizer,
  parseDsnFields,
  parseLogLine,
} from '../src/index.js';

const TOKENS = [
  ' ',
  ', ',
  ': ',
  '(',
  ')',
  '[',
  ']',
  '<',
  '>',
  '"',
  '\\n',
  '\n',
  '\r\n',
  '\t',
  ';',
  '=',
  'to=<a@b.example>',
  'status=',
  'stat=',
  'relay=',
  'dsn=5.1.1',
  'reply=',
  'postfix/smtp[1]:',
  'sm-mta[2]:',
  'exim[3]:',
  '4F9D5C1234:',
  '1rNXyZ-0001Ab-Cd',
  '**',
  '==',
  '=>',
  'H=',
  'C="',
  'R=',
  'defer (-44)',
  'host mx[192.0.2.1] said: ',
  '(in reply to RCPT TO command)',
  'SMTP error from remote mail server after ',
  'connect to ',
  'lost connection with ',
  ' while sending ',
  '550 5.1.1 ',
  '451-4.7.1 ',
  'Final-Recipient: rfc822; ',
  'Diagnostic-Code: smtp; ',
  'Action: failed',
  'Status: 5.1.1',
  'Reporting-MTA: dns; ',
  '    ',
  'Jan 10 10:00:01 mail ',
  '2024-01-10 10:00:01 ',
];
const text = fc
  .array(
    fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('input readers: properties', () => {
  it('parseLogLine returns null or an event whose reply is a string, for any text', () => {
    fc.assert(
      fc.property(text, (line) => {
        const e = parseLogLine(line);
        if (e !== null) {
          expect(typeof e.reply).toBe('string');
          expect(e.recipients.length === 0 || e.recipient === e.recipients[0]).toBe(true);
          new LogSummarizer().add(e);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('parseDsnFields keeps every non-blank line: as a field line, a continuation or a skipped line', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = parseDsnFields(t);
        const fields = [...r.fields, ...r.recipients.flatMap((x) => x.fields)];
        const lines = new Set([...fields.map((f) => f.line), ...r.skipped.map((x) => x.line)]);
        const starts = t
          .split(/\r\n|\r|\n/)
          .map((l, i) => [l, i] as const)
          .filter(([l]) => l.trim() !== '' && !/^[ \t]/.test(l));
        for (const [, i] of starts) expect(lines.has(i)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('fromNodemailerError and classifyNodemailerError never throw and never change their input', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 3 }), (value) => {
        const before = fc.stringify(value);
        const failures = fromNodemailerError(value);
        for (const f of failures) expect(typeof f.reply).toBe('string');
        expect(classifyNodemailerError(value).length).toBeGreaterThanOrEqual(0);
        expect(fc.stringify(value)).toBe(before);
      }),
      { numRuns: 3000 },
    );
  });
});
