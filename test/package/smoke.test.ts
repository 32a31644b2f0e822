/**
 * The package as users get it: `npm pack`, installed offline into an empty project (it has no
 * runtime dependencies), then used from ESM, from CommonJS, from the command line, and from
 * TypeScript under NodeNext, Bundler and node10 module resolution (checked with this
 * repository's own `tsc`, by absolute path, so nothing is downloaded).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt } from '../helpers/build.js';

const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

let tmp = '';
let consumer = '';
let packed: { filename: string; files: { path: string }[] } | undefined;

function run(cmd: string, args: readonly string[], cwd: string): string {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (r.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${String(r.status)}`}):\n${r.stdout}\n${r.stderr}`,
    );
  }
  return r.stdout;
}

function write(name: string, text: string): void {
  writeFileSync(join(consumer, name), text);
}

beforeAll(async () => {
  await ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'smtp-reply-smoke-'));
  const [info] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], ROOT),
  ) as NonNullable<typeof packed>[];
  packed = info;
  consumer = join(tmp, 'consumer');
  mkdirSync(consumer);
  write('package.json', JSON.stringify({ name: 'consumer', version: '0.0.0', private: true, type: 'module' }));
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--offline', '--ignore-scripts', join(tmp, packed!.filename)],
    consumer,
  );
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds dist/ and package.json, not the sources or tests', () => {
    const paths = packed!.files.map((f) => f.path);
    for (const p of [
      'package.json',
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/cli.js',
      'dist/locales/en/index.js',
      'dist/locales/id/core.js',
      'dist/locales/ar/core.cjs',
      'dist/locales/ja/core.d.cts',
    ]) {
      expect(paths).toContain(p);
    }
    // bench/README.md ships (the README links it); no benchmark code does.
    expect(
      paths.filter(
        (p) => (/^(src|test|scripts|bench|node_modules)\//.test(p) && p !== 'bench/README.md') || p.endsWith('.tgz'),
      ),
    ).toEqual([]);
  });

  it('holds the guides the README links to, so that its relative links resolve in the installed package', () => {
    const paths = packed!.files.map((f) => f.path);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    // Every relative link of the README to a file of the repository, without its #anchor.
    const links = [...readme.matchAll(/\]\(((?!https?:|#)[^)#\s]+)(#[^)]*)?\)/g)].map((m) => posix.normalize(m[1]!));
    expect(links).toContain('docs/bounce-notice.md');
    for (const link of links) expect(paths, link).toContain(link);
    for (const p of ['docs/nodemailer.md', 'docs/localisation.md', 'docs/examples/bounce-notice.ts', 'CHANGELOG.md']) {
      expect(paths).toContain(p);
    }
    expect(paths.filter((p) => p.startsWith('docs/api/'))).toEqual([]);
  });

  it('has the core entry points: a locale without its catalogue texts, and bounceNotice()', () => {
    write(
      'core.mjs',
      `
      import { classify, bounceNotice, localize } from 'smtp-reply';
      import { id } from 'smtp-reply/locales/id/core';
      import { id as full } from 'smtp-reply/locales/id';
      const r = classify('552 5.2.2 Mailbox full', { locale: id });
      const n = bounceNotice(r, { locale: id, recipient: 'a@example.com', subject: '<b>' });
      console.log(JSON.stringify({ core: id.codes === undefined, full: full.codes !== undefined, same: localize(r, full).userMessage === r.userMessage, html: n.html.includes('&#60;b&#62;') }));
    `,
    );
    expect(JSON.parse(run('node', ['core.mjs'], consumer))).toEqual({ core: true, full: true, same: true, html: true });
    write(
      'core.cjs',
      `const { ar } = require('smtp-reply/locales/ar/core');
console.log(JSON.stringify({ code: ar.code, codes: ar.codes === undefined }));
`,
    );
    expect(JSON.parse(run('node', ['core.cjs'], consumer))).toEqual({ code: 'ar', codes: true });
  });

  it('works from ESM: import { classify } from "smtp-reply"', () => {
    write(
      'esm.mjs',
      `
      import { classify, lookup, parseReply, formatReply, CATEGORIES, SmtpReplyError } from 'smtp-reply';
      import { de } from 'smtp-reply/locales/de';
      const r = classify('550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown');
      const g = classify('451 4.7.1 Greylisted, please try again in 300 seconds', { locale: de });
      console.log(JSON.stringify({
        category: r.category, bounce: r.bounce, retryAfter: g.retryAfter, german: g.description !== classify('451 4.7.1 Greylisted').description,
        lookup: lookup('5.1.1').class, code: parseReply(formatReply({ code: 250, lines: 'OK' })).code,
        frozen: Object.isFrozen(CATEGORIES), error: typeof SmtpReplyError,
      }));
    `,
    );
    expect(JSON.parse(run('node', ['esm.mjs'], consumer))).toEqual({
      category: 'user-unknown',
      bounce: 'hard',
      retryAfter: 300,
      german: true,
      lookup: 'permanent',
      code: 250,
      frozen: true,
      error: 'function',
    });
  });

  it('works from CommonJS: require("smtp-reply")', () => {
    write(
      'cjs.cjs',
      `
      const { classify, lookup } = require('smtp-reply');
      const { fr } = require('smtp-reply/locales/fr');
      const r = classify({ response: '552 5.2.2 Mailbox full', responseCode: 552, command: 'RCPT TO' }, { locale: fr });
      console.log(JSON.stringify({ category: r.category, retryable: r.retryable, lookup: lookup(550).code, locale: fr.code }));
    `,
    );
    expect(JSON.parse(run('node', ['cjs.cjs'], consumer))).toEqual({
      category: 'mailbox-full',
      retryable: false,
      lookup: '550',
      locale: 'fr',
    });
  });

  it('installs the smtp-reply command', () => {
    const out = run(
      join(consumer, 'node_modules', '.bin', 'smtp-reply'),
      ['--json', '--no-color', '550 5.1.1 User unknown'],
      consumer,
    );
    expect(JSON.parse(out)).toMatchObject({ code: 550, category: 'user-unknown', bounce: 'hard' });
  });

  describe('types for a TypeScript consumer (tsc --noEmit)', () => {
    // `@ts-expect-error` lines fail the check if the types were `any`.
    const esmSource = `
      import { classify, lookup, bounceNotice, type Category, type Classification, type LogEvent } from 'smtp-reply';
      import { ja } from 'smtp-reply/locales/ja';
      import { ar } from 'smtp-reply/locales/ar/core';
      const r: Classification = classify('550 5.1.1 User unknown', { locale: ja, command: 'RCPT' });
      const user: string = classify('550 x', { locale: ar, command: 'RCPT TO' }).userMessage;
      // @ts-expect-error a misspelt command is a type error, not a silent OTHER
      classify('550 x', { command: 'RCTP' });
      // What the docs write, which must compile under exactOptionalPropertyTypes too.
      declare const e: LogEvent;
      classify(e.reply, { command: e.command ?? undefined, locale: undefined, maxLength: undefined });
      const n = bounceNotice(r, { recipient: 'a@example.com', subject: undefined, service: undefined, kind: undefined });
      const category: Category = r.category;
      const bounce: 'hard' | 'soft' | null = r.bounce;
      const key: string | undefined = lookup('5.1.1')?.entry.key;
      // @ts-expect-error not a category
      const wrong: Category = 'no-such-category';
      // @ts-expect-error retryable is a boolean
      const m: number = r.retryable;
      export { category, bounce, key, wrong, m, n, user };
    `;
    const cjsSource = `
      import { classify, type BounceType } from 'smtp-reply';
      import { es } from 'smtp-reply/locales/es';
      const b: BounceType | null = classify('451 4.7.1 Try later', { locale: es }).bounce;
      // @ts-expect-error code is a number or null
      const s: string = classify('250 OK').code;
      export = { b, s };
    `;

    function tsc(name: string, compilerOptions: Record<string, unknown>, files: string[]): void {
      write(
        `tsconfig.${name}.json`,
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            target: 'ES2022',
            lib: ['ES2022'],
            types: [],
            ...compilerOptions,
          },
          files,
        }),
      );
      run('node', [TSC, '-p', `tsconfig.${name}.json`], consumer);
    }

    it('moduleResolution NodeNext (ESM and CommonJS consumers)', () => {
      write('consumer.ts', esmSource);
      write('consumer-cjs.cts', cjsSource);
      tsc('nodenext', { module: 'NodeNext', moduleResolution: 'NodeNext' }, ['consumer.ts', 'consumer-cjs.cts']);
    }, 60_000);

    it('exactOptionalPropertyTypes: options accept an explicit undefined', () => {
      write('consumer.ts', esmSource);
      tsc('exact', { module: 'NodeNext', moduleResolution: 'NodeNext', exactOptionalPropertyTypes: true }, [
        'consumer.ts',
      ]);
    }, 60_000);

    it('moduleResolution Bundler', () => {
      write('consumer.ts', esmSource);
      tsc('bundler', { module: 'ESNext', moduleResolution: 'Bundler' }, ['consumer.ts']);
    }, 60_000);

    it('moduleResolution node10 (older TypeScript setups, via typesVersions)', () => {
      write('consumer.ts', esmSource);
      tsc('node10', { module: 'CommonJS', moduleResolution: 'node10', ignoreDeprecations: '5.0' }, ['consumer.ts']);
    }, 60_000);

    it('a type error in the consumer is reported (the check can fail)', () => {
      write(
        'broken.ts',
        `import { classify } from 'smtp-reply';\nconst x: number = classify('550 x').category;\nexport { x };\n`,
      );
      expect(() => tsc('broken', { module: 'NodeNext', moduleResolution: 'NodeNext' }, ['broken.ts'])).toThrow(
        /TS2322/,
      );
    }, 60_000);
  });
});
