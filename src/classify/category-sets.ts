import type { Category } from '../types.js';

/** Categories where the address itself is bad: a permanent reply in them is a hard bounce. */
export const HARD_CATEGORIES: ReadonlySet<Category> = /* @__PURE__ */ new Set<Category>([
  'user-unknown',
  'domain-unknown',
  'mailbox-moved',
  'no-mail-accepted',
]);

/** Categories that are worth retrying even when no class is known. */
export const TEMPORARY_CATEGORIES: ReadonlySet<Category> = /* @__PURE__ */ new Set<Category>([
  'rate-limited',
  'greylisted',
  'too-many-recipients',
  'service-unavailable',
  'server-error',
  'storage-full',
  'network',
]);
