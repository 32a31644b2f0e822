import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(ROOT, 'src/cli/main.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `smtp-reply scan …` from the sources, optionally with standard input. */
function scan(args: readonly string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', MAIN, 'scan', ...args],
      { cwd: ROOT, maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== 'number') reject(err);
        else resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
      },
    );
    if (stdin !== undefined) child.stdin!.end(stdin);
    else child.stdin!.end();
  });
}

const bounced = (n: number, domain: string) =>
  `Jan 10 10:00:${String(n % 60).padStart(2, '0')} mail postfix/smtp[${1000 + n}]: ${(0x4f9d5c0000 + n).toString(16).toUpperCase()}: to=<user${n}@${domain}>, relay=mx.${domain}[192.0.2.10]:25, delay=1, delays=0/0/0.5/0.5, dsn=5.1.1, status=bounced (host mx.${domain}[192.0.2.10] said: 550 5.1.1 <user${n}@${domain}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))`;
const greylisted = (n: number) =>
  `2024-01-10 10:00:02 1rNXyZ-0001Ab-${String(n).padStart(2, '0')} == grey${n}@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [198.51.100.7]: SMTP error from remote mail server after RCPT TO:<grey${n}@example.org>: 451 4.7.1 Greylisting in action, please come back in 5 minutes`;
const SENT =
  'Jan 10 10:00:05 mail postfix/smtp[12349]: 8D4E5F6A7B: to=<b@example.com>, relay=mx.example.com[192.0.2.10]:25, delay=0.5, delays=0.01/0/0.2/0.3, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4XyZ12)';
const FULL =
  'Jan 10 10:00:05 mail sm-mta[4325]: 40AA05x5004325: to=<full@example.net>, delay=00:00:01, mailer=esmtp, pri=1, relay=mx.example.net. [203.0.113.5], dsn=4.2.2, stat=Deferred: 452 4.2.2 Mailbox full';
const NOISE = 'Jan 10 10:00:06 mail postfix/smtpd[3333]: connect from unknown[203.0.113.9]';
const NO_STATUS = 'Jan 10 10:00:15 mail postfix/smtp[12356]: 0A1B2C3D4F: to=<i@example.com>, relay=none, delay=0';
const BINARY = 'garbage \u0000\u0001 line';

