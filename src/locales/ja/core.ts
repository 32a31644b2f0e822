import type { Locale } from '../types.js';
import { deepFreeze } from '../../freeze.js';
import { categories } from './categories.js';
import { messages } from './messages.js';

/**
 * Japanese, the core: classes, labels, category texts and notice templates — what classify(),
 * localize() and bounceNotice() read. `smtp-reply/locales/ja` is the complete locale.
 */
export const ja: Locale = /* @__PURE__ */ deepFreeze({ code: 'ja', direction: 'ltr', ...messages, categories });
