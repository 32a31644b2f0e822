import type { Locale } from '../types.js';
import { deepFreeze } from '../../freeze.js';
import { categories } from './categories.js';
import { messages } from './messages.js';

/**
 * Spanish, the core: classes, labels, category texts and notice templates — what classify(),
 * localize() and bounceNotice() read. `smtp-reply/locales/es` is the complete locale.
 */
export const es: Locale = /* @__PURE__ */ deepFreeze({ code: 'es', direction: 'ltr', ...messages, categories });
