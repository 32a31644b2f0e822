import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      bounce: 'src/bounce/index.ts',
      'locales/en': 'src/locales/en.ts',
      'locales/es': 'src/locales/es.ts',
      'locales/fr': 'src/locales/fr.ts',
      'locales/de': 'src/locales/de.ts',
      'locales/ja': 'src/locales/ja.ts',
      'locales/pt-BR': 'src/locales/pt-BR.ts',
      'locales/id': 'src/locales/id.ts',
      'locales/ar': 'src/locales/ar.ts',
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
