/**
 * bounceNotice(): the notice an application sends the person whose message failed or is delayed,
 * built from a classify() result and the locale's templates. The application passes only its own
 * names (recipient, subject, service); everything it passes, and the server's reply, is untrusted.
 */
import type { Classification } from '../classify/types.js';
import type { Locale, NoticeTemplates } from '../locales/types.js';
import type { ReplyLine } from '../types.js';
import { isRtl, isolate, localeCode, noticeTemplate, resultTexts } from '../locales/resolve.js';
import { HTML_SPECIAL_REGEX, PLACEHOLDER_REGEX, UNTRUSTED_CONTROL_REGEX } from '../regex.js';

/** `'failed'`: final, nothing will retry. `'delayed'`: not delivered yet, still being retried. */
export type NoticeKind = 'failed' | 'delayed';

/** Options of {@link bounceNotice}. */
export interface BounceNoticeOptions {
  /** Language of the notice; each missing template or text falls back to English. @default English */
  readonly locale?: Locale | undefined;
  /** The address the message was sent to. Untrusted: cleaned, and escaped in HTML. */
  readonly recipient: string;
  /** The subject of the message that failed; without it the opening names no subject. Untrusted. */
  readonly subject?: string | undefined;
  /** The application's name for the footer ("sent automatically by {service}"); without it, a footer without a name. */
  readonly service?: string | undefined;
  /**
   * Which notice: `'failed'` (final) or `'delayed'` (still trying). Default: `'delayed'` when the
   * result is retryable, else `'failed'`. A `'delayed'` notice for a result that is not
   * retryable would promise a retry that will not happen: `'failed'` is written instead (the
   * returned `kind` says which). A `'failed'` notice for a retryable result is allowed (the
   * application gave up on its own).
   */
  readonly kind?: NoticeKind | undefined;
}

/** A notice for the person who sent the message. */
export interface BounceNotice {
  /** The kind written (see {@link BounceNoticeOptions.kind}). */
  readonly kind: NoticeKind;
  /** The mail subject of the notice: one line, no control characters. */
  readonly subject: string;
  /** The notice as plain text. */
  readonly text: string;
  /** The same as an HTML fragment (a `<div>` with `lang` and `dir`), every inserted value escaped. */
  readonly html: string;
}

/** Reply lines shown at most, and characters shown of each: a reply may be long, a notice not. */
const MAX_REPLY_LINES = 20;
const MAX_LINE_CHARS = 500;

/**
 * Writes the notice for one recipient of a failed or delayed message: an opening sentence (with
 * the recipient and, when given, the subject), the result's sender-facing text (`userMessage`,
 * in the variant that matches the notice: `userRetry` for a delay, `user` for a failure), a
 * technical part with the server's reply for an administrator, and a footer. In the locale's
 * language, with English for anything it lacks.
 *
 * `recipient`, `subject`, `service` and the server's reply are untrusted: control characters
 * (C0, C1, line and paragraph separators) become spaces or are dropped, bidi marks, embeddings,
 * overrides and isolates are dropped, and in `html` `& < > " '` are escaped. In a right-to-left
 * locale the inserted values and reply lines are wrapped in the library's own isolates
 * (U+2068 … U+2069) so that they keep their order.
 *
 * @example
 * ```ts
 * import { bounceNotice, classify } from 'smtp-reply';
 * import { de } from 'smtp-reply/locales/de/core';
 * const n = bounceNotice(classify('550 5.1.1 <bob@example.com>: User unknown'), {
 *   locale: de, recipient: 'bob@example.com', subject: 'Angebot', service: 'Acme Mail',
 * });
 * n.kind;    // 'failed'
 * n.subject; // the locale's subjectFailed with the recipient
 * ```
 */
