/**
 * The one reader of commands: the way clients name them (`'RCPT TO'`, `'CONN'`) and the way MTAs
 * write them in logs and reports (`end of DATA`, `initial connection`).
 */
import type { SmtpCommand } from '../types.js';

/** Every SMTP command a reply can answer, in session order (`OTHER` left out: it names none). */
export const SMTP_COMMANDS = /* @__PURE__ */ Object.freeze([
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
] as const satisfies readonly Exclude<SmtpCommand, 'OTHER'>[]);

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

/**
 * The command named by a phrase as MTAs write it: `RCPT TO:<a@b>`, `MAIL FROM`, `end of DATA`,
 * `end of data`, `pipelined RCPT TO:<a@b>`, `initial connection`, `the initial server greeting`,
 * `message body`, `EHLO mx.example.com`. `null` for an empty phrase.
 */
export function commandOf(phrase: string): SmtpCommand | null {
  let p = phrase.trim().toLowerCase();
  if (p.startsWith('the ')) p = p.slice(4);
  if (p.startsWith('pipelined ')) p = p.slice(10);
  if (p === '') return null;
  if (p.startsWith('end of data') || p.startsWith('message body') || p.startsWith('end of message')) return 'DATA';
  if (p.startsWith('initial') || p.includes('greeting') || p.startsWith('connect')) return 'CONNECT';
  if (p.startsWith('ehlo') || p.includes('ehlo handshake')) return 'EHLO';
  if (p.startsWith('tls')) return 'STARTTLS';
  return toCommand(p);
}
