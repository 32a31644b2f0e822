/**
 * Automatic replies (RFC 3834 and the usual vacation markers). A bounce often carries
 * `Auto-Submitted: auto-replied` too, so this is asked only when the email holds no report.
 */
import type { Header } from 'postal-mime';
import { header } from './mime.js';

/** Headers whose presence marks an automatic reply, whatever their value. */
const MARKER_HEADERS: readonly string[] = [
  'x-autoreply',
  'x-autorespond',
  'x-autoresponder',
  'x-auto-reply',
  'x-vacation',
  'x-mail-autoreply',
];

/** Subject starts of vacation and out-of-office notices, lower-cased, in the languages seen. */
const SUBJECT_STARTS: readonly string[] = [
  'automatic reply',
  'auto reply',
  'autoreply',
  'auto-reply',
  'auto:',
  'out of office',
  'out of the office',
  'on vacation',
  'vacation',
  'away from',
  'abwesenheitsnotiz',
  'automatische antwort',
  'réponse automatique',
  'respuesta automática',
  'resposta automática',
  'risposta automatica',
  '自動応答',
  '自動返信',
];

/** Does the email say it is an automatic reply? */
export function isAutoReply(headers: readonly Header[], subject: string | null): boolean {
  const auto = header(headers, 'auto-submitted')?.trim().toLowerCase();
  if (auto?.startsWith('auto-replied')) return true;
  for (const name of MARKER_HEADERS) if (header(headers, name) !== null) return true;
  const precedence = header(headers, 'precedence')?.trim().toLowerCase();
  if (precedence === 'auto_reply' || precedence === 'auto-reply') return true;
  const s = subject?.trim().toLowerCase() ?? '';
  return SUBJECT_STARTS.some((p) => s.startsWith(p));
}
