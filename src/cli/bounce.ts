/**
 * `smtp-reply bounce <file.eml | mbox | Maildir folder | ->`: reads bounce emails and prints one
 * line per recipient (or one JSON object per email with --json), then a summary. An mbox is read
 * as a stream, one message at a time, so its size does not matter. Reading and printing only: the
 * reading of each email is parseBounce()'s.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Readable } from 'node:stream';
import { parseBounce, type BounceResult } from '../bounce/index.js';

export const BOUNCE_HELP = `Usage: smtp-reply bounce [options] <file.eml | mbox | Maildir folder | ->

Reads bounce emails, complaints and automatic replies: one email file, an mbox
(read as a stream, any size), a Maildir (its new/ and cur/ folders) or a folder
of .eml files, or standard input ("-": one email, or an mbox). Prints one line
per recipient: source, kind, recipient, status, reply code, category, hard/soft,
then a summary of kinds, categories and bounce types.

Options:
  --json        one JSON object per email instead of lines (the summary goes to stderr)
  --progress    show progress on stderr even when it is not a terminal
  -h, --help    this help

Exit status: 0 when the input was read (unreadable emails are counted, not fatal),
1 when it could not be opened or read, 2 for a usage error.`;

/** Bytes of one message kept from an mbox at most; parseBounce reads 10 MiB of it. */
const MAX_MESSAGE = 16 * 1024 * 1024;
const PROGRESS_EVERY_MS = 250;
/** Inputs above this size show progress on a terminal. */
const LARGE_INPUT = 8 * 1024 * 1024;

