/**
 * The classifier's input reader: whatever was passed to classify() becomes reply text (or a reply
 * already parsed) plus what the caller said beside it. Never throws.
 */
import type { ParsedReply, Problem, ProblemKind, ReplyLine, SmtpCommand } from '../types.js';
import { isEnhancedCode } from '../reply/enhanced.js';
import { toCommand } from './command.js';
import { readErrorFields, replyCode } from './error-like.js';
import { decodeUtf8, readProp } from './read.js';

/** A classifier input reduced to reply text plus what the caller told us about it. */
export interface NormalizedInput {
  readonly text: string;
  /** The reply already parsed, when the input was one of the library's own objects. */
  readonly parsed: ParsedReply | null;
  /** A basic code given beside the text (`responseCode`), used when the text holds none. */
  readonly code: number | null;
  /** An enhanced code given beside the text (`enhancedCode`), used when the text holds none. */
  readonly enhanced: string | null;
  readonly command: SmtpCommand | null;
  /** Set when the input was not of a kind we read. */
  readonly invalid: ProblemKind | null;
  readonly invalidMessage: string;
}

function text(s: string, command: SmtpCommand | null = null): NormalizedInput {
  return { text: s, parsed: null, code: null, enhanced: null, command, invalid: null, invalidMessage: '' };
}

function invalid(message: string): NormalizedInput {
  return {
    text: '',
    parsed: null,
    code: null,
    enhanced: null,
    command: null,
    invalid: 'invalid-input',
    invalidMessage: message,
  };
}

/** Turns anything into reply text. Never throws. */
export function normalizeInput(input: unknown): NormalizedInput {
  if (typeof input === 'string') return text(input);
  if (input === null || input === undefined) return invalid(`expected a reply, got ${String(input)}`);
  if (typeof input === 'number') {
    const code = replyCode(input);
    return code === null ? invalid(`${input} is not a reply code`) : { ...text(String(code)), code };
  }
  if (typeof input !== 'object') return invalid(`expected a reply, got a ${typeof input}`);
  try {
    if (input instanceof Uint8Array) return normalizeInput(decodeUtf8(input));
    if (input instanceof ArrayBuffer) return normalizeInput(decodeUtf8(new Uint8Array(input)));
    if (ArrayBuffer.isView(input))
      return normalizeInput(decodeUtf8(new Uint8Array(input.buffer, input.byteOffset, input.byteLength)));
    if (Array.isArray(input)) {
      let joined = '';
      for (const line of input as unknown[]) {
        if (typeof line !== 'string') return invalid('an array of reply lines may only hold strings');
        joined = joined ? `${joined}\r\n${line}` : line;
      }
      return normalizeInput(joined);
    }
  } catch {
    return invalid('the input could not be read');
  }
  return fromObject(input);
}

/**
 * The library's own objects first: a parsed reply, a classification (its reply, and its command),
 * a reader's result (`parseLogLine`, a DSN recipient, `fromNodemailerError`: its `reply` text and
 * `command`); then an error thrown by a mail client.
 */
function fromObject(obj: object): NormalizedInput {
  const own = readProp(obj, 'reply');
  if (typeof own === 'string') return text(own, toCommand(readProp(obj, 'command')));
  const self = asParsedReply(obj);
  if (self) return { ...text(self.text), parsed: self };
  const inner = asParsedReply(own);
  if (inner) return { ...text(inner.text, toCommand(readProp(obj, 'command'))), parsed: inner };
  const f = readErrorFields(obj);
  const body = f.response ?? f.message ?? '';
  const enhanced = f.enhanced !== null && isEnhancedCode(f.enhanced) ? f.enhanced : null;
  if (!body && f.code === null && enhanced === null) {
    return invalid('the object has no reply text (response or message) and no reply code');
  }
  return { ...text(body, f.command), code: f.code, enhanced };
}

/**
 * A copy of `value` when it has the shape of a {@link ParsedReply} (as parseReply() returns it),
 * else `null`. The copy is made of plain values read once, so that nothing the caller controls (a
 * getter, a proxy) runs again while the reply is classified.
 */
function asParsedReply(value: unknown): ParsedReply | null {
  try {
    const lines = readProp(value, 'lines');
    const problems = readProp(value, 'problems');
    const code = readProp(value, 'code');
    const enhanced = readProp(value, 'enhanced');
    const [whole, prefix, suffix] = [readProp(value, 'text'), readProp(value, 'prefix'), readProp(value, 'suffix')];
    if (!Array.isArray(lines) || !Array.isArray(problems)) return null;
    if (typeof whole !== 'string' || typeof prefix !== 'string' || typeof suffix !== 'string') return null;
    if (code !== null && (typeof code !== 'number' || !Number.isInteger(code))) return null;
    if (enhanced !== null && (typeof enhanced !== 'string' || !isEnhancedCode(enhanced))) return null;
    const copied: ReplyLine[] = [];
    for (const line of lines as unknown[]) {
      const t = readProp(line, 'text');
      const c = readProp(line, 'code');
      const e = readProp(line, 'enhanced');
      const sep = readProp(line, 'separator');
      if (typeof t !== 'string') return null;
      copied.push({
        code: typeof c === 'number' && Number.isInteger(c) ? c : null,
        separator: sep === '-' || sep === ' ' ? sep : '',
        enhanced: typeof e === 'string' && isEnhancedCode(e) ? e : null,
        text: t,
      });
    }
    const kept: Problem[] = [];
    for (const p of problems as unknown[]) {
      const kind = readProp(p, 'kind');
      const message = readProp(p, 'message');
      if (typeof kind !== 'string' || typeof message !== 'string') continue;
      const line = readProp(p, 'line');
      const offset = readProp(p, 'offset');
      kept.push({
        kind: kind as ProblemKind,
        message,
        ...(typeof line === 'number' ? { line } : {}),
        ...(typeof offset === 'number' ? { offset } : {}),
      });
    }
    return { code, enhanced, lines: copied, text: whole, prefix, suffix, problems: kept };
  } catch {
    return null;
  }
}
