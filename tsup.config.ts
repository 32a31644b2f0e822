import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      bounce: 'src/bounce/index.ts',
      'locales/en/index': 'src/locales/en/index.ts',
      'locales/en/core': 'src/locales/en/core.ts',
      'locales/id/index': 'src/locales/id/index.ts',
      'locales/id/core': 'src/locales/id/core.ts',
      'locales/ar/index': 'src/locales/ar/index.ts',
      'locales/ar/core': 'src/locales/ar/core.ts',
      'locales/es/index': 'src/locales/es/index.ts',
      'locales/es/core': 'src/locales/es/core.ts',
      'locales/pt-BR/index': 'src/locales/pt-BR/index.ts',
      'locales/pt-BR/core': 'src/locales/pt-BR/core.ts',
      'locales/fr/index': 'src/locales/fr/index.ts',
      'locales/fr/core': 'src/locales/fr/core.ts',
      'locales/de/index': 'src/locales/de/index.ts',
      'locales/de/core': 'src/locales/de/core.ts',
      'locales/ja/index': 'src/locales/ja/index.ts',
      'locales/ja/core': 'src/locales/ja/core.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    splitting: true,
    treeshake: true,
    target: 'es2022',
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
