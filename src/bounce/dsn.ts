/**
 * RFC 3464 delivery status parts, read with the core's `parseDsnFields`, turned into the
 * recipients of a bounce result. Incomplete groups are completed from what is there: the status
 * from the diagnostic, the action from the status class, the recipient from the text part.
 */
import { parseDsnFields, type DsnAction, type DsnReport } from '../index.js';
import type { BounceProblem } from './types.js';
import { findReplyCode, findStatus, oneLine } from './reply.js';

/** One recipient as a delivery status part gives it, before classification. */
export interface RawRecipient {
  readonly recipient: string | null;
  readonly action: DsnAction | null;
  readonly status: string | null;
  readonly code: number | null;
  readonly diagnostic: string | null;
  readonly command: import('../index.js').SmtpCommand | null;
  readonly remoteMta: string | null;
}

/** What a delivery status part says. */
export interface DsnReading {
  readonly reportingMta: string | null;
  readonly arrivalDate: string | null;
  readonly recipients: readonly RawRecipient[];
}

/** Reads one `message/delivery-status` part; `problems` gets what was missing. */
export function readDeliveryStatus(text: string, problems: BounceProblem[]): DsnReading {
  const report: DsnReport = parseDsnFields(text);
  const arrival = report.fields.find((f) => f.name.toLowerCase() === 'arrival-date')?.value ?? null;
  const recipients: RawRecipient[] = [];
  for (const r of report.recipients) {
    const diagnostic = r.diagnosticCode ? oneLine(r.diagnosticCode) : null;
    const status = refineStatus(r.status, diagnostic);
    const found = diagnostic ? findReplyCode(diagnostic, status?.[0]) : null;
    let action = r.action;
    if (action === null && status !== null) action = actionOfClass(status[0]!);
    recipients.push({
      recipient: r.recipient,
      action,
      status,
      code: found ? found.code : null,
      diagnostic,
      command: r.command,
      remoteMta: r.remoteMta,
    });
  }
  const incomplete = recipients.filter((r) => r.recipient === null || r.action === null || r.status === null).length;
  if (incomplete > 0) {
    problems.push({
      kind: 'incomplete-report',
      message: `${incomplete} recipient group(s) of the delivery status part lack a recipient, an action or a status`,
    });
  }
  return { reportingMta: report.reportingMta, arrivalDate: arrival, recipients };
}

/** The DSN action a status class implies. */
export function actionOfClass(klass: string): DsnAction | null {
  return klass === '5' ? 'failed' : klass === '4' ? 'delayed' : klass === '2' ? 'delivered' : null;
}

/**
 * The `Status` field, or the diagnostic's enhanced code when the field is missing or only says
 * `X.0.0` (undefined detail) and the server's reply, of the same class, says more.
 */
export function refineStatus(status: string | null, diagnostic: string | null): string | null {
  if (!diagnostic) return status;
  if (status === null) return findStatus(diagnostic);
  // The reply's own code (`552 5.2.2 …`) wins over the reporter's summary of the same class.
  const reply = findReplyCode(diagnostic, status[0]);
  if (reply !== null) {
    const own = findStatus(diagnostic.slice(reply.index + 3, reply.index + 16), status[0]);
    if (own !== null && !own.endsWith('.0.0')) return own;
  }
  if (!status.endsWith('.0.0')) return status;
  const said = findStatus(diagnostic, status[0]);
  return said !== null && !said.endsWith('.0.0') ? said : status;
}