let dir = '';
let log = '';
let lines: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smtp-reply-scan-'));
  lines = [];
  for (let i = 0; i < 30; i++) lines.push(bounced(i, i % 3 === 0 ? 'example.com' : 'gmail.com'));
  for (let i = 0; i < 10; i++) lines.push(greylisted(i));
  lines.push(SENT, FULL, NOISE, NO_STATUS, BINARY, 'x'.repeat((1 << 20) + 10), NOISE);
  log = join(dir, 'mail.log');
  // CRLF line ends, and no line end after the last line.
  writeFileSync(log, lines.join('\r\n'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('smtp-reply scan', () => {
  it('prints counts by category, bounce type and recipient domain, with one example per category', async () => {
    const r = await scan([log]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toContain(
      'Scanned 47 lines: 42 delivery attempts (30 bounced, 11 deferred, 1 sent, 0 other), 2 other lines, 3 unreadable.',
    );
    expect(out).toContain('Failed or deferred recipients: 41');
    expect(out).toMatch(/^ {2}user-unknown +30 {2}\(30 hard bounces\)$/m);
    expect(out).toMatch(/^ {2}greylisted +10 {2}\(10 retryable\)$/m);
    expect(out).toMatch(/^ {2}mailbox-full +1 {2}\(1 retryable\)$/m);
    expect(out).toContain(
      'e.g. 550 5.1.1 <user0@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
    );
    expect(out).toContain('e.g. 451 4.7.1 Greylisting in action, please come back in 5 minutes');
    expect(out).toMatch(/^ {2}hard +30$/m);
    expect(out).toMatch(/^ {2}soft +11$/m);
    expect(out).toMatch(/^ {2}gmail\.com +20 {2}\(20 hard\)$/m);
    expect(out).toMatch(/^ {2}example\.com +10 {2}\(10 hard\)$/m);
    expect(out).toMatch(/^ {2}example\.org +10$/m);
    expect(out).toContain('Unreadable lines: 3 (--verbose lists them)');
  });

  it('--verbose lists the unreadable lines with their numbers and reasons', async () => {
    const r = await scan(['--verbose', log]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Unreadable lines (3):');
    expect(r.stdout).toContain(
      '  line 44: Postfix line with to= but no status=: Jan 10 10:00:15 mail postfix/smtp[12356]',
    );
    expect(r.stdout).toContain('  line 45: not text (NUL bytes or invalid UTF-8): garbage \\x00\\x01 line');
    expect(r.stdout).toMatch(/ {2}line 46: longer than 1048576 characters: x{160}…/);
  });

  it('--json writes one object per delivery attempt, classified when it failed', async () => {
    const r = await scan(['--json', log]);
    expect(r.code).toBe(0);
    const events = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events).toHaveLength(42);
    expect(events[0]).toMatchObject({
      line: 1,
      format: 'postfix',
      kind: 'bounced',
      recipient: 'user0@example.com',
      host: 'mx.example.com',
      dsn: '5.1.1',
      command: 'RCPT',
      reply: '550 5.1.1 <user0@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
      classification: {
        code: 550,
        enhanced: '5.1.1',
        category: 'user-unknown',
        bounce: 'hard',
        retryable: false,
        rule: 'enhanced.1.1',
      },
    });
    expect(events[30]).toMatchObject({
      line: 31,
      format: 'exim',
      kind: 'deferred',
      classification: { category: 'greylisted', retryable: true, retryAfter: 300 },
    });
    expect(events[40]).toMatchObject({ line: 41, kind: 'sent', classification: null });
    expect(events[41]).toMatchObject({
      line: 42,
      format: 'sendmail',
      classification: { category: 'mailbox-full', retryable: true },
    });
    expect(r.stderr).toBe('smtp-reply scan: 3 unreadable line(s); --verbose lists them\n');
  });

  it('reads standard input with -', async () => {
    const r = await scan(['-'], `${lines.slice(0, 3).join('\n')}\n${SENT}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Scanned 4 lines: 4 delivery attempts (3 bounced, 0 deferred, 1 sent, 0 other), 0 other lines, 0 unreadable.',
    );
  });

  it('says so when nothing failed', async () => {
    const r = await scan(['-'], `${NOISE}\n${SENT}\n`);
    expect(r.stdout).toContain('No failed or deferred deliveries.');
  });

  it('exits 1 for a file it cannot open, 2 for usage errors', async () => {
    const missing = await scan([join(dir, 'missing.log')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*missing\.log: ENOENT/);
    expect(missing.stdout).toBe('');
    const none = await scan([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give one log file, or - for standard input');
    const unknown = await scan(['--frobnicate', log]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--frobnicate'");
  });

  it('prints its help', async () => {
    const r = await scan(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: smtp-reply scan [options] <file|->');
  });
});

describe('smtp-reply scan through a closed pipe', () => {
  it('stops quietly when the reader goes away', async () => {
    const big = join(dir, 'big.log');
    writeFileSync(big, `${Array.from({ length: 20_000 }, (_, i) => bounced(i, 'example.com')).join('\n')}\n`);
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'scan', '--json', big], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', resolve);
    });
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('smtp-reply scan: Postfix expiry (issue 13)', { timeout: 30_000 }, () => {
  it('counts a qmgr "status=expired, returned to sender" line as a final failure', async () => {
    const expired =
      'Jan 10 10:00:14 mail postfix/qmgr[4444]: 4F9D5C1234: from=<sender@example.org>, status=expired, returned to sender';
    const r = await scan(['-'], `${NOISE}\n${expired}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(1 bounced, 0 deferred, 0 sent, 0 other)');
    expect(r.stdout).toMatch(/\n {2}expired +1\n/);
    expect(r.stdout).not.toContain('retryable');
    const json = await scan(['--json', '-'], `${expired}\n`);
    const e = JSON.parse(json.stdout.trim()) as {
      kind: string;
      classification: { category: string; retryable: boolean };
    };
    expect([e.kind, e.classification.category, e.classification.retryable]).toEqual(['bounced', 'expired', false]);
  });
});
