import type { ReplyClass } from '../types.js';
import type { REPLY_CLASS_ENTRIES, REPLY_CODES } from './reply-codes.js';
import type { ENHANCED_CLASS_ENTRIES, ENHANCED_CODES } from './enhanced-codes.js';

/** The human texts every catalogue entry carries (English in the tables; locales may override). */
export interface CodeTexts {
  /** Short name, e.g. "Requested action not taken: mailbox unavailable" or the registry title. */
  readonly name: string;
  /** What the code means, in plain words. */
  readonly description: string;
  /** When a sender typically meets it. */
  readonly whenSeen: string;
  /** What the person who must act should do. */
  readonly fix: string;
}

/** A basic (three-digit) reply code, e.g. 550, or a class fallback such as `5xx`. */
export interface BasicCodeEntry extends CodeTexts {
  /** Discriminant: a three-digit code or a class fallback. */
  readonly kind: 'basic';
  /** Catalogue key: `'550'`, or `'5xx'` for the class fallback entries. */
  readonly key: string;
  /** The code; for a class entry, the class digit times 100 (e.g. 500 for `5xx`). */
  readonly code: number;
  /** Outcome class from the first digit. */
  readonly class: ReplyClass;
  /** `true` when defined by an RFC, `false` for registry-only and non-standard codes seen in the wild. */
  readonly standard: boolean;
  /** References, e.g. `['RFC 5321 §4.2.3']`. */
  readonly rfcs: readonly string[];
}

/** A registered enhanced status code, e.g. X.1.1, or a subject / class fallback (`X.1.X`, `5.X.X`). */
export interface EnhancedCodeEntry extends CodeTexts {
  /** Discriminant: an enhanced status code or a subject / class fallback. */
  readonly kind: 'enhanced';
  /** Catalogue key: `'X.1.1'`; `'X.1.X'` for a subject fallback; `'5.X.X'` for a class fallback. */
  readonly key: string;
  /** Classes the code is meant for (RFC 3463 wording and the IANA registry): subset of 2, 4, 5. */
  readonly classes: readonly (2 | 4 | 5)[];
  /** Basic codes the IANA registry associates with it (empty when it gives none or "Any"). */
  readonly basicCodes: readonly number[];
  /** References, e.g. `['RFC 3463']`. */
  readonly rfcs: readonly string[];
}

/** Any catalogue entry. */
export type CodeEntry = BasicCodeEntry | EnhancedCodeEntry;

/**
 * Every key of the catalogue, derived from its tables: basic codes (`'550'`), basic class entries
 * (`'5xx'`), enhanced codes (`'X.1.1'`, subject fallbacks such as `'X.1.X'`) and enhanced class
 * entries (`'5.X.X'`). A locale's `codes` are keyed by it, so a misspelt key is a type error.
 */
export type CatalogueKey =
  | (typeof REPLY_CODES)[number]['key']
  | (typeof REPLY_CLASS_ENTRIES)[number]['key']
  | (typeof ENHANCED_CODES)[number]['key']
  | (typeof ENHANCED_CLASS_ENTRIES)[number]['key'];
