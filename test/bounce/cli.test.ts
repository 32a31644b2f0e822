/** `smtp-reply bounce`, run from the sources: a file, an mbox, a Maildir, standard input, --json, the summary. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMAILS_DIR } from './eval.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'src/cli/main.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function bounce(args: readonly string[], stdin?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', MAIN, 'bounce', ...args],
      { cwd: ROOT, maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== 'number') reject(err);
        else resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
      },
    );
    child.stdin!.end(stdin);
  });
}

const SAMPLE = ['lhost-postfix-04.eml', 'lhost-qmail-01.eml', 'arf-17.eml', 'rfc3834-02.eml', 'lhost-exim-01.eml'];
let dir: string;
let mbox: string;
let maildir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smtp-reply-bounce-'));
  // An mbox: each message after a "From " line, "From " lines of bodies escaped as ">From ".
  mbox = join(dir, 'bounces.mbox');
  const parts = SAMPLE.map((f) => {
    const text = readFileSync(join(EMAILS_DIR, f), 'latin1')
      .replace(/\r\n/g, '\n')
      .replace(/^From /gm, '>From ');
    return `From MAILER-DAEMON Thu Jan  1 00:00:00 2024\n${text}${text.endsWith('\n') ? '' : '\n'}\n`;
  });
  writeFileSync(mbox, parts.join(''), 'latin1');
  maildir = join(dir, 'Maildir');
  for (const sub of ['new', 'cur', 'tmp']) mkdirSync(join(maildir, sub), { recursive: true });
  copyFileSync(join(EMAILS_DIR, SAMPLE[0]!), join(maildir, 'new', '1700000000.1.host'));
  copyFileSync(join(EMAILS_DIR, SAMPLE[2]!), join(maildir, 'cur', '1700000001.2.host:2,S'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('smtp-reply bounce', () => {
  it('one file: one tab-separated line per recipient, then the summary', async () => {
    const r = await bounce([join(EMAILS_DIR, 'lhost-postfix-04.eml')]);
    expect(r.code).toBe(0);
    const [line] = r.stdout.split('\n');
    expect(line!.split('\t').slice(1)).toEqual([
      'bounce',
      'kijitora@example.co.jp',
      '5.1.1',
      '550',
      'user-unknown',
      'hard',
    ]);
    expect(r.stdout).toContain('Read 1 email, 1 recipient.');
    expect(r.stdout).toMatch(/By category:\n {2}user-unknown +1/);
    expect(r.stdout).toMatch(/hard +1/);
  }, 30_000);

  it('an mbox: every message, in order, with kinds in the summary', async () => {
    const r = await bounce([mbox]);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.includes('\t'));
    expect(rows.map((l) => l.split('\t').slice(0, 3))).toEqual([
      [`${mbox}#1`, 'bounce', 'kijitora@example.co.jp'],
      [`${mbox}#2`, 'bounce', 'kijitora@example.ne.jp'],
      [`${mbox}#3`, 'complaint', 'kijitora@example.com'],
      [`${mbox}#3`, 'complaint', 'sabatora@example.net'],
      [`${mbox}#4`, 'auto-reply', 'nekonyaan@example.org'],
      [`${mbox}#5`, 'bounce', 'kijitora@example.ed.jp'],
    ]);
    expect(r.stdout).toContain('Read 5 emails, 6 recipients.');
    expect(r.stdout).toMatch(/By kind:\n {2}bounce +3\n {2}auto-reply +1\n {2}complaint +1/);
  }, 30_000);

  it('a Maildir: new/ then cur/', async () => {
    const r = await bounce([maildir]);
    const rows = r.stdout.split('\n').filter((l) => l.includes('\t'));
    expect(rows.map((l) => l.split('\t')[1])).toEqual(['bounce', 'complaint', 'complaint']);
    expect(r.stdout).toContain('Read 2 emails, 3 recipients.');
  }, 30_000);

  it('standard input, one email, --json: one object per email, the summary on stderr', async () => {
    const r = await bounce(['--json', '-'], readFileSync(join(EMAILS_DIR, 'lhost-qmail-01.eml')));
    const objects = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(objects).toHaveLength(1);
    expect(objects[0]).toMatchObject({
      source: 'stdin',
      kind: 'bounce',
      format: 'text',
      recipients: [{ recipient: 'kijitora@example.ne.jp', status: '5.5.0', code: 550, category: 'user-unknown' }],
    });
    expect(r.stderr).toContain('Read 1 email, 1 recipient.');
  }, 30_000);

  it('standard input holding an mbox, with --progress on stderr', async () => {
    const r = await bounce(['--progress', '-'], readFileSync(mbox));
    expect(r.stdout).toContain('Read 5 emails');
    expect(r.stderr).toContain('emails,');
  }, 30_000);

  it('usage errors exit 2, a missing file exits 1', async () => {
    expect((await bounce([])).code).toBe(2);
    expect((await bounce(['--nope', 'x'])).code).toBe(2);
    const missing = await bounce([join(dir, 'missing.eml')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read');
  }, 30_000);
});
