import type { Locale } from '../types.js';
import { deepFreeze } from '../../freeze.js';
import { categories } from './categories.js';
import { messages } from './messages.js';

/**
 * Brazilian Portuguese, the core: classes, labels, category texts and notice templates — what classify(),
 * localize() and bounceNotice() read. `smtp-reply/locales/pt-BR` is the complete locale.
 */
export const ptBR: Locale = /* @__PURE__ */ deepFreeze({ code: 'pt-BR', direction: 'ltr', ...messages, categories });
