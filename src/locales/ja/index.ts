/**
 * Japanese: classes, labels, category texts and notice templates. It has no catalogue texts or
 * compare() templates (those fall back to English), so it is the same object as
 * `smtp-reply/locales/ja/core`.
 */
export { ja } from './core.js';
