import type { Locale } from '../types.js';
import { deepFreeze } from '../../freeze.js';
import { id as core } from './core.js';
import { codes } from './codes.js';
import { compare } from './compare.js';

/**
 * Indonesian (Bahasa Indonesia). Complete: every class, label, category and catalogue entry.
 * Catalogue texts live in `codes.ts`, the templates of compare() in `compare.ts`.
 */
export const id: Locale = /* @__PURE__ */ deepFreeze({ ...core, codes, compare });
