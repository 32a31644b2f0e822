import { describe, expect, it } from 'vitest';
import { classify, LogSummarizer, parseLogLine, type LogEvent } from '../src/index.js';

const LINES = [
  'Jan 10 10:00:01 mail postfix/smtp[1]: 4F9D5C1234: to=<ann@example.com>, relay=mx.example.com[192.0.2.10]:25, delay=1, delays=0/0/0.5/0.5, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.10] said: 550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))',
  'Jan 10 10:00:02 mail postfix/smtp[1]: 5A1B2C3D4E: to=<bob@Example.COM>, relay=mx.example.com[192.0.2.10]:25, delay=1, delays=0/0/0.5/0.5, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.10] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))',
  'Jan 10 10:00:03 mail postfix/smtp[1]: 6B2C3D4E5F: to=<cat@example.org>, relay=mx.example.org[198.51.100.7]:25, delay=1, delays=0/0/0.5/0.5, dsn=4.7.1, status=deferred (host mx.example.org[198.51.100.7] said: 450 4.7.1 <cat@example.org>: Recipient address rejected: Greylisted (in reply to RCPT TO command))',
  'Jan 10 10:00:04 mail postfix/smtp[1]: 7C3D4E5F6A: to=<dan@example.org>, relay=mx.example.org[198.51.100.7]:25, delay=1, delays=0/0/0.5/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4XyZ12)',
  'Jan 10 10:00:05 mail sm-mta[2]: 40AA01x1004321: to=<eve@example.net>,<fay@example.net>, delay=00:00:01, mailer=esmtp, pri=1, relay=mx.example.net. [203.0.113.5], dsn=5.2.2, stat=Mailbox full',
];

function feed(s: LogSummarizer, lines: readonly string[]): void {
  for (const line of lines) {
    const e = parseLogLine(line);
    if (e) s.add(e);
    else s.ignore();
  }
}

describe('LogSummarizer', () => {
  it('counts attempts per line and failures per recipient, by category, bounce type and domain', () => {
    const s = new LogSummarizer();
    feed(s, [...LINES, 'Jan 10 10:00:06 mail postfix/smtpd[3]: connect from unknown[203.0.113.9]']);
    s.unreadable(7, 'Postfix line with to= but no status=', 'Jan 10 … to=<x@example.com>, relay=none');
    const r = s.summary();
    expect(r).toMatchObject({
      lines: 7,
      attempts: 5,
      ignored: 1,
      unreadable: 1,
      failures: 5,
      byKind: { bounced: 3, deferred: 1, sent: 1, other: 0 },
      byFormat: { postfix: 4, exim: 0, sendmail: 1 },
      byBounce: { hard: 2, soft: 3, none: 0 },
      otherDomains: 0,
    });
    expect(r.byCategory).toEqual([
      { category: 'mailbox-full', count: 2, hard: 0, retryable: 0, example: '5.2.2 Mailbox full' },
      {
        category: 'user-unknown',
        count: 2,
        hard: 2,
        retryable: 0,
        example: '550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown',
      },
      {
        category: 'greylisted',
        count: 1,
        hard: 0,
        retryable: 1,
        example: '450 4.7.1 <cat@example.org>: Recipient address rejected: Greylisted',
      },
    ]);
    expect(r.byDomain).toEqual([
      { domain: 'example.com', count: 2, hard: 2 },
      { domain: 'example.net', count: 2, hard: 0 },
      { domain: 'example.org', count: 1, hard: 0 },
    ]);
    expect(r.unreadableLines).toEqual([
      { line: 7, reason: 'Postfix line with to= but no status=', text: 'Jan 10 … to=<x@example.com>, relay=none' },
    ]);
  });

  it('uses a classification it is given and returns the one it made', () => {
    const s = new LogSummarizer();
    const event = parseLogLine(LINES[0]!)!;
    const made = s.add(event);
    expect(made).toEqual(classify(event.reply, { command: 'RCPT' }));
    const given = classify('452 4.2.2 Mailbox full');
    expect(s.add(event, given)).toBe(given);
    expect(s.add(parseLogLine(LINES[3]!)!)).toBeNull();
    expect(s.summary().byCategory.map((c) => c.category)).toEqual(['mailbox-full', 'user-unknown']);
  });

  it('keeps memory bounded: domains beyond maxDomains and unreadable lines beyond maxUnreadable are only counted', () => {
    const s = new LogSummarizer({ maxDomains: 2, maxUnreadable: 1, maxText: 10 });
    const base = parseLogLine(LINES[0]!)!;
    for (const domain of ['a.example', 'b.example', 'c.example', 'd.example', 'a.example']) {
      const e: LogEvent = { ...base, recipient: `x@${domain}`, recipients: [`x@${domain}`] };
      s.add(e);
    }
    s.unreadable(1, 'r', 'abcdefghijklmnop');
    s.unreadable(2, 'r', 'second');
    const r = s.summary();
    expect(r.byDomain).toEqual([
      { domain: 'a.example', count: 2, hard: 2 },
      { domain: 'b.example', count: 1, hard: 1 },
    ]);
    expect(r.otherDomains).toBe(2);
    expect(r.unreadable).toBe(2);
    expect(r.unreadableLines).toEqual([{ line: 1, reason: 'r', text: 'abcdefghij…' }]);
    expect(r.byCategory[0]!.example).toBe('550 5.1.1 …');
  });

  it('counts a failure without a recipient under the empty domain', () => {
    const s = new LogSummarizer();
    s.add({ ...parseLogLine(LINES[2]!)!, recipient: null, recipients: [] });
    expect(s.summary().byDomain).toEqual([{ domain: '', count: 1, hard: 0 }]);
  });

  it('returns snapshots that later calls do not change', () => {
    const s = new LogSummarizer();
    feed(s, LINES.slice(0, 1));
    const first = s.summary();
    feed(s, LINES.slice(1));
    expect(first.failures).toBe(1);
    expect(first.byCategory[0]!.count).toBe(1);
    expect(s.summary().failures).toBe(5);
  });

  it.each([
    [{ maxDomains: 0 }, /maxDomains must be a positive integer, got 0/],
    [{ maxDomains: 1.5 }, /maxDomains/],
    [{ maxUnreadable: -1 }, /maxUnreadable must be a non-negative integer/],
    [{ maxText: Number.NaN }, /maxText/],
  ])('throws RangeError for bad options %o', (options, message) => {
    expect(() => new LogSummarizer(options)).toThrow(RangeError);
    expect(() => new LogSummarizer(options)).toThrow(message);
  });
});
