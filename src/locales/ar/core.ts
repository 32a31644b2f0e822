import type { Locale } from '../types.js';
import { deepFreeze } from '../../freeze.js';
import { categories } from './categories.js';
import { messages } from './messages.js';

/**
 * Arabic, the core: classes, labels, category texts and notice templates — what classify(),
 * localize() and bounceNotice() read. `smtp-reply/locales/ar` is the complete locale (with the catalogue texts of lookup() and the templates of compare()).
 */
export const ar: Locale = /* @__PURE__ */ deepFreeze({ code: 'ar', direction: 'rtl', ...messages, categories });
