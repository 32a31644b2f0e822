/**
 * German: classes, labels, category texts and notice templates. It has no catalogue texts or
 * compare() templates (those fall back to English), so it is the same object as
 * `smtp-reply/locales/de/core`.
 */
export { de } from './core.js';
