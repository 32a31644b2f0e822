/**
 * parseBounce() on input that is not a good bounce: never a throw or a rejection, never a hang,
 * `kind: 'unknown'` (or a sensible reading) with `problems`, and time linear in size, checked as a
 * ratio of times between sizes (no absolute timing).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBounce, DEFAULT_MAX_BYTES } from '../../src/bounce/index.js';
import { EMAILS_DIR } from './eval.js';

const DSN = readFileSync(`${EMAILS_DIR}lhost-postfix-04.eml`, 'latin1');

function report(parts: string, boundary = 'b0'): string {
  return [
    'From: MAILER-DAEMON@mx.example.org',
    'To: sender@example.org',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    parts,
  ].join('\r\n');
}

const dsnPart = (rcpt: string, status = '5.1.1') =>
  [
    '--b0',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    '',
    `Final-Recipient: rfc822; ${rcpt}`,
    'Action: failed',
    `Status: ${status}`,
    `Diagnostic-Code: smtp; 550 ${status} <${rcpt}>: User unknown`,
    '',
  ].join('\r\n');

describe('not an email', () => {
  it.each([
    ['plain prose', 'hello, this is not an email at all'],
    ['an empty string', ''],
    ['white space', ' \r\n\r\n\t'],
    ['binary bytes', new Uint8Array([0, 1, 2, 255, 254, 0, 13, 10, 58])],
    ['JSON', '{"a": 1}'],
  ])('%s: kind unknown with a not-an-email problem', async (_name, input) => {
    const r = await parseBounce(input);
    expect(r.kind).toBe('unknown');
    expect(r.recipients).toEqual([]);
    expect(r.problems.map((p) => p.kind)).toContain('not-an-email');
  });

  it.each([null, undefined, 42, {}, ['a']])(
    '%j: kind unknown with an invalid-input problem, no throw',
    async (input) => {
      const r = await parseBounce(input as unknown as string);
      expect(r.kind).toBe('unknown');
      expect(r.problems.map((p) => p.kind)).toEqual(['invalid-input']);
    },
  );

  it('an email that is no report: kind unknown, unrecognised', async () => {
    const r = await parseBounce(
      'From: a@example.org\r\nTo: b@example.org\r\nSubject: Lunch?\r\n\r\nSee you at noon.\r\n',
    );
    expect(r.kind).toBe('unknown');
    expect(r.problems.map((p) => p.kind)).toEqual(['unrecognised']);
  });

  it('accepts an ArrayBuffer and an mbox "From " line before the headers', async () => {
    const bytes = new TextEncoder().encode(`From MAILER-DAEMON Thu Jan  1 00:00:00 2024\n${DSN}`);
    const r = await parseBounce(bytes.buffer);
    expect(r.kind).toBe('bounce');
    expect(r.recipients[0]?.recipient).toBe('kijitora@example.co.jp');
  });
});

describe('broken MIME', () => {
  it.each([0.2, 0.4, 0.6, 0.8])('a report cut at %d of its length: no throw', async (f) => {
    const r = await parseBounce(DSN.slice(0, Math.floor(DSN.length * f)));
    expect(['bounce', 'unknown']).toContain(r.kind);
    if (r.kind === 'unknown') expect(r.problems.length).toBeGreaterThan(0);
  });

  it('a boundary that never ends (no closing delimiter, parts left open)', async () => {
    const r = await parseBounce(
      report(`${dsnPart('a@example.com')}--b0\r\nContent-Type: message/rfc822\r\n\r\nSubject: x\r\n`),
    );
    expect(r.kind).toBe('bounce');
    expect(r.recipients.map((x) => x.recipient)).toEqual(['a@example.com']);
  });

  it('a boundary declared but never used: the fields in the body are still read', async () => {
    const r = await parseBounce(report(dsnPart('a@example.com').replace('--b0\r\n', ''), 'never-seen'));
    expect(r.recipients.map((x) => [x.recipient, x.status])).toEqual([['a@example.com', '5.1.1']]);
  });

  it('broken base64 in the text part', async () => {
    const r = await parseBounce(
      report(
        `--b0\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!@@@###this is not base64***\r\n${dsnPart('a@example.com')}--b0--\r\n`,
      ),
    );
    expect(r.kind).toBe('bounce');
    expect(r.recipients).toHaveLength(1);
  });

  it('an unknown charset: a charset problem, the report still read', async () => {
    const r = await parseBounce(
      report(
        `--b0\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n\r\nSorry.\r\n${dsnPart('a@example.com')}--b0--\r\n`,
      ),
    );
    expect(r.problems.map((p) => p.kind)).toContain('charset');
    expect(r.recipients).toHaveLength(1);
  });

  it('a report nested in a report: the outer one is read, the inner one is the returned message', async () => {
    const inner = report(dsnPart('inner@example.com'));
    const r = await parseBounce(
      report(
        `${dsnPart('outer@example.com')}--b0\r\nContent-Type: message/rfc822\r\n\r\n${inner.replaceAll('b0', 'b1')}\r\n--b0--\r\n`,
      ),
    );
    expect(r.recipients.map((x) => x.recipient)).toEqual(['outer@example.com']);
  });

  it('reports nested 300 deep: no throw, no hang', async () => {
    let msg = report(dsnPart('deep@example.com'));
    for (let i = 0; i < 300; i++) {
      msg = `From: x@example.org\r\nContent-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\nContent-Type: message/rfc822\r\n\r\n${msg}\r\n--n${i}--\r\n`;
    }
    const r = await parseBounce(msg);
    expect(['unknown', 'bounce']).toContain(r.kind);
  }, 30_000);

  it('a group without recipient or status is reported as incomplete', async () => {
    const r = await parseBounce(
      report(
        '--b0\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; x\r\n\r\nAction: failed\r\n--b0--\r\n',
      ),
    );
    expect(r.problems.map((p) => p.kind)).toContain('incomplete-report');
  });
});

describe('size', () => {
  it('a 50 MB message: only maxBytes are read (truncated), no throw', async () => {
    const filler = `${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkw'.repeat(1)}\r\n`.repeat((50 * 1024 * 1024) / 46);
    const msg = report(
      `${dsnPart('big@example.com')}--b0\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n${filler}--b0--\r\n`,
    );
    expect(msg.length).toBeGreaterThan(50 * 1000 * 1000);
    const r = await parseBounce(msg);
    expect(r.problems.map((p) => p.kind)).toContain('truncated');
    expect(r.recipients.map((x) => x.recipient)).toEqual(['big@example.com']);
    expect(DEFAULT_MAX_BYTES).toBe(10 * 1024 * 1024);
  }, 60_000);

  it('maxRecipients caps the recipients and says so', async () => {
    const parts = Array.from({ length: 30 }, (_, i) => dsnPart(`u${i}@example.com`)).join('');
    const r = await parseBounce(report(`${parts}--b0--\r\n`), { maxRecipients: 5 });
    expect(r.recipients).toHaveLength(5);
    expect(r.problems.map((p) => p.kind)).toContain('too-many-recipients');
  });
});

/** Median time of a few runs, in ms. */
async function time(input: string): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await parseBounce(input);
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

describe('time is linear in size (ratio of times, 4× the size)', () => {
  const textBounce = (n: number, line: (i: number) => string) =>
    [
      'From: MAILER-DAEMON@mx.example.org',
      'Subject: failure notice',
      '',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      ...Array.from({ length: n }, (_, i) => line(i)),
    ].join('\n');
  it.each([
    ['recipient lines', (i: number) => `<user${i}@example.com>:\n192.0.2.1 said: 550 5.1.1 user unknown (#5.1.1)`],
    ['one long line of @', (i: number) => '@'.repeat(60 + (i % 3))],
    ['digits and dots', (i: number) => `5.5.5.5.5.${i}.550.550-550:550,${'9'.repeat(40)}`],
    ['html-ish', (i: number) => `<p>&amp;<br>${i}<td>`],
  ])(
    '%s',
    async (_name, line) => {
      await time(textBounce(2000, line)); // warm up
      const small = await time(textBounce(10_000, line));
      const large = await time(textBounce(40_000, line));
      // Linear means about 4×; quadratic would be 16×. Allow for noise and GC.
      expect(large / Math.max(small, 0.5)).toBeLessThan(9);
    },
    60_000,
  );
});
