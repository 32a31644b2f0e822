import type { Locale } from '../types.js';
import { deepFreeze } from '../../freeze.js';
import { categories } from './categories.js';
import { messages } from './messages.js';

/**
 * French, the core: classes, labels, category texts and notice templates — what classify(),
 * localize() and bounceNotice() read. `smtp-reply/locales/fr` is the complete locale.
 */
export const fr: Locale = /* @__PURE__ */ deepFreeze({ code: 'fr', direction: 'ltr', ...messages, categories });
