/**
 * `smtp-reply scan <file|->`: reads a mail server log line by line in bounded memory, classifies
 * every failed or deferred delivery attempt, and prints a summary (or one JSON object per
 * attempt with --json). Reading and printing only; parsing is parseLogLine()'s, deciding is
 * classify()'s, counting is LogSummarizer's.
 */
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import type { Readable } from 'node:stream';
import { classify, type Classification } from '../index.js';
import { readLogLine } from '../inputs/logs.js';
import type { LogEvent } from '../inputs/log-event.js';
import { LogSummarizer, type LogSummary } from '../report/summary.js';

export const SCAN_HELP = `Usage: smtp-reply scan [options] <file|->

Reads a Postfix, Exim or Sendmail log ("-" for standard input), classifies every
bounced or deferred delivery attempt, and prints counts by category, by bounce
type and by recipient domain, with one example reply per category.

Options:
  --json        one JSON object per delivery attempt instead of the summary
  --verbose     list the lines that could not be read, and every domain
  -h, --help    this help

Exit status: 0 when the log was read (unreadable lines are counted, not fatal),
1 when it could not be opened or read, 2 for a usage error.`;

/** Longest line read; the rest of a longer line is skipped and the line counted as unreadable. */
export const MAX_LINE = 1 << 20;
/** Domains listed in the summary without --verbose. */
const TOP_DOMAINS = 20;
const PROGRESS_EVERY_MS = 250;

const SCAN_OPTIONS = {
  json: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs the subcommand with its arguments (after `scan`); resolves to the exit status. */
export async function runScan(args: readonly string[]): Promise<number> {
  const { stdout, stderr } = process;
  let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof SCAN_OPTIONS }>>;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: SCAN_OPTIONS });
  } catch (e) {
    stderr.write(`smtp-reply scan: ${(e as Error).message}\n\n${SCAN_HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    stdout.write(`${SCAN_HELP}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    stderr.write(`smtp-reply scan: give one log file, or - for standard input\n\n${SCAN_HELP}\n`);
    return 2;
  }
  const source = positionals[0]!;
  const json = values.json === true;
  const verbose = values.verbose === true;
  const summarizer = new LogSummarizer();
  const progress = stderr.isTTY === true;
  let lastProgress = Date.now();
  // A reader that went away (`scan --json log | head`) ends the scan quietly.
  let closed = false;
  stdout.on('error', () => {
    closed = true;
  });
  const emit = (s: string): Promise<void> | undefined => {
    if (closed || stdout.write(s)) return undefined;
    return once(stdout, 'drain').then(() => undefined);
  };

  const onLine = (line: string, n: number, overlong: boolean): Promise<void> | undefined => {
    if (overlong) {
      summarizer.unreadable(n, `longer than ${MAX_LINE} characters`, line);
      if (json && verbose) stderr.write(`line ${n}: unreadable: longer than ${MAX_LINE} characters\n`);
      return;
    }
    let event: ReturnType<typeof readLogLine>;
    let result: Classification | null = null;
    try {
      event = readLogLine(line);
      if (event !== null && !('unreadable' in event)) {
        result =
          event.kind === 'bounced' || event.kind === 'deferred'
            ? classify(event.reply, { command: event.command ?? undefined })
            : null;
      }
    } catch (e) {
      event = { unreadable: `could not be read: ${(e as Error).message}` };
    }
    if (event === null) {
      if (line.includes('\u0000') || line.includes('\ufffd')) {
        summarizer.unreadable(n, 'not text (NUL bytes or invalid UTF-8)', line);
        if (json && verbose) stderr.write(`line ${n}: unreadable: not text\n`);
      } else {
        summarizer.ignore();
      }
    } else if ('unreadable' in event) {
      summarizer.unreadable(n, event.unreadable, line);
      if (json && verbose) stderr.write(`line ${n}: unreadable: ${event.unreadable}\n`);
    } else {
      summarizer.add(event, result);
      if (json) return emit(`${eventJson(n, event, result)}\n`);
    }
    if (progress && (n & 0x3fff) === 0) {
      const now = Date.now();
      if (now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now;
        stderr.write(`\rscanned ${n.toLocaleString('en')} lines…`);
      }
    }
  };

  let input: Readable;
  try {
    input = source === '-' ? process.stdin : createReadStream(source);
    await readLines(input, onLine, () => closed);
  } catch (e) {
    if (progress) stderr.write('\r\u001b[K');
    if (closed) return 0;
    stderr.write(
      `smtp-reply scan: cannot read ${source === '-' ? 'standard input' : source}: ${(e as Error).message}\n`,
    );
    return 1;
  }
  if (progress) stderr.write('\r\u001b[K');
  if (closed) return 0;
  const summary = summarizer.summary();
  if (json) {
    if (summary.unreadable > 0 && !verbose) {
      stderr.write(`smtp-reply scan: ${summary.unreadable} unreadable line(s); --verbose lists them\n`);
    }
  } else {
    stdout.write(formatSummary(summary, verbose));
  }
  return 0;
}

/**
 * Calls `onLine` for each line of `input` (without its line end), with its one-based number. A
 * line longer than {@link MAX_LINE} is not kept whole: `onLine` gets its first characters and
 * `overlong` set. Memory stays bounded by {@link MAX_LINE} whatever the input.
 */
