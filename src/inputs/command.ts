import type { SmtpCommand } from '../types.js';
import { toCommand } from '../classify/input.js';

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
