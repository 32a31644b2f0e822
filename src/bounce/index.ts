/**
 * smtp-reply/bounce: read the emails that come back after a server said 250: delivery status
 * notifications (RFC 3464, complete or not), the texts of mail servers that write none,
 * complaints (RFC 5965 and providers' own) and automatic replies (RFC 3834).
 *
 * @example
 * ```ts
 * import { parseBounce } from 'smtp-reply/bounce';
 * const result = await parseBounce(rawEmail);
 * for (const r of result.recipients) {
 *   if (r.classification.bounce === 'hard') suppress(r.recipient);
 * }
 * ```
 * @packageDocumentation
 */
import { classify, type Classification, type DsnAction, type Locale } from '../index.js';
import type {
  BounceKind,
  BounceFormat,
  BounceProblem,
  BounceRecipient,
  BounceResult,
  ComplaintFacts,
  OriginalMessage,
  ParseBounceOptions,
} from './types.js';
import { readMime, type MailView } from './mime.js';
import { readDeliveryStatus, actionOfClass, refineStatus, type RawRecipient } from './dsn.js';
import { readFeedbackReport, readProviderComplaint } from './arf.js';
import { isAutoReply } from './autoreply.js';
import { readTextBody, type TextReading } from './text-bodies.js';
import { readOriginal, NO_ORIGINAL } from './original.js';
import { classifyRecipient, findReplyCode, findStatus, findCommand } from './reply.js';
import { headersSayBounce, textSaysBounce } from './signals.js';
import { readSesNotification } from './ses.js';
import { bareAddress } from './arf.js';
import { unknownCharsets, looksLikeEmail } from './input.js';

export type {
  BounceKind,
  BounceFormat,
  BounceProblem,
  BounceProblemKind,
  BounceRecipient,
  BounceResult,
  ComplaintFacts,
  OriginalMessage,
  ParseBounceOptions,
} from './types.js';

/** Default of {@link ParseBounceOptions.maxBytes}: 10 MiB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Default of {@link ParseBounceOptions.maxRecipients}. */
export const DEFAULT_MAX_RECIPIENTS = 1000;

let encoder: { encode(input: string): Uint8Array } | undefined;

/**
 * Reads a bounce email, a complaint or an automatic reply and says what it is, who it is about
 * and what each recipient's reply means. Never throws and never rejects: what could not be read
 * is reported in `problems` (with `kind: 'unknown'` when nothing could). Time is linear in the
 * input's size; only the first `maxBytes` are read.
 *
 * @param message The raw email (headers and body), as a string, bytes or an `ArrayBuffer`.
 * @param options Caps, and the locale of the classifications' texts.
 * @example
 * ```ts
 * import { parseBounce } from 'smtp-reply/bounce';
 * const result = await parseBounce(raw);
 * if (result.kind === 'bounce') {
 *   for (const r of result.recipients) {
 *     console.log(r.recipient, r.status, r.classification.category, r.classification.bounce);
 *   }
 * }
 * ```
 */
export async function parseBounce(
  message: string | Uint8Array | ArrayBuffer,
  options: ParseBounceOptions = {},
): Promise<BounceResult> {
  const problems: BounceProblem[] = [];
  try {
    return await read(message, options, problems);
  } catch (e) {
    // A last guard: a reader's bug must not become the caller's exception.
    problems.push({ kind: 'unrecognised', message: `the email could not be read: ${(e as Error)?.message ?? e}` });
    return empty(problems);
  }
}

function empty(problems: BounceProblem[], view?: MailView): BounceResult {
  return {
    kind: 'unknown',
    format: 'none',
    recipients: [],
    reportingMta: null,
    arrivalDate: null,
    original: NO_ORIGINAL,
    complaint: null,
    autoReply: false,
    subject: view?.subject ?? null,
    from: view?.from ?? null,
    problems,
  };
}