const OPTIONS = {
  json: { type: 'boolean', default: false },
  progress: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

interface Tally {
  emails: number;
  recipients: number;
  kinds: Map<string, number>;
  categories: Map<string, number>;
  hard: number;
  soft: number;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Runs the subcommand with its arguments (after `bounce`); resolves to the exit status. */
export async function runBounce(args: readonly string[]): Promise<number> {
  const { stdout, stderr } = process;
  let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: OPTIONS });
  } catch (e) {
    stderr.write(`smtp-reply bounce: ${(e as Error).message}\n\n${BOUNCE_HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    stdout.write(`${BOUNCE_HELP}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    stderr.write(`smtp-reply bounce: give one file, mbox, Maildir folder, or - for standard input\n\n${BOUNCE_HELP}\n`);
    return 2;
  }
  const source = positionals[0]!;
  const json = values.json === true;
  const tally: Tally = { emails: 0, recipients: 0, kinds: new Map(), categories: new Map(), hard: 0, soft: 0 };
  let closed = false;
  stdout.on('error', () => {
    closed = true;
  });
  const write = (s: string): Promise<void> | undefined =>
    closed || stdout.write(s) ? undefined : once(stdout, 'drain').then(() => undefined);

  let bytesRead = 0;
  let showProgress = values.progress === true;
  let lastProgress = 0;
  const progress = () => {
    if (!showProgress) return;
    const now = Date.now();
    if (now - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = now;
    stderr.write(`\rread ${tally.emails.toLocaleString('en')} emails, ${(bytesRead / 1048576).toFixed(1)} MiB…`);
  };

  const handle = async (name: string, raw: Uint8Array) => {
    bytesRead += raw.length;
    const r = await parseBounce(raw);
    count(tally, r);
    progress();
    const wait = write(json ? `${toJson(name, r)}\n` : lines(name, r));
    if (wait) await wait;
  };

  try {
    if (source === '-') {
      showProgress ||= stderr.isTTY === true;
      await readStream(process.stdin, handle, () => closed, 'stdin');
    } else {
      const st = statSync(source);
      if (st.isDirectory()) {
        const files = folderFiles(source);
        showProgress ||= stderr.isTTY === true && files.length > 1000;
        for (const f of files) {
          if (closed) break;
          await handle(f, await readFile(f));
        }
      } else {
        showProgress ||= stderr.isTTY === true && st.size > LARGE_INPUT;
        await readStream(createReadStream(source), handle, () => closed, source);
      }
    }
  } catch (e) {
    if (showProgress) stderr.write('\r\u001b[K');
    if (closed) return 0;
    stderr.write(
      `smtp-reply bounce: cannot read ${source === '-' ? 'standard input' : source}: ${(e as Error).message}\n`,
    );
    return 1;
  }
  if (showProgress) stderr.write('\r\u001b[K');
  if (closed) return 0;
  (json ? stderr : stdout).write(summary(tally));
  return 0;
}

/** The files of a Maildir (new/ then cur/) or, for another folder, its files; sorted by name. */
function folderFiles(dir: string): string[] {
  const sub = ['new', 'cur'].map((d) => join(dir, d)).filter((d) => isDir(d));
  const dirs = sub.length > 0 ? sub : [dir];
  const out: string[] = [];
  for (const d of dirs) {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(d, name);
      if (statSync(path).isFile()) out.push(path);
    }
  }
  return out;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const FROM_LINE = Buffer.from('\nFrom ');

/**
 * Reads one email, or an mbox when the input begins with a `From ` line, calling `handle` for each
 * message. Memory stays bounded by {@link MAX_MESSAGE} per message (the rest of a longer one is
 * skipped; parseBounce would not read it).
 */
export async function readStream(
  input: Readable,
  handle: (name: string, raw: Uint8Array) => Promise<void>,
  stop: () => boolean,
  name: string,
): Promise<void> {
  let carry: Buffer = Buffer.alloc(0);
  let mbox: boolean | null = null;
  let n = 0;
  let skipping = false;
  const emit = async (msg: Buffer) => {
    n++;
    await handle(mbox ? `${name}#${n}` : name, mbox ? unescapeFrom(msg) : msg);
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    if (stop()) {
      input.destroy();
      return;
    }
    carry = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
    mbox ??= carry.length >= 5 ? carry.subarray(0, 5).toString('latin1') === 'From ' : null;
    if (mbox !== true) {
      if (mbox === false && carry.length > MAX_MESSAGE) carry = carry.subarray(0, MAX_MESSAGE);
      continue;
    }
    let start = 0;
    for (let at = carry.indexOf(FROM_LINE, 1); at >= 0; at = carry.indexOf(FROM_LINE, at + 1)) {
      if (!skipping) await emit(carry.subarray(start, at + 1));
      skipping = false;
      start = at + 1;
    }
    carry = carry.subarray(start);
    if (carry.length > MAX_MESSAGE) {
      // An overlong message: keep its start, drop the rest up to the next separator.
      if (!skipping) await emit(carry.subarray(0, MAX_MESSAGE));
      skipping = true;
      carry = carry.subarray(carry.length - FROM_LINE.length);
    }
  }
  if (carry.length > 0 && !skipping) await emit(carry);
}

/** Drops the mbox `From ` line and unescapes `>From ` lines of the body. */
function unescapeFrom(msg: Buffer): Uint8Array {
  const nl = msg.indexOf(10);
  const body = nl >= 0 ? msg.subarray(nl + 1) : msg;
  return body.indexOf('\n>From ') < 0
    ? body
    : Buffer.from(body.toString('latin1').replaceAll('\n>From ', '\nFrom '), 'latin1');
}

function count(t: Tally, r: BounceResult): void {
  t.emails++;
  bump(t.kinds, r.kind);
  for (const x of r.recipients) {
    t.recipients++;
    if (r.kind === 'complaint' || r.kind === 'auto-reply') continue;
    bump(t.categories, x.classification.category);
    if (x.classification.bounce === 'hard') t.hard++;
    else if (x.classification.bounce === 'soft') t.soft++;
  }
}

/** One line per recipient (one line for an email without any). */
function lines(name: string, r: BounceResult): string {
  const rows = r.recipients.map((x) =>
    [
      name,
      r.kind,
      x.recipient ?? '-',
      x.status ?? '-',
      x.code ?? '-',
      r.kind === 'complaint' ? (r.complaint?.feedbackType ?? '-') : x.classification.category,
      x.classification.bounce ?? '-',
    ].join('\t'),
  );
  if (rows.length === 0) rows.push([name, r.kind, '-', '-', '-', '-', '-'].join('\t'));
  return `${rows.join('\n')}\n`;
}

function toJson(name: string, r: BounceResult): string {
  return JSON.stringify({
    source: name,
    kind: r.kind,
    format: r.format,
    reportingMta: r.reportingMta,
    arrivalDate: r.arrivalDate,
    original: r.original,
    complaint: r.complaint,
    autoReply: r.autoReply,
    subject: r.subject,
    from: r.from,
    recipients: r.recipients.map((x) => ({
      recipient: x.recipient,
      action: x.action,
      status: x.status,
      code: x.code,
      command: x.command,
      remoteMta: x.remoteMta,
      diagnostic: x.diagnostic,
      category: x.classification.category,
      bounce: x.classification.bounce,
      retryable: x.classification.retryable,
      rule: x.classification.rule,
    })),
    problems: r.problems,
  });
}

function summary(t: Tally): string {
  const out = [
    ``,
    `Read ${t.emails} email${t.emails === 1 ? '' : 's'}, ${t.recipients} recipient${t.recipients === 1 ? '' : 's'}.`,
  ];
  const list = (title: string, m: Map<string, number>) => {
    if (m.size === 0) return;
    out.push(`${title}:`);
    const rows = [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const w = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) out.push(`  ${k.padEnd(w)}  ${String(v).padStart(7)}`);
  };
  list('By kind', t.kinds);
  list('By category', t.categories);
  out.push('By bounce type:', `  hard  ${String(t.hard).padStart(7)}`, `  soft  ${String(t.soft).padStart(7)}`);
  return `${out.join('\n')}\n`;
}
