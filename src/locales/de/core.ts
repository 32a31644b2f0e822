import type { Locale } from '../types.js';
import { deepFreeze } from '../../freeze.js';
import { categories } from './categories.js';
import { messages } from './messages.js';

/**
 * German, the core: classes, labels, category texts and notice templates — what classify(),
 * localize() and bounceNotice() read. `smtp-reply/locales/de` is the complete locale.
 */
export const de: Locale = /* @__PURE__ */ deepFreeze({ code: 'de', direction: 'ltr', ...messages, categories });
