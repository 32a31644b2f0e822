import type { Locale } from '../index.js';
import { en } from '../locales/en.js';
import { es } from '../locales/es.js';
import { fr } from '../locales/fr.js';
import { de } from '../locales/de.js';
import { ja } from '../locales/ja.js';
import { ptBR } from '../locales/pt-BR.js';
import { id } from '../locales/id.js';
import { ar } from '../locales/ar.js';

/** Locales the command line offers, by code. */
export const LOCALES: Readonly<Record<string, Locale>> = { en, id, ar, es, fr, de, ja, 'pt-BR': ptBR };
