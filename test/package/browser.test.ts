/**
 * The core runs in a browser: the built entry points import nothing but their own chunks (no
 * `node:` modules, no dependencies) and use no eval, network or Node globals; and the ESM build,
 * loaded by headless Chromium from a local server, classifies a reply in the page.
 *
 * Chromium is driven without any npm package: `chromium --headless --dump-dom URL` prints the
 * page's DOM once it has loaded, and the page writes its result into the DOM. Where Chromium is
 * not installed the page test is skipped with a warning, except under CI (`CI` set), where it fails.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, extname, join, normalize, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, ensureBuilt } from '../helpers/build.js';

function findChromium(): string | null {
  const fromEnv = process.env['CHROMIUM_BIN'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      if (dir && existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
}

const CHROMIUM = findChromium();
const hasChromium = CHROMIUM !== null || Boolean(process.env['CI']);
if (!CHROMIUM) {
  console.warn(
    process.env['CI']
      ? 'browser test: chromium is not installed, and CI is set: the browser test will fail (.ci/run installs it)'
      : 'browser test: chromium is not installed; skipping the headless-browser test (apt-get install -y chromium to run it)',
  );
}

beforeAll(async () => {
  await ensureBuilt();
}, 120_000);

// ------------------------------------------------------------------------------------ static

/** The module specifiers a built file imports (static and dynamic imports, require calls). */
function specifiers(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(
    /\b(?:from|import)\s*\(?\s*(['"])([^'"\n]+)\1|\brequire\s*\(\s*(['"])([^'"\n]+)\3\s*\)/g,
  )) {
    out.push(m[2] ?? m[4]!);
  }
  return out;
}

/** An entry point and every file it reaches through relative imports. */
function closure(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const code = readFileSync(file, 'utf8');
    files.set(file, code);
    for (const s of specifiers(code)) if (s.startsWith('.')) visit(join(dirname(file), s));
  };
  visit(entry);
  return files;
}

const ENTRIES = () => [
  join(DIST, 'index.js'),
  join(DIST, 'index.cjs'),
  // dist/locales/<tag>/index.(c)js and core.(c)js
  ...readdirSync(join(DIST, 'locales')).flatMap((tag) =>
    readdirSync(join(DIST, 'locales', tag))
      .filter((f) => /\.c?js$/.test(f))
      .map((f) => join(DIST, 'locales', tag, f)),
  ),
];

describe('the core build has no Node-only code', () => {
  it('the scanner finds imports of every form (self-check)', () => {
    expect(
      specifiers(
        `import { a } from './a.js';\nimport "node:fs";\nconst b = require("b");\nawait import('c');\nexport * from "./d.js"`,
      ),
    ).toEqual(['./a.js', 'node:fs', 'b', 'c', './d.js']);
  });

  it('entry points and their chunks import only each other: no node: modules, no packages', () => {
    const entries = ENTRIES();
    expect(entries.length).toBeGreaterThanOrEqual(2 + 8 * 4);
    const foreign: string[] = [];
    for (const entry of entries) {
      for (const [file, code] of closure(entry)) {
        for (const s of specifiers(code))
          if (!s.startsWith('./') && !s.startsWith('../')) foreign.push(`${relative(DIST, file)}: ${s}`);
      }
    }
    expect(foreign).toEqual([]);
  });

  it('no eval, no dynamic import, no network, no Node globals', () => {
    const bad =
      /\beval\s*\(|\bnew\s+Function\s*\(|\bimport\s*\(|\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bprocess\.|\bBuffer\.|\b__dirname\b|\bimport\.meta\.url\b/;
    const found: string[] = [];
    for (const entry of ENTRIES()) {
      for (const [file, code] of closure(entry)) {
        code.split('\n').forEach((line, i) => {
          if (bad.test(line)) found.push(`${relative(DIST, file)}:${i + 1}: ${line.trim().slice(0, 100)}`);
        });
      }
    }
    expect(found).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------ page

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>smtp-reply</title></head>
<body><pre id="out">pending</pre>
<script>
  window.addEventListener('error', (e) => {
    document.getElementById('out').textContent = JSON.stringify({ ok: false, error: String(e.message || e.type) });
  }, true);
</script>
<script type="module">
  import { classify, lookup, CATEGORIES } from '/dist/index.js';
  import { ja } from '/dist/locales/ja/index.js';
  const r = classify('550-5.1.1 The email account that you tried to reach does not exist.\\r\\n550 5.1.1 Please check the address.');
  const g = classify('451 4.7.1 Greylisted, please try again in 300 seconds', { locale: ja });
  const b = classify(new TextEncoder().encode('552 5.2.2 Mailbox full'));
  document.getElementById('out').textContent = JSON.stringify({
    ok: true,
    user: { code: r.code, enhanced: r.enhanced, category: r.category, bounce: r.bounce, retryable: r.retryable },
    grey: { category: g.category, retryAfter: g.retryAfter, japanese: /[\\u3040-\\u30ff\\u4e00-\\u9fff]/.test(g.description) },
    bytes: b.category,
    lookup: lookup('5.7.26')?.class,
    categories: CATEGORIES.length,
  });
</script>
</body></html>`;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };

let server: Server | undefined;
let tmp = '';

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Serves page.html and dist/ on 127.0.0.1 at a free port. */
async function serve(): Promise<string> {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/page.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      return;
    }
    const file = normalize(join(DIST, path.replace(/^\/dist\//, '')));
    if (!path.startsWith('/dist/') || !file.startsWith(DIST + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/page.html`;
}

/** Runs headless Chromium on `url` and returns the DOM it dumps. */
function dumpDom(url: string): Promise<string> {
  tmp = mkdtempSync(join(tmpdir(), 'smtp-reply-chromium-'));
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    `--user-data-dir=${tmp}`,
    '--dump-dom',
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(CHROMIUM ?? 'chromium', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`chromium did not finish within 60 s:\n${err.slice(-2000)}`));
    }, 60_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`chromium exited with ${String(code)}:\n${err.slice(-2000)}`));
    });
  });
}

describe('the ESM build in headless Chromium', () => {
  it.skipIf(!hasChromium)(
    'classifies a reply inside a web page',
    async () => {
      const dom = await dumpDom(await serve());
      const text = /<pre id="out">([^<]*)<\/pre>/.exec(dom)?.[1];
      expect(text, `no result in the page:\n${dom.slice(0, 2000)}`).toBeDefined();
      const decoded = text!
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      expect(decoded, 'the page script did not run').not.toBe('pending');
      expect(JSON.parse(decoded)).toEqual({
        ok: true,
        user: { code: 550, enhanced: '5.1.1', category: 'user-unknown', bounce: 'hard', retryable: false },
        grey: { category: 'greylisted', retryAfter: 300, japanese: true },
        bytes: 'mailbox-full',
        lookup: 'permanent',
        categories: expect.any(Number) as number,
      });
    },
    90_000,
  );
});
