/**
 * The adapter to postal-mime, the only place that knows it: turns the raw email into the parts
 * the readers need (top-level headers, the human-readable text, the report parts as text, the
 * header block of the returned message). MIME decoding (transfer encodings, charsets, encoded
 * words, nesting) is postal-mime's job, not ours.
 */
import PostalMime, { type Email, type Header } from 'postal-mime';
import type { BounceProblem } from './types.js';

/** One attached part, decoded to text. */
export interface MimePart {
  /** Lower-case MIME type, e.g. `message/delivery-status`. */
  readonly type: string;
  /** The part's content as text (report parts are ASCII or UTF-8 by their RFCs). */
  readonly text: string;
}

/** What the readers get from one email. */
export interface MailView {
  /** Top-level headers, in order, lower-case names. */
  readonly headers: readonly Header[];
  /** `Subject`, decoded. */
  readonly subject: string | null;
  /** `From` address. */
  readonly from: string | null;
  /** `From` display name. */
  readonly fromName: string | null;
  /** `To` addresses. */
  readonly to: readonly string[];
  /** The human-readable text (text/plain parts, else the HTML turned into text). */
  readonly text: string;
  /** Attached parts other than the human-readable text, in order. */
  readonly parts: readonly MimePart[];
}

/** Parts of these types are kept as text for the readers. */
const KEPT_TYPES: ReadonlySet<string> = new Set([
  'message/delivery-status',
  'message/global-delivery-status',
  'message/feedback-report',
  'message/rfc822',
  'message/global',
  'text/rfc822-headers',
  'text/rfc822-header',
  'message/rfc822-headers',
  'message/partial',
  'text/plain',
]);

/** MIME nesting and part-count caps handed to postal-mime (its defaults are higher). */
const MAX_NESTING = 32;
const MAX_PARTS = 500;

let utf8: { decode(input: Uint8Array): string } | undefined;

/** Decodes bytes as UTF-8, replacing what is not. */
export function decodeUtf8(bytes: Uint8Array): string {
  utf8 ??= new TextDecoder('utf-8', { fatal: false });
  return utf8.decode(bytes);
}

/** Parses the email with postal-mime; never throws (a failure becomes a `mime` problem and an empty view). */
export async function readMime(bytes: Uint8Array, problems: BounceProblem[]): Promise<MailView> {
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, {
      forceRfc822Attachments: true,
      attachmentEncoding: 'arraybuffer',
      maxNestingDepth: MAX_NESTING,
      maxPartCount: MAX_PARTS,
    });
  } catch (e) {
    problems.push({ kind: 'mime', message: `the MIME structure could not be read: ${(e as Error).message}` });
    return { headers: [], subject: null, from: null, fromName: null, to: [], text: '', parts: [] };
  }
  const parts: MimePart[] = [];
  let extraText = '';
  for (const a of email.attachments) {
    const type = a.mimeType.toLowerCase();
    if (!KEPT_TYPES.has(type)) continue;
    const content = a.content;
    const text =
      typeof content === 'string'
        ? content
        : decodeUtf8(content instanceof Uint8Array ? content : new Uint8Array(content));
    if (type === 'text/plain') extraText += `\n${text}`;
    else parts.push({ type, text });
  }
  let body = email.text ?? (email.html ? htmlToText(email.html) : '');
  if (!body.trim() && email.attachments.length === 0) body = rawBody(bytes);
  const from = email.from?.address ?? null;
  const to: string[] = [];
  for (const a of email.to ?? []) {
    if (a.address) to.push(a.address);
    else for (const m of a.group ?? []) to.push(m.address);
  }
  return {
    headers: email.headers,
    subject: email.subject ?? null,
    from: from || null,
    fromName: email.from?.name || null,
    to,
    text: body + extraText,
    parts,
  };
}

/** Reads the header block of a returned message (a `message/rfc822` or `text/rfc822-headers` part). */
export async function readHeaderBlock(text: string): Promise<Email | null> {
  // Only the header block is needed: cut at the first blank line so a large body is not decoded.
  let end = text.indexOf('\n\n');
  const crlf = text.indexOf('\r\n\r\n');
  if (crlf >= 0 && (end < 0 || crlf < end)) end = crlf;
  const head = end >= 0 ? text.slice(0, end) : text;
  try {
    return await PostalMime.parse(`${head}\r\n\r\n`, { maxNestingDepth: 2, maxPartCount: 2 });
  } catch {
    return null;
  }
}

/** HTML to text for readers that look for phrases and addresses: tags dropped, block ends as line breaks, a few entities. */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      const close = html.indexOf('>', i + 1);
      if (close < 0) break;
      const tag = lower.slice(i + 1, Math.min(close, i + 12));
      if (
        tag.startsWith('br') ||
        tag.startsWith('/p') ||
        tag.startsWith('/div') ||
        tag.startsWith('/tr') ||
        tag.startsWith('p ') ||
        tag === 'p' ||
        tag.startsWith('/h') ||
        tag.startsWith('/li')
      )
        out += '\n';
      else if (tag.startsWith('/td')) out += ' ';
      if (tag.startsWith('style') || tag.startsWith('script')) {
        const endTag = lower.indexOf(tag.startsWith('style') ? '</style' : '</script', close);
        i = endTag < 0 ? n : endTag;
        continue;
      }
      i = close + 1;
      continue;
    }
    if (c === 38 /* & */) {
      const semi = html.indexOf(';', i);
      if (semi > i && semi - i <= 8) {
        const ent = html.slice(i + 1, semi).toLowerCase();
        const rep = ENTITIES[ent];
        if (rep !== undefined) {
          out += rep;
          i = semi + 1;
          continue;
        }
      }
    }
    out += html[i];
    i++;
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  nbsp: ' ',
  '#39': "'",
  apos: "'",
};

/** The value of the first header called `name` (lower-case), or `null`. */
export function header(headers: readonly Header[], name: string): string | null {
  for (const h of headers) if (h.key === name) return h.value;
  return null;
}

/** The body after the top header block, as UTF-8: for a multipart email whose boundaries never appear. */
function rawBody(bytes: Uint8Array): string {
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 10) continue;
    if (bytes[i + 1] === 10) return decodeUtf8(bytes.subarray(i + 2));
    if (bytes[i + 1] === 13 && bytes[i + 2] === 10) return decodeUtf8(bytes.subarray(i + 3));
  }
  return '';
}
