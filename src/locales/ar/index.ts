import type { Locale } from '../types.js';
import { deepFreeze } from '../../freeze.js';
import { ar as core } from './core.js';
import { codes } from './codes.js';
import { compare } from './compare.js';

/**
 * Modern Standard Arabic. Complete: every class, label, category and catalogue entry.
 *
 * Right-to-left: every run of Latin letters or digits (codes, SPF, DKIM, TLS …) is wrapped in
 * U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE so it cannot reorder the
 * surrounding Arabic text. Catalogue texts live in `codes.ts`, the templates of compare() in `compare.ts`.
 */
export const ar: Locale = /* @__PURE__ */ deepFreeze({ ...core, codes, compare });
