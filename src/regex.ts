/**
 * Every regular expression in the library lives here, so that all of them can be audited for
 * ReDoS in one place: test/regex.test.ts runs recheck on each export and fails unless it is
 * 'safe', and fails if a regex literal or `new RegExp` appears in any other file of src/.
 *
 * The parser and the classifier otherwise scan char codes (src/reply/chars.ts) and a phrase
 * automaton (src/classify/matcher.ts); the parser uses one regex, {@link CODE_CANDIDATE_REGEX}, to
 * find candidates quickly (no groups, no quantifiers: linear). Each name is `UPPER_SNAKE_REGEX`;
 * each doc line gives the source and what it is for.
 */

/** `^\d{3}-`: a reply line that continues on the next one (`550-…`); the CLI joins such stdin lines. */
export const CONTINUATION_LINE_REGEX = /^\d{3}-/;

/** `\r?\n` (global): every line break, so that the CLI can show a multi-line reply on one line. */
export const LINE_BREAK_REGEX = /\r?\n/g;

/** `\{(\w+)\}` (global): a `{name}` placeholder in a compare() or bounceNotice() template; group 1 is the name. */
export const PLACEHOLDER_REGEX = /\{(\w+)\}/g;

/** C0/C1 controls, U+2028/U+2029 and bidi marks, embeddings, overrides and isolates (global): what bounceNotice() takes out of untrusted text. */
export const UNTRUSTED_CONTROL_REGEX =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `[&<>"']` (global): the characters bounceNotice() escapes in HTML. */
export const HTML_SPECIAL_REGEX = /[&<>"']/g;

/** C0/C1 control characters other than tab and line breaks (global); the CLI shows them as `?`. */
export const CONTROL_CHAR_REGEX = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `[2-5][0-5][0-9]` (global): three digits of a reply code in range, where parseReply looks for a code inside text (it starts at `lastIndex`). */
export const CODE_CANDIDATE_REGEX = /[2-5][0-5][0-9]/g;

/** `` [2-5][0-5][0-9]`` (global): a space and three digits of a reply code in range, where parseReply looks for the next line of a reply flattened onto one line (it starts at `lastIndex`). */
export const SPACED_CODE_REGEX = / [2-5][0-5][0-9]/g;

/** A number (1–7 digits, on its own, not signed), an optional range end (`5-10`), and a unit word after it (global); delayHint (src/classify/delay.ts) reads waits such as `try again in 300 seconds` with it. */
export const DELAY_REGEX =
  /(?<![A-Za-z0-9._+-])([0-9]{1,7})(?:[ \t]?[-\u2013][ \t]?[0-9]{1,7})?(?![0-9.])[ \t\r\n\f\v]*(seconds?|secs?|ss?|minutes?|mins?|ms?|hours?|hrs?|hs?|days?)(?![A-Za-z])/gi;

/** `[^\x00-\x7f]`: a character outside ASCII; only a reply that has one is read for wordings in other languages. */
export const NON_ASCII_REGEX = /[^\u0000-\u007f]/;

/** One punctuation, symbol, separator or control character (Unicode): a word break when wordings in other languages are looked for (evidence.ts tests each UTF-16 code unit once, into a table). */
export const SEPARATOR_CHAR_REGEX = /^[\p{P}\p{S}\p{Z}\p{Cc}]$/u;

/** A letter or a digit in any script: a custom phrase (createClassifier) must hold one. */
export const WORD_CHARACTER_REGEX = /[\p{L}\p{N}]/u;

/** `^[02345]+$`: the class digits a custom rule may name (`'0'` for a reply without class). */
export const CLASS_DIGITS_REGEX = /^[02345]+$/;

/** A half-width or full-width form (U+FF00–U+FFEF), which NFKC turns into ASCII or common letters: evidence.ts then reads the folded text with the main automaton as well. */
export const COMPATIBILITY_FORM_REGEX = /[\uff00-\uffef]/;
