/**
 * Complaints: RFC 5965 feedback reports (`message/feedback-report`), and the two provider
 * formats that carry no such part: a returned message marked with the complainant's address in
 * an `X-HmXmrOriginalRecipient` header (Microsoft's junk-mail reports), and a one-click
 * unsubscribe sent with `X-Apple-Unsubscribe: true`.
 */
import { parseDsnFields, type DsnField } from '../index.js';
import type { Header } from 'postal-mime';
import type { ComplaintFacts } from './types.js';
import { header } from './mime.js';

function values(fields: readonly DsnField[], name: string): string[] {
  const out: string[] = [];
  for (const f of fields) if (f.name.toLowerCase() === name && f.value !== '') out.push(f.value);
  return out;
}

/** `<a@b>` or `rfc822; a@b` → `a@b`. */
export function bareAddress(value: string): string {
  let v = value.trim();
  const semi = v.indexOf(';');
  if (semi >= 0 && semi < 12 && !v.slice(0, semi).includes('@')) v = v.slice(semi + 1).trim();
  const lt = v.indexOf('<');
  const gt = v.indexOf('>', lt + 1);
  if (lt >= 0 && gt > lt) v = v.slice(lt + 1, gt).trim();
  return v;
}

/** Reads the fields of a `message/feedback-report` part. */
export function readFeedbackReport(text: string): ComplaintFacts {
  const { fields } = parseDsnFields(text);
  const one = (name: string) => values(fields, name)[0] ?? null;
  const mailFrom = one('original-mail-from');
  const rcpts = [...values(fields, 'original-rcpt-to'), ...values(fields, 'removal-recipient')].map(bareAddress);
  return {
    feedbackType: (one('feedback-type') ?? 'other').toLowerCase().split(/* first word */ ' ')[0]!,
    userAgent: one('user-agent'),
    sourceIp: one('source-ip'),
    originalMailFrom: mailFrom === null ? null : bareAddress(mailFrom) || null,
    originalRcptTo: rcpts.filter(Boolean),
    reportedDomains: values(fields, 'reported-domain'),
    arrivalDate: one('arrival-date') ?? one('received-date'),
  };
}

/**
 * A provider's complaint without a feedback report part, from the headers of the email and of
 * the returned message; `null` when it is none.
 */
export function readProviderComplaint(
  headers: readonly Header[],
  returned: readonly Header[] | null,
  originalFrom: string | null,
): ComplaintFacts | null {
  const unsubscribe = header(headers, 'x-apple-unsubscribe');
  if (unsubscribe !== null && unsubscribe.trim().toLowerCase() === 'true') {
    const to = header(headers, 'to');
    return complaint('opt-out', to ? [bareAddress(to)] : [], null, null);
  }
  const marked = returned ? header(returned, 'x-hmxmroriginalrecipient') : null;
  if (marked !== null) {
    const ip = returned ? header(returned, 'x-reporter-ip') : null;
    return complaint('abuse', [bareAddress(marked)], originalFrom, ip);
  }
  return null;
}

function complaint(
  feedbackType: string,
  rcpts: string[],
  mailFrom: string | null,
  sourceIp: string | null,
): ComplaintFacts {
  return {
    feedbackType,
    userAgent: null,
    sourceIp,
    originalMailFrom: mailFrom,
    originalRcptTo: rcpts.filter(Boolean),
    reportedDomains: [],
    arrivalDate: null,
  };
}
