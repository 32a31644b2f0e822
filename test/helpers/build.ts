/**
 * Tests that need dist/ (the package smoke test, the browser test) call {@link ensureBuilt} in
 * their `beforeAll`: it runs `npm run build` when dist/ is missing or older than the sources.
 * Test files run in parallel, and tsup empties dist/ before it writes it, so builds are
 * serialised with a lock directory (mkdir is atomic) and a waiting file re-checks freshness
 * once it holds the lock.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (with a trailing slash). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');

const INPUTS = ['src', 'package.json', 'tsup.config.ts', 'tsconfig.json'];
const OUTPUTS = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts'];
const LOCK = join(ROOT, 'node_modules', '.cache', 'smtp-reply-build.lock');
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 5 * 60_000;

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** `true` when some output is missing or older than the newest source, config or package.json. */
export function distIsStale(): boolean {
  const outputs = OUTPUTS.map((f) => join(DIST, f));
  if (!outputs.every((f) => existsSync(f))) return true;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  return Math.max(...INPUTS.map((f) => newestMtime(join(ROOT, f)))) > built;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function lock(timeoutMs: number): Promise<void> {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    try {
      if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // released meanwhile
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for the build lock ${LOCK}`);
    await sleep(200);
  }
}

/** Builds dist/ with `npm run build` unless it is up to date. */
export async function ensureBuilt(timeoutMs = 110_000): Promise<void> {
  if (!distIsStale()) return;
  await lock(timeoutMs);
  try {
    if (!distIsStale()) return;
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs });
    if (r.status !== 0) {
      throw new Error(
        `npm run build failed (${r.error?.message ?? `exit ${String(r.status)}`}):\n${r.stdout}\n${r.stderr}`,
      );
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
