import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from '../src/locales/de/core.js';
import { ptBR } from '../src/locales/pt-BR/core.js';

/** The repository root (this file is in test/). */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The public fields of one `--json` line (toJson in src/cli/output.ts). */
const JSON_FIELDS = [
  'input',
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
];

/**
 * Runs the CLI from source (a build is not guaranteed when the tests run), with tsx as the loader.
 * NO_COLOR keeps the output plain whatever the terminal.
 */
function cli(args: readonly string[], stdin?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    input: stdin ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

// Each test starts one or two Node processes with the TypeScript loader; allow for a slow machine.
describe('smtp-reply CLI', { timeout: 30_000 }, () => {
  it('classifies a reply given as an argument and prints its category', () => {
    const r = cli(['550 5.1.1 User unknown']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('user-unknown');
    expect(r.stdout).toContain('550 5.1.1');
    expect(r.stderr).toBe('');
  });

  it('prints the texts for both readers: the fix for the operator and the message for the sender', () => {
    const r = cli(['550 5.1.1 User unknown']);
    expect(r.stdout).toMatch(/\n {2}How to fix: .+\n {2}For the sender: This email address doesn't exist\./);
    const de = cli(['--locale', 'de', '550 5.1.1 User unknown']);
    expect(de.stdout).toContain('  Für den Absender: ');
  });

  it('--json prints one parseable JSON object per reply with the public field names', () => {
    const r = cli(['--json', '550 5.1.1 User unknown', '451 4.7.1 Greylisted, please try again in 300 seconds']);
    expect(r.status).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(2);
    for (const o of out) expect(Object.keys(o).sort()).toEqual([...JSON_FIELDS].sort());
    expect(out[0]).toMatchObject({
      input: '550 5.1.1 User unknown',
      code: 550,
      enhanced: '5.1.1',
      class: 'permanent',
      retryable: false,
      bounce: 'hard',
      category: 'user-unknown',
      malformed: false,
      problems: [],
    });
    expect(out[1]).toMatchObject({
      code: 451,
      class: 'transient',
      retryable: true,
      category: 'greylisted',
      retryAfter: 300,
    });
  });

  it('reads a multi-line reply from standard input as one reply', () => {
    const r = cli(['--json'], '250-a\n250 b\n');
    expect(r.status).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ code: 250, class: 'success', category: 'success', malformed: false, problems: [] });
  });

  it('reads one reply per line of standard input', () => {
    const r = cli(['--json'], '550 5.1.1 User unknown\r\n\n421 4.7.0 Try again later\n');
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout).map((o) => o['code'])).toEqual([550, 421]);
  });

  it('--command is passed to the classifier', () => {
    const r = cli(['--json', '--command', 'RCPT', '552 Requested mail action aborted']);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)[0]).toMatchObject({ command: 'RCPT', category: 'too-many-recipients', retryable: true });
  });

  it('an unknown option exits 2 with the usage on stderr', () => {
    const r = cli(['--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: smtp-reply');
    expect(r.stderr).toContain('--bogus');
    expect(r.stdout).toBe('');
  });

  it('--help exits 0 with the usage on stdout', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: smtp-reply');
    expect(r.stdout).toContain('--json');
  });

  it('--locale de prints German texts', () => {
    const r = cli(['--locale', 'de', '550 5.1.1 User unknown']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Dauerhafter Fehler');
    expect(r.stdout).toContain('Beschreibung');
    expect(r.stdout).toContain('user-unknown');
  });

  it('--locale de --json gives the German description', () => {
    const en = jsonLines(cli(['--json', '550 5.1.1 User unknown']).stdout)[0]!;
    const de = jsonLines(cli(['--json', '--locale', 'de', '550 5.1.1 User unknown']).stdout)[0]!;
    expect(de['category']).toBe('user-unknown');
    expect(de['description']).not.toBe(en['description']);
    expect(de['description']).toMatch(/Postfach/);
  });

  it('an unknown locale exits 2 and names the locales', () => {
    const r = cli(['--locale', 'xx', '550 5.1.1 User unknown']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("'xx'");
    expect(r.stderr).toContain('de');
    expect(r.stdout).toBe('');
  });

  // Issue 13: CLI polish.
  it('ends quietly when the reader goes away (| head -1): no EPIPE stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smtp-reply-cli-'));
    try {
      const input = join(dir, 'in.txt');
      const err = join(dir, 'err.txt');
      writeFileSync(input, '550 5.1.1 User unknown\n'.repeat(20_000));
      const r = spawnSync(
        'bash',
        [
          '-c',
          `"$0" --import tsx src/cli/main.ts < "$1" 2> "$2" | head -1; echo "status=\${PIPESTATUS[0]}"`,
          process.execPath,
          input,
          err,
        ],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 },
      );
      expect(r.stdout.split('\n')[0]).toBe('550 5.1.1 User unknown');
      expect(r.stdout).toContain('status=0');
      expect(readFileSync(err, 'utf8')).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--command with an unknown name is a usage error that lists the valid commands', () => {
    const r = cli(['--command', 'FOO', '552 Too many recipients']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("unknown command 'FOO'");
    for (const c of ['CONNECT', 'EHLO', 'MAIL', 'RCPT', 'DATA']) expect(r.stderr).toContain(c);
  });

  it('--command takes the usual spellings: rcpt, RCPT TO', () => {
    for (const command of ['rcpt', 'RCPT TO']) {
      const r = jsonLines(cli(['--json', '--command', command, '552 Requested mail action aborted']).stdout)[0]!;
      expect(r['command']).toBe('RCPT');
    }
  });

  it('--locale is case-insensitive: pt-br, PT-BR', () => {
    for (const tag of ['pt-br', 'PT-BR', 'pt_BR']) {
      const r = cli(['--locale', tag, '550 5.1.1 User unknown']);
      expect(r.status, tag).toBe(0);
      expect(r.stdout).toContain(ptBR.classes?.permanent);
    }
  });

  it('prints the decision in the words of --locale, with single spaces in the summary line', () => {
    const r = cli([
      '--locale',
      'de',
      '451 4.7.1 Greylisted, please try again in 300 seconds',
      '550 5.1.1 User unknown',
    ]);
    const summaries = r.stdout.split('\n').filter((l) => /^\d{3} /.test(l) && l.includes(' · '));
    expect(summaries).toEqual([
      `451 4.7.1 ${de.classes?.transient} · greylisted · ${de.labels?.retryable}: ${de.labels?.yes}`,
      `550 5.1.1 ${de.classes?.permanent} · user-unknown · ${de.labels?.hardBounce} · ${de.labels?.retryable}: ${de.labels?.no}`,
    ]);
    expect(r.stdout).not.toMatch(/retry later|bounce \(hard\)|do not retry/);
    const english = cli(['552 5.2.2 Mailbox full', 'no code at all']).stdout.split('\n');
    for (const line of english.filter((l) => l.includes(' · '))) expect(line).not.toContain('  ');
  });
});
