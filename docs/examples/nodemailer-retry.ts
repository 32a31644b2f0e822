/**
 * Worked example for docs/nodemailer.md: send with nodemailer, classify what went wrong per
 * recipient, retry the retryable ones with exponential backoff that honours the server's
 * `retryAfter`, and suppress addresses that hard-bounced. test/docs-examples.test.ts type-checks
 * this file and runs it against a scripted transport.
 */
import type { SendMailOptions } from 'nodemailer';
import { classifyNodemailerError, type RecipientClassification } from 'smtp-reply';

/** What this example needs of a nodemailer transporter (`nodemailer.createTransport(…)` is one). */
export interface MailSender {
  sendMail(message: SendMailOptions): Promise<unknown>;
}

/** Where hard-bounced addresses go, so that no one sends to them again. */
export interface SuppressionList {
  has(address: string): boolean | Promise<boolean>;
  add(address: string, reason: RecipientClassification): void | Promise<void>;
}

/** How long to keep trying. */
export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  readonly maxAttempts: number;
  /** Wait before the first retry, doubled for each further one. */
  readonly baseDelaySeconds: number;
  /** Longest wait between two attempts. */
  readonly maxDelaySeconds: number;
}

export const DEFAULT_POLICY: RetryPolicy = { maxAttempts: 6, baseDelaySeconds: 60, maxDelaySeconds: 6 * 3600 };

/** What became of each recipient. */
export interface DeliveryReport {
  readonly delivered: string[];
  /** Hard bounces: the address is bad and was added to the suppression list. */
  readonly suppressed: { address: string; result: RecipientClassification }[];
  /** Refused for good, but not because of the address (content, policy …): tell the sender. */
  readonly failed: { address: string; result: RecipientClassification }[];
  /** Still failing with a temporary error after the last attempt. */
  readonly gaveUp: { address: string; result: RecipientClassification }[];
  /** Skipped because they were already on the suppression list. */
  readonly skipped: string[];
  /** The waits between attempts, in seconds. */
  readonly waits: number[];
}

/**
 * Seconds to wait before retry number `retry` (1 for the first): exponential backoff with jitter,
 * capped by the policy, and never shorter than what the server asked for (`retryAfter`).
 */
export function backoffSeconds(retry: number, retryAfter: number | null, policy: RetryPolicy = DEFAULT_POLICY, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** (retry - 1));
  const jittered = exponential / 2 + (random() * exponential) / 2;
  return Math.ceil(Math.max(jittered, retryAfter ?? 0));
}

const sleepFor = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

/**
 * Sends `message` to `to`, retrying recipients that failed temporarily. A real mail queue would
 * store the message and schedule the retry instead of sleeping in the process; `sleep` is a
 * parameter so that tests (and queues) can decide.
 */
export async function sendWithRetry(
  transport: MailSender,
  message: Omit<SendMailOptions, 'to' | 'cc' | 'bcc'>,
  to: readonly string[],
  options: { suppressions: SuppressionList; policy?: RetryPolicy; sleep?: (seconds: number) => Promise<void> },
): Promise<DeliveryReport> {
  const policy = options.policy ?? DEFAULT_POLICY;
  const sleep = options.sleep ?? sleepFor;
  const report: DeliveryReport = { delivered: [], suppressed: [], failed: [], gaveUp: [], skipped: [], waits: [] };

  let pending: string[] = [];
  for (const address of to) {
    if (await options.suppressions.has(address)) report.skipped.push(address);
    else pending.push(address);
  }

  for (let attempt = 1; pending.length > 0; attempt++) {
    let results: RecipientClassification[];
    try {
      // Resolves when at least one recipient was accepted; the refused ones are in info.rejectedErrors.
      const info = await transport.sendMail({ ...message, to: pending });
      results = classifyNodemailerError(info);
    } catch (err) {
      // Rejects when nothing was sent: every recipient refused (one result each), or the whole
      // session failed (one result with recipient null: connection, greeting, DATA …).
      results = classifyNodemailerError(err);
    }

    // A recipient's own result first; a result for the whole send (recipient null) applies to
    // every pending recipient that has none of its own.
    const byAddress = new Map<string, RecipientClassification>();
    for (const r of results) if (r.recipient !== null) byAddress.set(r.recipient, r);
    for (const r of results) {
      if (r.recipient !== null) continue;
      for (const address of pending) if (!byAddress.has(address)) byAddress.set(address, r);
    }

    const retry: { address: string; result: RecipientClassification }[] = [];
    for (const address of pending) {
      const result = byAddress.get(address);
      if (!result) report.delivered.push(address);
      else if (result.retryable) retry.push({ address, result });
      // A hard bounce that names one address: that address is bad. A whole-send refusal for
      // several recipients cannot say which one is bad, so nobody is suppressed for it.
      else if (result.bounce === 'hard' && (result.recipient !== null || pending.length === 1)) {
        await options.suppressions.add(address, result);
        report.suppressed.push({ address, result });
      } else report.failed.push({ address, result });
    }

    if (retry.length === 0) break;
    if (attempt >= policy.maxAttempts) {
      report.gaveUp.push(...retry);
      break;
    }
    const serverAsked = Math.max(0, ...retry.map((x) => x.result.retryAfter ?? 0));
    const wait = backoffSeconds(attempt, serverAsked || null, policy);
    report.waits.push(wait);
    await sleep(wait);
    pending = retry.map((x) => x.address);
  }
  return report;
}
