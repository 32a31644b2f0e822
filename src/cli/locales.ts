import type { Locale } from '../index.js';
import { en } from '../locales/en/index.js';
import { es } from '../locales/es/index.js';
import { fr } from '../locales/fr/index.js';
import { de } from '../locales/de/index.js';
import { ja } from '../locales/ja/index.js';
import { ptBR } from '../locales/pt-BR/index.js';
import { id } from '../locales/id/index.js';
import { ar } from '../locales/ar/index.js';

/** Locales the command line offers, by code. */
export const LOCALES: Readonly<Record<string, Locale>> = { en, id, ar, es, fr, de, ja, 'pt-BR': ptBR };

/** The locale for a tag as a user types it: tags are case-insensitive (`pt-br`, `PT-BR`, `pt_BR`). */
export function findLocale(tag: string): Locale | undefined {
  const wanted = tag.trim().replace('_', '-').toLowerCase();
  for (const [code, locale] of Object.entries(LOCALES)) if (code.toLowerCase() === wanted) return locale;
  return undefined;
}
