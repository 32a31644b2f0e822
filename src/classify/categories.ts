import type { Category } from '../types.js';

/**
 * Every category string, in the order of the category table in the docs. Frozen.
 *
 * @example
 * ```ts
 * CATEGORIES.includes('greylisted'); // true
 * ```
 */
export const CATEGORIES: readonly Category[] = /* @__PURE__ */ Object.freeze([
  'success',
  'intermediate',
  'user-unknown',
  'domain-unknown',
  'mailbox-moved',
  'no-mail-accepted',
  'mailbox-disabled',
  'mailbox-full',
  'message-too-large',
  'content-rejected',
  'spam',
  'blocked',
  'sender-authentication',
  'sender-rejected',
  'relay-denied',
  'policy',
  'auth-required',
  'tls-required',
  'rate-limited',
  'too-many-recipients',
  'greylisted',
  'service-unavailable',
  'server-error',
  'storage-full',
  'network',
  'expired',
  'protocol',
  'unknown',
] as const);
