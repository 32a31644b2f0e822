import type { Locale } from '../types.js';
import { deepFreeze } from '../../freeze.js';
import { categories } from './categories.js';
import { messages } from './messages.js';

/**
 * English, the core: classes, labels, category texts and notice templates — what classify(),
 * localize() and bounceNotice() read. `smtp-reply/locales/en` is the complete locale (with the templates of compare()).
 */
export const en: Locale = /* @__PURE__ */ deepFreeze({ code: 'en', direction: 'ltr', ...messages, categories });
