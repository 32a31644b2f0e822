/**
 * npm run docs: writes the generated documentation (docs/reference/, docs/rules.md,
 * docs/categories.md) from the source tables. test/docs.test.ts fails when the committed files
 * differ from what this would write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocs } from './docs-render.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = renderDocs();
for (const [path, content] of Object.entries(files)) {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}
console.log(`wrote ${Object.keys(files).length} files: ${Object.keys(files).join(', ')}`);
