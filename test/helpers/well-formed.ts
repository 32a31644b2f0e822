/**
 * Shape checks shared by the fuzz properties (scripts/fuzz.ts, test/fuzz.test.ts) and the hostile
 * input tests. Plain `throw`s rather than `expect` so that the fuzz script can use them outside
 * vitest; each message names the field and the value that broke the contract.
 *
 * They check what every result must satisfy whatever the input was, not what a given reply
 * should be classified as: that is the job of the table-driven tests.
 */
import { CATEGORIES } from '../../src/index.js';
import type {
  Classification,
  LookupResult,
  ParsedReply,
  ProblemKind,
  ReplyClass,
  SmtpCommand,
} from '../../src/index.js';

/** Every problem kind (checked to be exhaustive below). */
export const PROBLEM_KINDS = [
  'no-code',
  'code-mismatch',
  'enhanced-class-mismatch',
  'enhanced-mismatch',
  'missing-last-line',
  'code-out-of-range',
  'leading-text',
  'multiple-replies',
  'enhanced-in-text',
  'bad-line',
  'truncated',
  'invalid-input',
  'empty',
] as const satisfies readonly ProblemKind[];
const COMMANDS = [
  'CONNECT',
  'HELO',
  'EHLO',
  'STARTTLS',
  'AUTH',
  'MAIL',
  'RCPT',
  'DATA',
  'BDAT',
  'QUIT',
  'OTHER',
] as const satisfies readonly SmtpCommand[];

// Compile-time check that the lists above name every member of the unions.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
const allKinds: Missing<ProblemKind, (typeof PROBLEM_KINDS)[number]> = true;
const allCommands: Missing<SmtpCommand, (typeof COMMANDS)[number]> = true;
void allKinds;
void allCommands;

const KIND_SET: ReadonlySet<string> = new Set(PROBLEM_KINDS);
const COMMAND_SET: ReadonlySet<string> = new Set(COMMANDS);
const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES);
const CLASS_OF: Readonly<Record<string, ReplyClass>> = {
  '2': 'success',
  '3': 'intermediate',
  '4': 'transient',
  '5': 'permanent',
};

function fail(what: string, value: unknown): never {
  let shown: string;
  try {
    shown =
      typeof value === 'string'
        ? JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value)
        : String(value);
  } catch {
    shown = Object.prototype.toString.call(value);
  }
  throw new Error(`not well formed: ${what} (got ${shown})`);
}

function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}

/** RFC 3463 §2 shape: class 2/4/5, then two dot-separated runs of 1–3 digits, nothing else. */
export function isEnhancedCode(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const parts = v.split('.');
  if (parts.length !== 3 || !['2', '4', '5'].includes(parts[0]!)) return false;
  return parts.slice(1).every((p) => p.length >= 1 && p.length <= 3 && [...p].every((c) => c >= '0' && c <= '9'));
}

/**
 * The class a code must get: its first digit when that is 2–5 (RFC 5321 §4.2: unknown codes are
 * read by their first digit), `'unknown'` for any other code, and the enhanced code's class digit when there is no code.
 */
export function expectedClass(code: number | null, enhanced: string | null): ReplyClass {
  if (code !== null) {
    const first = Math.floor(code / 100);
    return first >= 2 && first <= 5 ? CLASS_OF[String(first)]! : 'unknown';
  }
  return enhanced !== null ? (CLASS_OF[enhanced[0]!] ?? 'unknown') : 'unknown';
}

function checkProblems(problems: unknown, where: string, lineCount: number, inputLength: number | undefined): void {
  if (!Array.isArray(problems)) fail(`${where}problems is an array`, problems);
  for (const p of problems as unknown[]) {
    if (typeof p !== 'object' || p === null) fail(`${where}problems[] are objects`, p);
    const { kind, message, line, offset } = p as Record<string, unknown>;
    if (typeof kind !== 'string' || !KIND_SET.has(kind)) fail(`${where}problem kind is a ProblemKind`, kind);
    if (!isNonEmptyString(message)) fail(`${where}problem message is a non-empty string`, message);
    if (line !== undefined && (!Number.isInteger(line) || (line as number) < 0 || (line as number) > lineCount)) {
      fail(`${where}problem line is an index within the reply's lines (0–${lineCount})`, line);
    }
    if (
      offset !== undefined &&
      (!Number.isInteger(offset) ||
        (offset as number) < 0 ||
        (inputLength !== undefined && (offset as number) > inputLength))
    ) {
      fail(`${where}problem offset is within the input`, offset);
    }
  }
}

