/**
 * The code in docs/examples/ is what docs/nodemailer.md and docs/bounce-notice.md show. Here it is
 * type-checked with the project's compiler options (`smtp-reply` mapped to src/) and run against
 * a scripted transport: nothing is sent.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = ['docs/examples/nodemailer-retry.ts', 'docs/examples/bounce-notice.ts'];

// The examples import 'smtp-reply' as users do. That name resolves to dist/, which is built after
// the tests; so each example runs from a copy whose 'smtp-reply' imports point at src/.
const COPIES = mkdtempSync(join(tmpdir(), 'smtp-reply-examples-'));
afterAll(() => rmSync(COPIES, { recursive: true, force: true }));

async function loadExample<T>(example: string): Promise<T> {
  const source = readFileSync(`${ROOT}${example}`, 'utf8')
    .replace(
      /from 'smtp-reply\/locales\/([\w-]+)(\/core)?'/g,
      (_, tag: string, core: string | undefined) =>
        `from '${pathToFileURL(`${ROOT}src/locales/${tag}/${core ? 'core' : 'index'}.ts`).href}'`,
    )
    .split("from 'smtp-reply'")
    .join(`from '${pathToFileURL(`${ROOT}src/index.ts`).href}'`);
  const copy = join(COPIES, example.split('/').pop()!);
  writeFileSync(copy, source);
  return (await import(pathToFileURL(copy).href)) as T;
}

// Their shapes, written out: importing the examples' types here would make the project's tsc
// resolve 'smtp-reply' to dist/ too (the examples are type-checked above, with src/).
type Result = import('../src/index.js').RecipientClassification;
type Entry = { address: string; result: Result };
interface RetryExample {
  sendWithRetry(
    transport: { sendMail(message: { to?: unknown }): Promise<unknown> },
    message: Record<string, unknown>,
    to: readonly string[],
    options: {
      suppressions: { has(a: string): boolean; add(a: string, r: Result): void };
      policy?: { maxAttempts: number; baseDelaySeconds: number; maxDelaySeconds: number };
      sleep?: (seconds: number) => Promise<void>;
    },
  ): Promise<{
    delivered: string[];
    suppressed: Entry[];
    failed: Entry[];
    gaveUp: Entry[];
    skipped: string[];
    waits: number[];
  }>;
  backoffSeconds(retry: number, retryAfter: number | null, policy?: object, random?: () => number): number;
}
interface NoticeExample {
  noticeFor(
    reply: unknown,
    message: { recipient: string; subject?: string; language?: string; gaveUp?: boolean },
  ): import('../src/index.js').BounceNotice | null;
}

describe('docs/examples type-check', () => {
  it('compiles without errors under the project tsconfig', () => {
    const configPath = `${ROOT}tsconfig.json`;
    const config = ts.readConfigFile(configPath, (p) => readFileSync(p, 'utf8'));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
    const options: ts.CompilerOptions = {
      ...parsed.options,
      noEmit: true,
      baseUrl: ROOT,
      // Under exactOptionalPropertyTypes as well: the examples pass `undefined` for options left out.
      exactOptionalPropertyTypes: true,
      paths: {
        'smtp-reply': ['src/index.ts'],
        'smtp-reply/locales/*/core': ['src/locales/*/core.ts'],
        'smtp-reply/locales/*': ['src/locales/*/index.ts'],
      },
    };
    const program = ts.createProgram(
      EXAMPLES.map((e) => `${ROOT}${e}`),
      options,
    );
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file
        ? `${d.file.fileName.slice(ROOT.length)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
        : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(diagnostics).toEqual([]);
  }, 60_000);
});

/** An error the way nodemailer builds one for a refused recipient. */
function refused(recipient: string, response: string): Error {
  return Object.assign(new Error(`Recipient command failed: ${response}`), {
    code: 'EENVELOPE',
    response,
    responseCode: Number(response.slice(0, 3)),
    command: 'RCPT TO',
    recipient,
  });
}

describe('docs/examples/nodemailer-retry.ts', () => {
  it('delivers, suppresses the hard bounce, and retries the greylisted recipient after retryAfter', async () => {
    const { sendWithRetry } = await loadExample<RetryExample>('docs/examples/nodemailer-retry.ts');
    const sent: string[][] = [];
    const transport = {
      async sendMail(message: { to?: unknown }) {
        const to = message.to as string[];
        sent.push(to);
        if (sent.length === 1) {
          return {
            accepted: ['ann@example.com'],
            rejected: ['gone@example.com', 'grey@example.org'],
            rejectedErrors: [
              refused(
                'gone@example.com',
                '550 5.1.1 <gone@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
              ),
              refused(
                'grey@example.org',
                '450 4.7.1 <grey@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
              ),
            ],
            response: '250 2.0.0 Ok: queued as 4XyZ12',
          };
        }
        return { accepted: to, rejected: [], response: '250 2.0.0 Ok: queued as 5AbC34' };
      },
    };
    const suppressed = new Set<string>(['old@example.com']);
    const waits: number[] = [];
    const report = await sendWithRetry(
      transport,
      { from: 'shop@example.net', subject: 'Your order', text: 'Thanks!' },
      ['ann@example.com', 'gone@example.com', 'grey@example.org', 'old@example.com'],
      {
        suppressions: { has: (a) => suppressed.has(a), add: (a) => void suppressed.add(a) },
        sleep: async (s) => void waits.push(s),
      },
    );
    expect(sent).toEqual([['ann@example.com', 'gone@example.com', 'grey@example.org'], ['grey@example.org']]);
    expect(report.delivered).toEqual(['ann@example.com', 'grey@example.org']);
    expect(report.suppressed.map((x) => [x.address, x.result.category])).toEqual([
      ['gone@example.com', 'user-unknown'],
    ]);
    expect(report.skipped).toEqual(['old@example.com']);
    expect(report.failed).toEqual([]);
    expect(report.gaveUp).toEqual([]);
    expect(suppressed.has('gone@example.com')).toBe(true);
    // Greylisting asks for 300 s; the first backoff step (30–60 s) is shorter, so 300 wins.
    expect(waits).toEqual([300]);
    expect(report.waits).toEqual([300]);
  });

  it('gives up after maxAttempts on a server that keeps deferring, and never suppresses for a whole-send failure', async () => {
    const { sendWithRetry } = await loadExample<RetryExample>('docs/examples/nodemailer-retry.ts');
    let calls = 0;
    const transport = {
      async sendMail(): Promise<unknown> {
        calls++;
        throw Object.assign(new Error('Invalid greeting. response=421 4.7.0 Try again later, closing connection'), {
          code: 'EPROTOCOL',
          response: '421 4.7.0 Try again later, closing connection',
          responseCode: 421,
          command: 'CONN',
        });
      },
    };
    const added: string[] = [];
    const report = await sendWithRetry(transport, { subject: 'x' }, ['a@example.com', 'b@example.com'], {
      suppressions: { has: () => false, add: (a) => void added.push(a) },
      policy: { maxAttempts: 3, baseDelaySeconds: 10, maxDelaySeconds: 100 },
      sleep: async () => undefined,
    });
    expect(calls).toBe(3);
    expect(report.waits).toHaveLength(2);
    expect(report.gaveUp.map((x) => [x.address, x.result.category])).toEqual([
      ['a@example.com', 'service-unavailable'],
      ['b@example.com', 'service-unavailable'],
    ]);
    expect(added).toEqual([]);
  });

  it('backoffSeconds grows exponentially, is capped, and never undercuts retryAfter', async () => {
    const { backoffSeconds } = await loadExample<RetryExample>('docs/examples/nodemailer-retry.ts');
    const policy = { maxAttempts: 10, baseDelaySeconds: 60, maxDelaySeconds: 600 };
    const top = () => 1;
    expect([1, 2, 3, 4, 5].map((n) => backoffSeconds(n, null, policy, top))).toEqual([60, 120, 240, 480, 600]);
    expect(backoffSeconds(1, null, policy, () => 0)).toBe(30);
    expect(backoffSeconds(1, 900, policy, top)).toBe(900);
  });
});

describe('docs/examples/bounce-notice.ts', () => {
  const gone = '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table';
  const grey = '451 4.7.1 Greylisted, please try again in 300 seconds';

  it("writes a final notice in the sender's language: opening, the text for the sender, the reply, the footer", async () => {
    const { noticeFor } = await loadExample<NoticeExample>('docs/examples/bounce-notice.ts');
    const { de } = await import('../src/locales/de/core.js');
    const n = noticeFor(gone, { recipient: 'bob@example.com', subject: 'Angebot', language: 'de' });
    expect(n?.kind).toBe('failed');
    expect(n?.subject).toBe(de.notice?.subjectFailed?.replace('{recipient}', 'bob@example.com'));
    const text = n?.text ?? '';
    expect(text.split('\n')[0]).toBe(
      de.notice?.failed?.replace('{subject}', 'Angebot').replace('{recipient}', 'bob@example.com'),
    );
    expect(text).toContain(de.categories?.['user-unknown']?.user ?? '?');
    expect(text).toContain(`  ${gone}`);
    expect(text).toContain(de.notice?.footer?.replace('{service}', 'Acme Mail') ?? '?');
    expect(n?.html).toContain('&#60;bob@example.com&#62;: Recipient address rejected');
  });

  it('writes a delay notice while the message is retried, a final one once the application gives up, none for a delivery', async () => {
    const { noticeFor } = await loadExample<NoticeExample>('docs/examples/bounce-notice.ts');
    const { en } = await import('../src/locales/en/core.js');
    const delayed = noticeFor(grey, { recipient: 'ann@example.org', language: 'ja' });
    expect(delayed?.kind).toBe('delayed');
    expect(delayed?.text).toContain(en.categories?.greylisted?.userRetry ?? '?');
    const final = noticeFor(grey, { recipient: 'ann@example.org', gaveUp: true });
    expect(final?.kind).toBe('failed');
    expect(final?.text).toContain(en.categories?.greylisted?.user ?? '?');
    expect(noticeFor('250 2.0.0 Ok: queued as 4XyZ12', { recipient: 'ann@example.org' })).toBeNull();
  });
});

describe('docs/bounce-notice.md shows what the example writes', () => {
  it('the German failure and the English delay, text and subject, as printed in the guide', async () => {
    const { noticeFor } = await loadExample<NoticeExample>('docs/examples/bounce-notice.ts');
    const md = readFileSync(`${ROOT}docs/bounce-notice.md`, 'utf8');
    const failed = noticeFor(
      '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
      { recipient: 'bob@example.com', subject: 'Angebot', language: 'de' },
    );
    const delayed = noticeFor('452 4.2.2 Mailbox full', { recipient: 'ann@example.org', subject: 'Lunch on Friday' });
    expect(md).toContain(`\`\`\`text\n${failed?.text}\n\`\`\``);
    expect(md).toContain(`notice.subject; // '${failed?.subject}'`);
    expect(md).toContain(`\`\`\`text\n${delayed?.text}\n\`\`\``);
  });
});

describe('docs pages show the example files as they are', () => {
  it.each([
    ['docs/nodemailer.md', 'docs/examples/nodemailer-retry.ts'],
    ['docs/bounce-notice.md', 'docs/examples/bounce-notice.ts'],
  ])('%s holds %s verbatim', (page, example) => {
    const md = readFileSync(`${ROOT}${page}`, 'utf8');
    expect(md).toContain(`\`\`\`ts\n${readFileSync(`${ROOT}${example}`, 'utf8')}\`\`\``);
  });
});