export function bounceNotice(result: Classification, options: BounceNoticeOptions): BounceNotice {
  const locale = options?.locale;
  const retryable = result?.retryable === true;
  const kind: NoticeKind =
    (options?.kind ?? (retryable ? 'delayed' : 'failed')) === 'delayed' && retryable ? 'delayed' : 'failed';
  const t = (key: keyof NoticeTemplates) => noticeTemplate(key, locale);
  const rtl = isRtl(locale);
  const recipient = clean(options?.recipient);
  const subject = clean(options?.subject);
  const service = clean(options?.service);
  const values: Readonly<Record<string, string>> = { recipient, subject, service };
  const delayed = kind === 'delayed';
  const opening = t(delayed ? (subject ? 'delayed' : 'delayedNoSubject') : subject ? 'failed' : 'failedNoSubject');
  const footer = service ? t('footer') : t('footerNoService');
  // A final notice of a result that was not a hard bounce reads as one: the address is not proven bad.
  const bounce = !delayed && readBounce(result) === 'hard' ? 'hard' : 'soft';
  const message = resultTexts(result?.category ?? 'unknown', delayed, bounce, locale).userMessage;
  const reply = replyLines(result);

  // Plain text: the values cleaned and, right to left, isolated.
  const fillText = (template: string) => fill(template, values, (v) => isolate(v, locale));
  const text = [fillText(opening), '', message];
  if (reply.length) {
    text.push('', t('detailsHeading'), t('serverReply'), ...reply.map((l) => `  ${isolate(l, locale)}`));
  }
  text.push('', fillText(footer));

  // HTML: the same, every piece escaped; values isolated as in the text.
  const fillHtml = (template: string) => fill(escapeHtml(template), values, (v) => escapeHtml(isolate(v, locale)));
  const html = [
    `<div lang="${escapeHtml(clean(localeCode(locale)))}" dir="${rtl ? 'rtl' : 'ltr'}">`,
    `<p>${fillHtml(opening)}</p>`,
    `<p>${escapeHtml(message)}</p>`,
  ];
  if (reply.length) {
    html.push(
      `<p><strong>${escapeHtml(t('detailsHeading'))}</strong></p>`,
      `<p>${escapeHtml(t('serverReply'))}</p>`,
      `<pre dir="ltr">${reply.map(escapeHtml).join('\n')}</pre>`,
    );
  }
  html.push(`<p>${fillHtml(footer)}</p>`, '</div>');

  return {
    kind,
    subject: fillText(t(delayed ? 'subjectDelayed' : 'subjectFailed')),
    text: text.join('\n'),
    html: html.join('\n'),
  };
}

/**
 * Untrusted text made safe to show on one line: tabs, line breaks and other C0/C1 controls become
 * a space, bidi controls are dropped, runs of spaces become one; trimmed. Not a string: `''`.
 */
function clean(value: unknown): string {
  if (typeof value !== 'string') return '';
  const out = value.replace(UNTRUSTED_CONTROL_REGEX, (c) =>
    c.charCodeAt(0) <= 0x9f || c === '\u2028' || c === '\u2029' ? ' ' : '',
  );
  return out.includes(' ')
    ? out
        .split(' ')
        .filter((w) => w !== '')
        .join(' ')
    : out;
}

/** `& < > " '` as HTML character references. */
function escapeHtml(s: string): string {
  return s.replace(HTML_SPECIAL_REGEX, (c) => `&#${c.charCodeAt(0)};`);
}

/** Replaces `{recipient}`, `{subject}` and `{service}` (once, left to right); other braces stay. */
function fill(template: string, values: Readonly<Record<string, string>>, show: (v: string) => string): string {
  return template.replace(PLACEHOLDER_REGEX, (whole, name: string) => {
    const v = Object.hasOwn(values, name) ? values[name] : undefined;
    return v === undefined ? whole : show(v);
  });
}

/** The server's reply as lines with their codes, cleaned and capped; `[]` when there is none. */
function replyLines(result: Classification | undefined): string[] {
  const lines: readonly ReplyLine[] = Array.isArray(result?.reply?.lines) ? result.reply.lines : [];
  const out: string[] = [];
  for (const l of lines.slice(0, MAX_REPLY_LINES)) {
    const head = typeof l.code === 'number' ? `${l.code}${l.separator === '-' ? '-' : ' '}` : '';
    let s = clean(`${head}${l.enhanced ? `${l.enhanced} ` : ''}${l.text}`);
    if (s.length > MAX_LINE_CHARS) s = `${s.slice(0, MAX_LINE_CHARS)}…`;
    if (s) out.push(s);
  }
  if (lines.length > MAX_REPLY_LINES) out.push('…');
  if (!out.length) {
    const codes = clean([result?.code, result?.enhanced].filter((x) => x !== null && x !== undefined).join(' '));
    if (codes) out.push(codes);
  }
  return out;
}

/** The result's `bounce`, read defensively (a result from elsewhere may be anything). */
function readBounce(result: unknown): unknown {
  try {
    return (result as { bounce?: unknown } | null | undefined)?.bounce;
  } catch {
    return undefined;
  }
}
