import type { ProblemKind, SmtpCommand } from '../types.js';
import { isDigit } from '../reply/chars.js';

/** A classifier input reduced to reply text plus what the caller told us about it. */
export interface NormalizedInput {
  readonly text: string;
  /** A basic code given beside the text (`responseCode`), used when the text holds none. */
  readonly code: number | null;
  /** An enhanced code given beside the text (`enhancedCode`), used when the text holds none. */
  readonly enhanced: string | null;
  readonly command: SmtpCommand | null;
  /** Set when the input was not of a kind we read. */
  readonly invalid: ProblemKind | null;
  readonly invalidMessage: string;
}

let decoder: { decode(input: Uint8Array): string } | undefined;

/** Bytes decoded as UTF-8, invalid sequences replaced (U+FFFD). */
export function decodeUtf8(bytes: Uint8Array): string {
  decoder ??= new TextDecoder('utf-8', { fatal: false });
  return decoder.decode(bytes);
}

/** One property, or `undefined` when reading it throws (a getter, a proxy trap) or there is no object. */
export function readProp(obj: unknown, key: string): unknown {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return undefined;
  try {
    return (obj as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

const COMMANDS: Readonly<Record<string, SmtpCommand>> = {
  CONN: 'CONNECT',
  CONNECT: 'CONNECT',
  GREETING: 'CONNECT',
  BANNER: 'CONNECT',
  HELO: 'HELO',
  EHLO: 'EHLO',
  LHLO: 'EHLO',
  STARTTLS: 'STARTTLS',
  AUTH: 'AUTH',
  MAIL: 'MAIL',
  RCPT: 'RCPT',
  DATA: 'DATA',
  BDAT: 'BDAT',
  QUIT: 'QUIT',
  MESSAGE: 'DATA',
};

/**
 * Maps a command name as clients write it (`'RCPT TO'`, `'AUTH PLAIN'`, `'CONN'`, `'rcpt'`) to
 * an {@link SmtpCommand}; `null` for anything unrecognisable.
 */
export function toCommand(value: unknown): SmtpCommand | null {
  if (typeof value !== 'string') return null;
  let end = 0;
  const s = value.trim();
  while (end < s.length && end < 16 && s.charCodeAt(end) > 32 && s[end] !== ':') end++;
  const word = s.slice(0, end).toUpperCase();
  if (!word) return null;
  return COMMANDS[word] ?? 'OTHER';
}

function codeOf(value: unknown): number | null {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && isThreeDigits(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 200 && n <= 599 ? n : null;
}

function isThreeDigits(s: string): boolean {
  return s.length === 3 && isDigit(s.charCodeAt(0)) && isDigit(s.charCodeAt(1)) && isDigit(s.charCodeAt(2));
}

function invalid(message: string): NormalizedInput {
  return { text: '', code: null, enhanced: null, command: null, invalid: 'invalid-input', invalidMessage: message };
}

/** Turns anything into reply text. Never throws. */
export function normalizeInput(input: unknown): NormalizedInput {
  if (typeof input === 'string')
    return { text: input, code: null, enhanced: null, command: null, invalid: null, invalidMessage: '' };
  if (input === null || input === undefined) return invalid(`expected a reply, got ${String(input)}`);
  if (typeof input === 'number') {
    const code = codeOf(input);
    return code === null
      ? invalid(`${input} is not a reply code`)
      : { text: String(code), code, enhanced: null, command: null, invalid: null, invalidMessage: '' };
  }
  if (typeof input !== 'object') return invalid(`expected a reply, got a ${typeof input}`);
  try {
    if (input instanceof Uint8Array) return normalizeInput(decodeUtf8(input));
    if (input instanceof ArrayBuffer) return normalizeInput(decodeUtf8(new Uint8Array(input)));
    if (ArrayBuffer.isView(input))
      return normalizeInput(decodeUtf8(new Uint8Array(input.buffer, input.byteOffset, input.byteLength)));
    if (Array.isArray(input)) {
      let text = '';
      for (const line of input as unknown[]) {
        if (typeof line !== 'string') return invalid('an array of reply lines may only hold strings');
        text = text ? `${text}\r\n${line}` : line;
      }
      return normalizeInput(text);
    }
  } catch {
    return invalid('the input could not be read');
  }
  return fromErrorLike(input);
}

/** nodemailer's errors (`response`, `responseCode`, `command`) and `{ code, enhancedCode, message }`. */
function fromErrorLike(obj: object): NormalizedInput {
  const response = readProp(obj, 'response');
  const message = readProp(obj, 'message');
  const rawCode = readProp(obj, 'responseCode') ?? readProp(obj, 'code');
  const rawEnhanced = readProp(obj, 'enhancedCode') ?? readProp(obj, 'enhancedStatus');
  const code = codeOf(rawCode);
  const enhanced = typeof rawEnhanced === 'string' ? rawEnhanced.trim() || null : null;
  const command = toCommand(readProp(obj, 'command'));
  const text = typeof response === 'string' && response.trim() ? response : typeof message === 'string' ? message : '';
  if (!text && code === null && enhanced === null) {
    return invalid('the object has no reply text (response or message) and no reply code');
  }
  return { text, code, enhanced, command, invalid: null, invalidMessage: '' };
}