export async function readLines(
  input: Readable,
  onLine: (line: string, n: number, overlong: boolean) => Promise<void> | undefined,
  stop: () => boolean = () => false,
): Promise<void> {
  input.setEncoding('utf8');
  let carry = '';
  let overlong = false;
  let n = 0;
  for await (const chunk of input as AsyncIterable<string>) {
    if (stop()) {
      input.destroy();
      return;
    }
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      let line = overlong ? carry : carry + chunk.slice(start, nl);
      if (!overlong && line.length > MAX_LINE) {
        overlong = true;
        line = line.slice(0, 200);
      }
      if (line.endsWith('\r')) line = line.slice(0, -1);
      const wait = onLine(line, ++n, overlong);
      if (wait) await wait;
      carry = '';
      overlong = false;
      start = nl + 1;
    }
    if (!overlong) {
      carry += chunk.slice(start);
      if (carry.length > MAX_LINE) {
        overlong = true;
        carry = carry.slice(0, 200);
      }
    }
  }
  if (carry !== '' || overlong) await onLine(carry.endsWith('\r') ? carry.slice(0, -1) : carry, ++n, overlong);
}

function eventJson(line: number, e: LogEvent, r: Classification | null): string {
  return JSON.stringify({
    line,
    format: e.format,
    kind: e.kind,
    status: e.status,
    timestamp: e.timestamp,
    queueId: e.queueId,
    recipient: e.recipient,
    recipients: e.recipients,
    originalRecipient: e.originalRecipient,
    host: e.host,
    ip: e.ip,
    dsn: e.dsn,
    command: e.command,
    reply: e.reply,
    text: e.text,
    classification: r && {
      code: r.code,
      enhanced: r.enhanced,
      class: r.class,
      category: r.category,
      retryable: r.retryable,
      bounce: r.bounce,
      retryAfter: r.retryAfter,
      rule: r.rule,
      malformed: r.malformed,
    },
  });
}

/** The summary as text for a person. */
export function formatSummary(s: LogSummary, verbose: boolean): string {
  const out: string[] = [];
  const k = s.byKind;
  out.push(
    `Scanned ${plural(s.lines, 'line')}: ${plural(s.attempts, 'delivery attempt')} ` +
      `(${k.bounced} bounced, ${k.deferred} deferred, ${k.sent} sent, ${k.other} other), ` +
      `${s.ignored} other lines, ${s.unreadable} unreadable.`,
  );
  if (s.failures === 0) {
    out.push('', 'No failed or deferred deliveries.');
  } else {
    out.push('', `Failed or deferred recipients: ${s.failures}`, '', 'By category:');
    const width = Math.max(...s.byCategory.map((c) => c.category.length));
    for (const c of s.byCategory) {
      const notes: string[] = [];
      if (c.hard) notes.push(`${c.hard} hard bounce${c.hard === 1 ? '' : 's'}`);
      if (c.retryable) notes.push(`${c.retryable} retryable`);
      out.push(
        `  ${c.category.padEnd(width)}  ${String(c.count).padStart(7)}${notes.length ? `  (${notes.join(', ')})` : ''}`,
      );
      out.push(`  ${''.padEnd(width)}  e.g. ${oneLine(c.example)}`);
    }
    out.push('', 'By bounce type:');
    out.push(`  hard  ${String(s.byBounce.hard).padStart(7)}`, `  soft  ${String(s.byBounce.soft).padStart(7)}`);
    if (s.byBounce.none) out.push(`  none  ${String(s.byBounce.none).padStart(7)}`);
    out.push('', 'By recipient domain:');
    const domains = verbose ? s.byDomain : s.byDomain.slice(0, TOP_DOMAINS);
    const dw = Math.max(...domains.map((d) => (d.domain || '(no domain)').length));
    for (const d of domains) {
      out.push(
        `  ${(d.domain || '(no domain)').padEnd(dw)}  ${String(d.count).padStart(7)}${d.hard ? `  (${d.hard} hard)` : ''}`,
      );
    }
    const rest = s.byDomain.length - domains.length;
    if (rest > 0) out.push(`  … ${plural(rest, 'more domain')} (--verbose lists them)`);
    if (s.otherDomains > 0) out.push(`  … ${s.otherDomains} failures at further domains (not counted one by one)`);
  }
  if (s.unreadable > 0) {
    if (verbose) {
      out.push('', `Unreadable lines (${s.unreadable}):`);
      for (const u of s.unreadableLines) out.push(`  line ${u.line}: ${u.reason}: ${oneLine(u.text)}`);
      if (s.unreadable > s.unreadableLines.length) out.push(`  … and ${s.unreadable - s.unreadableLines.length} more`);
    } else {
      out.push('', `Unreadable lines: ${s.unreadable} (--verbose lists them)`);
    }
  }
  return `${out.join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Text for one terminal line: white space runs folded, control characters shown as `\xNN`. */
function oneLine(s: string): string {
  let out = '';
  let space = false;
  let i = 0;
  for (; i < s.length && out.length < 160; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      if (!space) out += ' ';
      space = true;
      continue;
    }
    space = false;
    out += c < 32 || c === 127 ? `\\x${c.toString(16).padStart(2, '0')}` : s[i];
  }
  return i < s.length ? `${out}…` : out;
}
