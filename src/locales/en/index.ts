import type { Locale } from '../types.js';
import { deepFreeze } from '../../freeze.js';
import { en as core } from './core.js';
import { compare } from './compare.js';

/** English texts: complete, and the fallback for every other locale. */
export const en: Locale = /* @__PURE__ */ deepFreeze({ ...core, compare });