/** A cap as the parser applies it: a positive number, rounded down; anything else means the default. */
function effectiveCap(v: unknown, fallback: number): number {
  return typeof v === 'number' && v > 0 ? Math.floor(v) : fallback;
}

/**
 * Checks a {@link parseReply} result. `input` (the string parsed) enables the checks that relate
 * the result to the input: offsets within it, the `truncated` problem when it exceeds `maxLength`.
 */
export function assertWellFormedReply(
  reply: ParsedReply,
  input?: string,
  caps?: { maxLength?: number | undefined; maxLines?: number | undefined },
  where = 'reply.',
): void {
  if (typeof reply !== 'object' || reply === null) fail(`${where} is an object`, reply);
  const { code, enhanced, lines, text, prefix, suffix, problems } = reply;
  if (code !== null && (!Number.isInteger(code) || code < 0 || code > 999))
    fail(`${where}code is null or 000–999`, code);
  if (enhanced !== null && !isEnhancedCode(enhanced))
    fail(`${where}enhanced is null or class.subject.detail`, enhanced);
  if (!Array.isArray(lines)) fail(`${where}lines is an array`, lines);
  for (const l of lines) {
    if (l.code !== null && (!Number.isInteger(l.code) || l.code < 0 || l.code > 999))
      fail(`${where}lines[].code`, l.code);
    if (l.separator !== '-' && l.separator !== ' ' && l.separator !== '')
      fail(`${where}lines[].separator`, l.separator);
    if (l.enhanced !== null && !isEnhancedCode(l.enhanced)) fail(`${where}lines[].enhanced`, l.enhanced);
    if (typeof l.text !== 'string') fail(`${where}lines[].text is a string`, l.text);
    if (l.text.includes('\r') || l.text.includes('\n')) fail(`${where}lines[].text holds no line break`, l.text);
  }
  if (code !== null && lines.length === 0) fail(`${where}a reply with a code has lines`, lines.length);
  if (typeof text !== 'string') fail(`${where}text is a string`, text);
  if (text.includes('\r') || text.includes('\n')) fail(`${where}text holds no line break`, text);
  if (typeof prefix !== 'string') fail(`${where}prefix is a string`, prefix);
  if (typeof suffix !== 'string') fail(`${where}suffix is a string`, suffix);
  checkProblems(problems, where, lines.length, input?.length);
  if (input !== undefined) {
    const maxLength = effectiveCap(caps?.maxLength, 1_048_576);
    const maxLines = effectiveCap(caps?.maxLines, 100_000);
    if (input.length > maxLength && !problems.some((p) => p.kind === 'truncated')) {
      fail(`${where}problems says 'truncated' for an input longer than maxLength ${maxLength}`, input.length);
    }
    if (lines.length > maxLines) fail(`${where}lines.length is at most maxLines ${maxLines}`, lines.length);
    if (text.length > input.length) fail(`${where}text is no longer than the input`, text.length);
  }
}