async function read(
  message: string | Uint8Array | ArrayBuffer,
  options: ParseBounceOptions,
  problems: BounceProblem[],
): Promise<BounceResult> {
  const maxBytes = positive(options.maxBytes, DEFAULT_MAX_BYTES);
  const maxRecipients = positive(options.maxRecipients, DEFAULT_MAX_RECIPIENTS);
  const locale = options.locale;

  let bytes: Uint8Array;
  if (typeof message === 'string') {
    encoder ??= new TextEncoder();
    // Cut the string first, so that a huge one is not encoded whole.
    if (message.length > maxBytes) {
      problems.push({
        kind: 'truncated',
        message: `only the first ${maxBytes} of ${message.length} characters were read`,
      });
    }
    bytes = encoder.encode(message.length > maxBytes ? message.slice(0, maxBytes) : message);
  } else if (message instanceof Uint8Array) bytes = message;
  else if (message instanceof ArrayBuffer) bytes = new Uint8Array(message);
  else {
    problems.push({
      kind: 'invalid-input',
      message: `expected the raw email as a string or bytes, got ${typeof message}`,
    });
    return empty(problems);
  }
  if (bytes.length > maxBytes) {
    problems.push({ kind: 'truncated', message: `only the first ${maxBytes} of ${bytes.length} bytes were read` });
    bytes = bytes.subarray(0, maxBytes);
  }
  if (!looksLikeEmail(bytes)) {
    problems.push({ kind: 'not-an-email', message: 'the input does not begin with a header block' });
    return empty(problems);
  }
  for (const label of unknownCharsets(bytes)) {
    problems.push({
      kind: 'charset',
      message: `charset "${label}" cannot be decoded here; its text was read as UTF-8 or left as is`,
    });
  }

  const view = await readMime(bytes, problems);
  const returnedPart = view.parts.find(
    (p) => p.type === 'message/rfc822' || p.type === 'message/global' || p.type.includes('rfc822-header'),
  );
  const reporter = new Set<string>();
  if (view.from) reporter.add(view.from.toLowerCase());
  const sender = new Set<string>(reporter);
  for (const a of view.to) sender.add(a.toLowerCase());

  // Complaints first: a feedback report, else a provider's own format.
  const feedback = view.parts.find((p) => p.type === 'message/feedback-report');
  let originalRead = returnedPart ? await readOriginal(returnedPart.text) : null;
  let complaint: ComplaintFacts | null = feedback ? readFeedbackReport(feedback.text) : null;
  let format: BounceFormat = feedback ? 'arf' : 'none';
  const ses = !feedback && view.text ? readSesNotification(view.text) : null;
  if (ses?.complaint) {
    complaint = ses.complaint;
    format = 'provider-complaint';
  }
  if (!complaint) {
    complaint = readProviderComplaint(
      view.headers,
      originalRead?.email?.headers ?? null,
      originalRead?.original.from ?? null,
    );
    if (complaint) format = 'provider-complaint';
  }

  if (returnedPart === undefined && originalRead === null && view.text) {
    // The returned message quoted in the text: read its headers before the text, so that its sender is known.
    const head = readTextBody(view.text, reporter, sender, view.subject).returned;
    if (head) originalRead = await readOriginal(head);
  }
  const original: OriginalMessage = originalRead?.original ?? NO_ORIGINAL;
  if (original.from) sender.add(original.from.toLowerCase());
  const text: TextReading | null = view.text ? readTextBody(view.text, reporter, sender, view.subject) : null;

  const base = {
    original,
    subject: view.subject,
    from: view.from,
    problems,
  };

  if (complaint) {
    const who = complaint.originalRcptTo.length > 0 ? complaint.originalRcptTo : [original.to[0] ?? null];
    const recipients = who.slice(0, maxRecipients).map((r) => emptyRecipient(r, locale));
    return {
      ...base,
      kind: 'complaint',
      format,
      recipients,
      reportingMta: null,
      arrivalDate: complaint.arrivalDate,
      complaint,
      autoReply: false,
    };
  }

  // Standard delivery status parts.
  let reportingMta: string | null = null;
  let arrivalDate: string | null = null;
  let raw: RawRecipient[] = [];
  for (const part of view.parts) {
    if (part.type !== 'message/delivery-status' && part.type !== 'message/global-delivery-status') continue;
    const dsn = readDeliveryStatus(part.text, problems);
    reportingMta ??= dsn.reportingMta;
    arrivalDate ??= dsn.arrivalDate;
    raw.push(...dsn.recipients);
  }
  if (raw.length === 0 && view.text.toLowerCase().includes('final-recipient:')) {
    // Delivery status fields in the text: a report whose MIME structure was lost.
    raw = readDeliveryStatus(view.text, problems).recipients.filter((r) => r.recipient !== null);
  }
  if (raw.length > 0) format = 'rfc3464';
  if (raw.length === 0 && ses && ses.recipients.length > 0) {
    raw = [...ses.recipients];
    format = 'provider-json';
    reportingMta = ses.reportingMta;
  }
  if (raw.length > 0 && text) raw = completeFromText(raw, text);

  // Else a mail server's own text.
  const saysBounce =
    headersSayBounce(view.from, view.fromName, view.subject) || (text !== null && textSaysBounce(text.report));
  if (raw.length === 0 && text && text.recipients.length > 0 && saysBounce) {
    format = 'text';
    raw = text.recipients.map((t) => fromText(t.recipient, t.diagnostic, text.delay));
  }
  if (raw.length === 0 && saysBounce && text && original.to.length > 0 && text.report !== '') {
    // A text that names no recipient (a session transcript alone): the returned message's To.
    format = 'text';
    raw = original.to.map((a) => fromText(a, firstReply(text), text.delay));
  }
  const failed = failedRecipients(view.headers);
  if (format === 'text' || (raw.length === 0 && failed.length > 0 && text)) {
    // X-Failed-Recipients (Exim, Google) names the recipients outright: it wins over the text's guesses.
    if (failed.length > 0 && text) {
      const byAddress = new Map(raw.map((r) => [r.recipient?.toLowerCase(), r]));
      raw = failed.map(
        (a) => byAddress.get(a.toLowerCase()) ?? fromText(a, raw[0]?.diagnostic ?? firstReply(text), text.delay),
      );
      format = 'text';
    }
  }

  if (raw.length === 0) {
    if (isAutoReply(view.headers, view.subject) && !saysBounce) {
      return {
        ...base,
        kind: 'auto-reply',
        format: 'rfc3834',
        recipients: view.from ? [emptyRecipient(view.from, locale)] : [],
        reportingMta: null,
        arrivalDate: null,
        complaint: null,
        autoReply: true,
      };
    }
    problems.push(
      saysBounce
        ? { kind: 'no-recipient', message: 'the email reads as a bounce, but no recipient could be found in it' }
        : { kind: 'unrecognised', message: 'no delivery report, complaint or automatic reply was found' },
    );
    return { ...empty(problems, view), original, kind: saysBounce ? 'bounce' : 'unknown', format: 'none' };
  }

  if (raw.length > maxRecipients) {
    problems.push({
      kind: 'too-many-recipients',
      message: `${raw.length - maxRecipients} recipient(s) beyond the cap of ${maxRecipients} were left out`,
    });
    raw = raw.slice(0, maxRecipients);
  }
  const recipients: BounceRecipient[] = raw.map((r) => ({
    ...r,
    classification: classifyRecipient(r.diagnostic ?? '', r, locale, r.action === 'failed'),
  }));
  return {
    ...base,
    kind: kindOf(recipients),
    format,
    recipients,
    reportingMta,
    arrivalDate,
    complaint: null,
    autoReply: false,
  };
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

/** A recipient without a reply (a complaint's, an automatic reply's): classified as an empty reply. */
function emptyRecipient(recipient: string | null, locale: Locale | undefined): BounceRecipient {
  const classification: Classification = classify('', locale ? { locale } : {});
  return {
    recipient,
    action: null,
    status: null,
    code: null,
    diagnostic: null,
    command: null,
    remoteMta: null,
    classification,
  };
}

/** A recipient read from the text part. */
function fromText(recipient: string, diagnostic: string, delay: boolean): RawRecipient {
  const found = findReplyCode(diagnostic);
  const code = found ? found.code : null;
  const klass = code !== null ? String(code)[0] : undefined;
  // The status that goes with the failing reply: after it, else anywhere, of its class first.
  const after = found ? diagnostic.slice(found.index) : diagnostic;
  const status =
    (klass && (findStatus(after, klass) || findStatus(diagnostic, klass))) ||
    findStatus(after) ||
    findStatus(diagnostic);
  let action: DsnAction | null = delay ? 'delayed' : 'failed';
  const k = status?.[0] ?? klass;
  if (k === '2') action = 'delivered';
  else if (k === '5') action = 'failed';
  return {
    recipient,
    action: action ?? actionOfClass(k ?? ''),
    status,
    code,
    diagnostic: diagnostic || null,
    command: findCommand(diagnostic),
    remoteMta: null,
  };
}

/** Fills what the delivery status part left out from the text part: recipients, diagnostics, codes. */
function completeFromText(raw: RawRecipient[], text: TextReading): RawRecipient[] {
  const byAddress = new Map(text.recipients.map((t) => [t.recipient.toLowerCase(), t]));
  return raw.map((r, i) => {
    const t =
      (r.recipient ? byAddress.get(r.recipient.toLowerCase()) : undefined) ??
      (raw.length === text.recipients.length ? text.recipients[i] : undefined);
    if (!t) return r;
    let { recipient, diagnostic, code, status, command } = r;
    recipient ??= t.recipient;
    if (!diagnostic && t.diagnostic) {
      diagnostic = t.diagnostic;
      command ??= findCommand(t.diagnostic);
    }
    status = refineStatus(status, diagnostic);
    if (code === null && diagnostic) code = findReplyCode(diagnostic, status?.[0])?.code ?? null;
    // A diagnostic without a reply (`X-Unix; 77`): the text's transcript may hold the reply code.
    if (code === null && t.diagnostic) code = findReplyCode(t.diagnostic, status?.[0])?.code ?? null;
    const action = r.action ?? (status ? actionOfClass(status[0]!) : null);
    return { ...r, recipient, diagnostic, code, status, command, action };
  });
}

/** The kind of a report from its recipients' actions. */
function kindOf(recipients: readonly BounceRecipient[]): BounceKind {
  let failed = false;
  let delayed = false;
  let delivered = false;
  for (const r of recipients) {
    if (r.action === 'failed') failed = true;
    else if (r.action === 'delayed') delayed = true;
    else if (r.action === 'delivered' || r.action === 'relayed' || r.action === 'expanded') delivered = true;
    else if (r.classification.class === 'permanent') failed = true;
    else if (r.classification.class === 'transient') delayed = true;
  }
  return failed ? 'bounce' : delayed ? 'delay' : delivered ? 'delivered' : 'bounce';
}

/** Addresses of `X-Failed-Recipients` headers. */
function failedRecipients(headers: MailView['headers']): string[] {
  const out: string[] = [];
  for (const h of headers) {
    if (h.key !== 'x-failed-recipients') continue;
    for (const part of h.value.split(',')) {
      const a = bareAddress(part);
      if (a && !out.includes(a)) out.push(a);
    }
  }
  return out;
}

/** The text's report from its first reply code or status on, when no recipient block holds one. */
function firstReply(text: TextReading): string {
  const found = findReplyCode(text.report);
  return found ? text.report.slice(found.index) : text.report;
}
