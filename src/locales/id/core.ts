import type { Locale } from '../types.js';
import { deepFreeze } from '../../freeze.js';
import { categories } from './categories.js';
import { messages } from './messages.js';

/**
 * Indonesian, the core: classes, labels, category texts and notice templates — what classify(),
 * localize() and bounceNotice() read. `smtp-reply/locales/id` is the complete locale (with the catalogue texts of lookup() and the templates of compare()).
 */
export const id: Locale = /* @__PURE__ */ deepFreeze({ code: 'id', direction: 'ltr', ...messages, categories });