/** Checks a {@link classify} result: types, the class/bounce/category contract, the parsed reply. */
export function assertWellFormed(
  result: Classification,
  input?: unknown,
  caps?: { maxLength?: number | undefined; maxLines?: number | undefined },
): void {
  if (typeof result !== 'object' || result === null) fail('result is an object', result);
  const r = result;
  if (r.code !== null && (!Number.isInteger(r.code) || r.code < 0 || r.code > 999))
    fail('code is null or 000–999', r.code);
  if (r.reply.code !== null && r.code !== r.reply.code) fail('code is the parsed reply code', r.code);
  if (r.enhanced !== null && !isEnhancedCode(r.enhanced)) fail('enhanced is null or class.subject.detail', r.enhanced);

  const invalid = r.problems.some((p) => p.kind === 'invalid-input');
  const expected = invalid && r.code === null && r.enhanced === null ? 'unknown' : expectedClass(r.code, r.enhanced);
  if (r.class !== expected)
    fail(`class matches the code's first digit (${String(r.code)}/${String(r.enhanced)} → ${expected})`, r.class);

  if (typeof r.retryable !== 'boolean') fail('retryable is a boolean', r.retryable);
  if (r.bounce !== null && r.bounce !== 'hard' && r.bounce !== 'soft') fail('bounce is hard, soft or null', r.bounce);
  // "Invalid": nothing to bounce on — not a reply at all, or a class-less input without text.
  const nothing = invalid || (r.class === 'unknown' && r.reply.text === '');
  const noBounce = r.class === 'success' || r.class === 'intermediate' || nothing;
  if ((r.bounce === null) !== noBounce)
    fail(`bounce is null iff success/intermediate/invalid (class ${r.class})`, r.bounce);
  if (r.bounce === 'hard' && r.class === 'transient') fail('a transient reply is never a hard bounce', r.bounce);
  if (r.class === 'success' && r.category !== 'success') fail('a 2xx reply has category success', r.category);
  if (r.class === 'intermediate' && r.category !== 'intermediate')
    fail('a 3xx reply has category intermediate', r.category);

  if (!CATEGORY_SET.has(r.category)) fail('category is one of CATEGORIES', r.category);
  if (!isNonEmptyString(r.description)) fail('description is a non-empty string', r.description);
  if (!isNonEmptyString(r.fix)) fail('fix is a non-empty string', r.fix);
  if (!isNonEmptyString(r.rule)) fail('rule is a non-empty string', r.rule);
  if (!isNonEmptyString(r.why)) fail('why is a non-empty string', r.why);
  if (r.retryAfter !== null) {
    if (typeof r.retryAfter !== 'number' || !Number.isFinite(r.retryAfter) || r.retryAfter <= 0)
      fail('retryAfter is null or a positive number', r.retryAfter);
    if (!r.retryable) fail('retryAfter is only given for a retryable reply', r.retryAfter);
  }
  if (r.command !== null && !COMMAND_SET.has(r.command)) fail('command is null or an SmtpCommand', r.command);
  if (typeof r.malformed !== 'boolean') fail('malformed is a boolean', r.malformed);
  if (invalid && !r.malformed) fail('invalid input is malformed', r.malformed);
  checkProblems(r.problems, '', Number.MAX_SAFE_INTEGER, undefined);
  assertWellFormedReply(r.reply, typeof input === 'string' ? input : undefined, caps);
}

/** Checks a {@link lookup} result (`null` is well formed: not a code). */
export function assertWellFormedLookup(result: LookupResult | null): void {
  if (result === null) return;
  const { kind, code, entry, fallback } = result;
  if (kind !== 'basic' && kind !== 'enhanced') fail('lookup kind', kind);
  if (kind === 'enhanced' && !isEnhancedCode(code)) fail('enhanced lookup code is class.subject.detail', code);
  if (kind === 'basic' && !/^[1-9]\d\d$/.test(code)) fail('basic lookup code is three digits', code);
  const cls = CLASS_OF[code[0]!];
  if (result.class !== cls) fail(`lookup class matches the first digit of ${code}`, result.class);
  if (fallback !== null && fallback !== 'subject' && fallback !== 'class') fail('lookup fallback', fallback);
  if (entry.kind !== kind) fail('lookup entry kind matches', entry.kind);
  if (!Object.isFrozen(entry)) fail('lookup entry is frozen', entry.key);
  for (const k of ['name', 'description', 'whenSeen', 'fix'] as const) {
    if (!isNonEmptyString(result[k])) fail(`lookup ${k} is a non-empty string`, result[k]);
  }
}
