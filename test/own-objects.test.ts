/**
 * The library's own objects go back in: a parsed reply, a classification, a log event and a DSN
 * recipient classify like the text they came from (category, retryable, bounce), on generated
 * replies as well as on the corpus.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Classification, classify, parseDsnFields, parseLogLine, parseReply } from '../src/index.js';
import { replyish, replyLines } from './helpers/fuzz-properties.js';

const decision = (r: Classification) => ({ category: r.category, retryable: r.retryable, bounce: r.bounce });

const corpus: string[] = readFileSync(new URL('./fixtures/corpus/sisimai-dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { diagnosticcode_raw: string }).diagnosticcode_raw);

/** A Postfix log line reporting `reply` as the answer to RCPT TO. */
const postfixLine = (reply: string) =>
  `Jan 10 10:00:01 mail postfix/smtp[12345]: 4F9D5C1234: to=<a@example.com>, relay=mx.example.com[192.0.2.10]:25, delay=1.2, dsn=5.0.0, status=bounced (host mx.example.com[192.0.2.10] said: ${reply} (in reply to RCPT TO command))`;

/** One line, no line breaks or parentheses (which a log line would read as its own structure). */
const oneLine = (s: string) => s.replace(/[\r\n()\u0085\u2028\u2029]+/g, ' ').trim();

describe('the library’s own objects classify like their text', () => {
  const replies = fc.oneof(replyish, replyLines, fc.constantFrom(...corpus));

  it('classify(parseReply(s)) equals classify(s)', () => {
    fc.assert(
      fc.property(replies, (s) => {
        expect(decision(classify(parseReply(s)))).toEqual(decision(classify(s)));
      }),
      { numRuns: 2000 },
    );
  });

  it('classify(result.reply) and classify(result) equal classify(s)', () => {
    fc.assert(
      fc.property(replies, fc.constantFrom(undefined, 'RCPT', 'MAIL', 'CONNECT', 'DATA'), (s, command) => {
        const first = classify(s, { command });
        expect(decision(classify(first.reply, { command }))).toEqual(decision(first));
        // A classification carries its command: passed back whole, it needs no option.
        expect(decision(classify(first))).toEqual(decision(first));
      }),
      { numRuns: 2000 },
    );
  });

  it('classify(parseLogLine(line)) equals classify(s) for the command the line names', () => {
    let read = 0;
    fc.assert(
      fc.property(replies, (s) => {
        const reply = oneLine(s);
        const event = parseLogLine(postfixLine(reply));
        if (event === null || reply === '') return;
        read++;
        expect(event.command).toBe('RCPT');
        expect(decision(classify(event))).toEqual(decision(classify(event.reply, { command: 'RCPT' })));
      }),
      { numRuns: 1000 },
    );
    expect(read).toBeGreaterThan(500);
  });

  it('a DSN recipient classifies like its diagnostic code', () => {
    for (const s of corpus) {
      const dsn = parseDsnFields(
        `Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; ${oneLine(s)}\n`,
      );
      const rcpt = dsn.recipients[0]!;
      expect(decision(classify(rcpt)), s).toEqual(
        decision(classify(rcpt.reply, rcpt.command ? { command: rcpt.command } : undefined)),
      );
    }
  });

  it('a hostile object shaped like a parsed reply is read once and never throws', () => {
    let reads = 0;
    const lines = [
      {
        code: 550,
        separator: ' ',
        enhanced: '5.1.1',
        get text() {
          reads++;
          if (reads > 1) throw new Error('read twice');
          return 'User unknown';
        },
      },
    ];
    const parsed = { code: 550, enhanced: '5.1.1', lines, text: 'User unknown', prefix: '', suffix: '', problems: [] };
    const r = classify(parsed);
    expect(r.category).toBe('user-unknown');
    expect(r.malformed).toBe(false);
    expect(reads).toBe(1);
    // Not a parsed reply (a line without text): read as an error-like object instead, and flagged.
    const odd = classify({ ...parsed, lines: [{ code: 550 }], text: 42 });
    expect(odd.malformed).toBe(true);
  });
});
