/**
 * Amazon SES notifications delivered by email (through SNS): a JSON document, possibly wrapped in
 * an SNS envelope whose `Message` holds it, with `notificationType` (or `eventType`) `Bounce`,
 * `Complaint`, `Delivery` or `DeliveryDelay`.
 */
import type { ComplaintFacts } from './types.js';
import type { RawRecipient } from './dsn.js';
import { findReplyCode, findStatus, findCommand, oneLine } from './reply.js';

/** What a notification says. */
export interface SesReading {
  readonly kind: 'bounce' | 'delay' | 'delivered' | 'complaint';
  readonly recipients: readonly RawRecipient[];
  readonly complaint: ComplaintFacts | null;
  readonly reportingMta: string | null;
}

/** Largest JSON text parsed. */
const MAX_JSON = 1 << 20;

type Json = Record<string, unknown>;

const obj = (v: unknown): Json | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The notification in `text`, or `null` when it holds none. */
export function readSesNotification(text: string): SesReading | null {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start || end - start > MAX_JSON) return null;
  let doc: Json | null;
  try {
    doc = obj(JSON.parse(text.slice(start, end + 1)));
  } catch {
    return null;
  }
  const inner = str(doc?.['Message']);
  if (inner) {
    try {
      doc = obj(JSON.parse(inner));
    } catch {
      return null;
    }
  }
  if (!doc) return null;
  const type = str(doc['notificationType']) ?? str(doc['eventType']);
  if (type === 'Bounce') {
    const b = obj(doc['bounce']) ?? {};
    const transient = str(b['bounceType']) === 'Transient';
    const recipients = arr(b['bouncedRecipients']).map((x) => {
      const r = obj(x) ?? {};
      const diagnostic = str(r['diagnosticCode']);
      const status = str(r['status']) ?? (diagnostic ? findStatus(diagnostic) : null);
      return recipient(
        str(r['emailAddress']),
        transient ? 'delayed' : 'failed',
        status,
        diagnostic,
        str(b['reportingMTA']),
      );
    });
    return { kind: transient ? 'delay' : 'bounce', recipients, complaint: null, reportingMta: str(b['reportingMTA']) };
  }
  if (type === 'Delivery') {
    const d = obj(doc['delivery']) ?? {};
    const response = str(d['smtpResponse']);
    const recipients = arr(d['recipients']).map((x) =>
      recipient(str(x), 'delivered', response ? findStatus(response) : null, response, str(d['remoteMtaIp'])),
    );
    return { kind: 'delivered', recipients, complaint: null, reportingMta: str(d['reportingMTA']) };
  }
  if (type === 'DeliveryDelay') {
    const d = obj(doc['deliveryDelay']) ?? {};
    const recipients = arr(d['delayedRecipients']).map((x) => {
      const r = obj(x) ?? {};
      const diagnostic = str(r['diagnosticCode']);
      return recipient(str(r['emailAddress']), 'delayed', str(r['status']), diagnostic, null);
    });
    return { kind: 'delay', recipients, complaint: null, reportingMta: str(d['reportingMTA']) };
  }
  if (type === 'Complaint') {
    const c = obj(doc['complaint']) ?? {};
    const mail = obj(doc['mail']) ?? {};
    const rcpts = arr(c['complainedRecipients'])
      .map((x) => str(obj(x)?.['emailAddress']))
      .filter((x): x is string => x !== null);
    return {
      kind: 'complaint',
      recipients: [],
      complaint: {
        feedbackType: (str(c['complaintFeedbackType']) ?? 'abuse').toLowerCase(),
        userAgent: str(c['userAgent']),
        sourceIp: str(mail['sourceIp']),
        originalMailFrom: str(mail['source']),
        originalRcptTo: rcpts,
        reportedDomains: [],
        arrivalDate: str(c['arrivalDate']),
      },
      reportingMta: null,
    };
  }
  return null;
}

function recipient(
  address: string | null,
  action: RawRecipient['action'],
  status: string | null,
  diagnostic: string | null,
  remoteMta: string | null,
): RawRecipient {
  const d = diagnostic ? oneLine(diagnostic) : null;
  return {
    recipient: address,
    action,
    status,
    code: d ? (findReplyCode(d)?.code ?? null) : null,
    diagnostic: d,
    command: d ? findCommand(d) : null,
    remoteMta,
  };
}
