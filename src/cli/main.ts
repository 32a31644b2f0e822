#!/usr/bin/env node
/**
 * The `smtp-reply` command: argument handling and output only; every decision is classify()'s.
 *
 *   smtp-reply "550 5.1.1 User unknown"        classify the reply given as an argument
 *   printf '451 4.7.1 Try later\n' | smtp-reply classify one reply per line of standard input
 *   smtp-reply --json "421 4.7.0 Too many"      one JSON object per reply
 *   smtp-reply bounce bounces.mbox              one line per recipient of each bounce email
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { classify, type Classification, type ClassifyOptions, type Locale, type SmtpCommand } from '../index.js';
import { SMTP_COMMANDS, toCommand } from '../inputs/command.js';
import { formatHuman, toJson } from './output.js';
import { LOCALES, findLocale } from './locales.js';
import { CONTINUATION_LINE_REGEX } from '../regex.js';
import { runScan } from './scan.js';
import { runBounce } from './bounce.js';

/** The commands --command accepts (toCommand() also reads the usual aliases and wire spellings). */
const COMMAND_NAMES: readonly SmtpCommand[] = SMTP_COMMANDS;

const HELP = `Usage: smtp-reply [options] [reply ...]
       smtp-reply scan [--json] [--verbose] <file|->   summarise a Postfix, Exim or Sendmail log
       smtp-reply bounce [--json] <file.eml|mbox|Maildir|->   read bounce emails

Classifies SMTP replies: delivered, retry later, or bounce. Replies come from the
arguments; with none, from standard input, one reply per line (a multi-line reply
may be given with its continuation lines "550-..." on consecutive lines).

Options:
  --json             one JSON object per reply
  --command NAME     the command the reply answered: ${COMMAND_NAMES.join(', ')}
  --locale CODE      language of the texts: ${Object.keys(LOCALES).join(', ')} (default en; any case)
  --no-color         plain output even on a terminal
  -h, --help         this help
  -v, --version      the version

Exit status: 0 when every reply was read, 2 for a usage error.`;

const OPTIONS = {
  json: { type: 'boolean', default: false },
  command: { type: 'string' },
  locale: { type: 'string', default: 'en' },
  'no-color': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

function main(): number {
  let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (e) {
    process.stderr.write(`smtp-reply: ${(e as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const locale: Locale | undefined = findLocale(values.locale ?? 'en');
  if (!locale) {
    process.stderr.write(`smtp-reply: unknown locale '${values.locale}'; one of ${Object.keys(LOCALES).join(', ')}\n`);
    return 2;
  }
  const color = !values['no-color'] && process.stdout.isTTY === true && !process.env['NO_COLOR'];
  let command: SmtpCommand | undefined;
  if (values.command !== undefined) {
    command = toCommand(values.command) ?? undefined;
    if (command === undefined || command === 'OTHER') {
      process.stderr.write(
        `smtp-reply: unknown command '${values.command}'; one of ${COMMAND_NAMES.join(', ')} (any case; RCPT TO and MAIL FROM work too)\n`,
      );
      return 2;
    }
  }
  const options: ClassifyOptions = { locale, command };
  const emit = (reply: string) => {
    const r: Classification = classify(reply, options);
    process.stdout.write(values.json ? `${toJson(reply, r)}\n` : `${formatHuman(reply, r, locale, color)}\n`);
  };
  if (positionals.length > 0) {
    for (const p of positionals) emit(p);
    return 0;
  }
  readStdin(emit);
  return 0;
}

/** Reads replies from standard input, joining `NNN-` continuation lines with what follows them. */
function readStdin(emit: (reply: string) => void): void {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let pending: string[] = [];
  rl.on('line', (line) => {
    if (line.trim() === '') return;
    pending.push(line);
    if (!CONTINUATION_LINE_REGEX.test(line)) {
      emit(pending.join('\r\n'));
      pending = [];
    }
  });
  rl.on('close', () => {
    if (pending.length) emit(pending.join('\r\n'));
  });
}

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

// A reader that went away (`smtp-reply … | head -1`) ends the command quietly, not with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

if (process.argv[2] === 'bounce') {
  void runBounce(process.argv.slice(3)).then((code) => {
    process.exitCode = code;
  });
} else if (process.argv[2] === 'scan') {
  void runScan(process.argv.slice(3)).then((code) => {
    process.exitCode = code;
  });
} else {
  process.exitCode = main();
}
