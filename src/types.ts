/**
 * Public types shared by the parser, the catalogue, the classifier and the locales.
 * Field names and string unions here are public API: change them only with a CHANGELOG entry.
 */

/**
 * Outcome class of a reply, from the first digit of the basic code (RFC 5321 §4.2.1)
 * or, without a basic code, from the class digit of the enhanced code (RFC 3463 §2).
 */
export type ReplyClass = 'success' | 'intermediate' | 'transient' | 'permanent' | 'unknown';

import type { Category } from './classify/categories.js';

export type { Category };

/** `hard`: the address itself is bad, stop sending to it. `soft`: it may work later. */
export type BounceType = 'hard' | 'soft';

/** The SMTP command a reply answered, when it is known or can be read from the text. */
export type SmtpCommand =
  | 'CONNECT'
  | 'HELO'
  | 'EHLO'
  | 'STARTTLS'
  | 'AUTH'
  | 'MAIL'
  | 'RCPT'
  | 'DATA'
  | 'BDAT'
  | 'QUIT'
  | 'OTHER';

/** Command words as clients write them: the {@link SmtpCommand} names and their aliases. */
export type CommandWord = Exclude<SmtpCommand, 'OTHER'> | 'CONN' | 'GREETING' | 'BANNER' | 'LHLO' | 'MESSAGE';

/**
 * How SMTP clients spell the command a reply answered: the {@link SmtpCommand} words in upper or
 * lower case, their aliases (`'CONN'` as nodemailer writes it, `'LHLO'`, `'MESSAGE'`), the wire
 * forms `'RCPT TO'` and `'MAIL FROM'`, and `'AUTH <mechanism>'`. A misspelling such as `'RCTP'`
 * is a type error; at run time anything unrecognised reads as `'OTHER'`.
 */
export type CommandSpelling =
  | CommandWord
  | Lowercase<CommandWord>
  | 'RCPT TO'
  | 'MAIL FROM'
  | 'rcpt to'
  | 'mail from'
  | `AUTH ${string}`
  | `auth ${string}`;

/** Kinds of problem the parser reports. */
export type ProblemKind =
  /** No three-digit reply code was found. */
  | 'no-code'
  /** Lines of one reply carry different basic codes (RFC 5321 §4.2.1 requires one). */
  | 'code-mismatch'
  /** The enhanced code's class digit disagrees with the basic code's first digit (RFC 2034 §4). */
  | 'enhanced-class-mismatch'
  /** Lines of one reply carry different enhanced codes. */
  | 'enhanced-mismatch'
  /** The reply ends on a continuation line (`NNN-`) with no final `NNN ` line. */
  | 'missing-last-line'
  /** The basic code is outside 200–559, which RFC 5321 §4.2 does not allow. */
  | 'code-out-of-range'
  /** Text stood before the first reply code (a log or DSN prefix such as `host x said:`). */
  | 'leading-text'
  /** More than one reply was found (e.g. `450 … 503 …` joined in a bounce report); the first is used. */
  | 'multiple-replies'
  /** The enhanced code was not at the start of a line's text but was found inside it. */
  | 'enhanced-in-text'
  /** A line did not follow the `NNN-text` / `NNN text` syntax. */
  | 'bad-line'
  /** The input was longer than the configured cap; the rest was not read. */
  | 'truncated'
  /** The input was not a string, bytes, array of lines or error-like object. */
  | 'invalid-input'
  /** The input was empty or only white space. */
  | 'empty';

/** One problem found in the input, with where it was found. */
export interface Problem {
  /** What kind of problem. */
  readonly kind: ProblemKind;
  /** A sentence saying what is wrong, for logs and error messages. */
  readonly message: string;
  /** Zero-based index of the reply line concerned, when there is one. */
  readonly line?: number;
  /** Zero-based offset in the input string, when there is one. */
  readonly offset?: number;
}

/** One line of a reply: `550-5.1.1 text` is code 550, separator `-`, enhanced `5.1.1`, text `text`. */
export interface ReplyLine {
  /** The basic code at the start of the line, or `null` for a line without one. */
  readonly code: number | null;
  /** `-` for a continuation line, ` ` for the last line, `''` for a bare code or a line without code. */
  readonly separator: '-' | ' ' | '';
  /** The enhanced status code at the start of the line's text (RFC 2034), e.g. `'5.1.1'`. */
  readonly enhanced: string | null;
  /** The line's text after the code, separator and enhanced code. */
  readonly text: string;
}

/** What {@link parseReply} found in a reply. */
export interface ParsedReply {
  /** The basic reply code (from the last line of the reply), or `null` when none was found. */
  readonly code: number | null;
  /** The enhanced status code, e.g. `'5.1.1'`, or `null`. */
  readonly enhanced: string | null;
  /** The lines of the (first) reply. */
  readonly lines: readonly ReplyLine[];
  /** The text of all lines without codes, joined with single spaces. */
  readonly text: string;
  /** Text that stood before the reply (`host mx.example.com[192.0.2.1] said:`), trimmed; `''` when none. */
  readonly prefix: string;
  /** Text after the reply: further joined replies, log suffixes such as `(in reply to RCPT TO command)`. */
  readonly suffix: string;
  /** Problems found; empty for a well-formed reply. */
  readonly problems: readonly Problem[];
}

/** Input the classifier accepts. Anything else is accepted too and reported as invalid input. */
export type ReplyInput = string | Uint8Array | ArrayBuffer | readonly string[] | ErrorLike | null | undefined;

/** Error-like objects as mail clients throw them (nodemailer and others). All fields optional. */
export interface ErrorLike {
  /** Full server reply text, as nodemailer sets it. */
  readonly response?: unknown;
  /** Basic reply code, as nodemailer sets it. */
  readonly responseCode?: unknown;
  /** The command that got the reply (`RCPT TO`, `DATA`, `CONN` …). */
  readonly command?: unknown;
  /** Basic code as a number, or a client error code such as `EENVELOPE`. */
  readonly code?: unknown;
  /** Enhanced status code given separately by some clients. */
  readonly enhancedCode?: unknown;
  /** Error message; used as reply text when nothing better is present. */
  readonly message?: unknown;
}
