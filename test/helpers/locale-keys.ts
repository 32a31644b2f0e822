/**
 * The keys every locale is checked against, written out by hand so that the tests do not take
 * them from the code under test. The compiler checks that each list names every member of its
 * union (see LISTS_ARE_EXHAUSTIVE).
 */
import type { CodeTexts } from '../../src/catalogue/types.js';
import type { CategoryTexts, LabelKey, NoticeTemplates } from '../../src/locales/types.js';
import type { Category, ReplyClass } from '../../src/types.js';
import { REPLY_CLASS_ENTRIES, REPLY_CODES } from '../../src/catalogue/reply-codes.js';
import { ENHANCED_CLASS_ENTRIES, ENHANCED_CODES } from '../../src/catalogue/enhanced-codes.js';

export const REPLY_CLASSES = [
  'success',
  'intermediate',
  'transient',
  'permanent',
  'unknown',
] as const satisfies readonly ReplyClass[];

export const LABEL_KEYS = [
  'description',
  'whenSeen',
  'fix',
  'keyDifferences',
  'whenToUse',
  'class',
  'category',
  'retryable',
  'bounce',
  'hardBounce',
  'softBounce',
  'userMessage',
  'yes',
  'no',
] as const satisfies readonly LabelKey[];

export const CATEGORY_KEYS = [
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
] as const satisfies readonly Category[];

/** The texts a locale gives for each failure category. */
export const CATEGORY_TEXT_FIELDS = [
  'description',
  'fix',
  'fixRetry',
  'user',
  'userRetry',
] as const satisfies readonly (keyof CategoryTexts)[];

/** The texts a locale gives besides, for the categories that can be hard (a final soft bounce there). */
export const SOFT_TEXT_FIELDS = ['fixSoft', 'userSoft'] as const satisfies readonly (keyof CategoryTexts)[];

/** The texts a locale gives for success and intermediate (never retried: no retry variants). */
export const OUTCOME_TEXT_FIELDS = ['description', 'fix', 'user'] as const satisfies readonly (keyof CategoryTexts)[];

/** The templates of bounceNotice() every bundled locale gives. */
export const NOTICE_KEYS = [
  'subjectFailed',
  'subjectDelayed',
  'failed',
  'failedNoSubject',
  'delayed',
  'delayedNoSubject',
  'detailsHeading',
  'serverReply',
  'footer',
  'footerNoService',
] as const satisfies readonly (keyof NoticeTemplates)[];

/** The texts a locale gives for each catalogue entry it overrides. */
export const CODE_TEXT_FIELDS = [
  'name',
  'description',
  'whenSeen',
  'fix',
] as const satisfies readonly (keyof CodeTexts)[];

/** Every catalogue key: basic codes, basic class fallbacks, enhanced codes, enhanced class fallbacks. */
export const CATALOGUE_KEYS: readonly string[] = [
  ...REPLY_CODES,
  ...REPLY_CLASS_ENTRIES,
  ...ENHANCED_CODES,
  ...ENHANCED_CLASS_ENTRIES,
].map((entry) => entry.key);

// Compile-time guards: each `true` below fails type-checking when a union member is added but not listed above.
type Exhaustive<Missing> = [Missing] extends [never] ? true : false;
export const LISTS_ARE_EXHAUSTIVE: {
  readonly classes: Exhaustive<Exclude<ReplyClass, (typeof REPLY_CLASSES)[number]>>;
  readonly labels: Exhaustive<Exclude<LabelKey, (typeof LABEL_KEYS)[number]>>;
  readonly categories: Exhaustive<Exclude<Category, (typeof CATEGORY_KEYS)[number]>>;
  readonly categoryFields: Exhaustive<
    Exclude<keyof CategoryTexts, (typeof CATEGORY_TEXT_FIELDS)[number] | (typeof SOFT_TEXT_FIELDS)[number]>
  >;
  readonly codeFields: Exhaustive<Exclude<keyof CodeTexts, (typeof CODE_TEXT_FIELDS)[number]>>;
  readonly notice: Exhaustive<Exclude<keyof NoticeTemplates, (typeof NOTICE_KEYS)[number]>>;
} = { classes: true, labels: true, categories: true, categoryFields: true, codeFields: true, notice: true };
