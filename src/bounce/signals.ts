/** Does an email without a standard report look like a bounce? Markers of the sender, the subject and the text. */

/** Local parts and display-name words of the mailer daemon, lower-cased. */
const SENDER_MARKERS: readonly string[] = [
  'mailer-daemon',
  'mailer_daemon',
  'mail-daemon',
  'maildaemon',
  'postmaster',
  'post_master',
  'mail delivery',
  'mail administrator',
  'mail system',
  'mdaemon',
  'double-bounce',
  'bounce',
  'returned mail',
];

/** Subject words of bounce and delay notices, lower-cased. */
const SUBJECT_MARKERS: readonly string[] = [
  'undeliver',
  'undelivered',
  'delivery',
  'failure',
  'failed',
  'returned',
  'bounce',
  'not delivered',
  'could not',
  'couldn’t',
  'error',
  'delayed',
  'warning',
  'rejected',
  'nondeliverable',
  'non remis',
  'unzustellbar',
  'nicht zustellbar',
  '配信',
  'エラー',
  '不達',
];

/** Sentences of bounce texts, lower-cased. */
const TEXT_MARKERS: readonly string[] = [
  'could not be delivered',
  'not be delivered',
  "wasn't able to deliver",
  'was not delivered',
  'permanent error',
  'failed permanently',
  'delivery has failed',
  'error delivering',
  'while attempting to deliver',
  'unable to deliver',
  'undeliverable',
  'delivery failed',
  'could not deliver',
  'delivery to the following',
  'message could not',
  'the following address',
  'following recipient',
  'returned to sender',
  'delivery status notification',
  'mail delivery',
  'smtp error',
  '配信できません',
];

function has(text: string, markers: readonly string[]): boolean {
  for (const m of markers) if (text.includes(m)) return true;
  return false;
}

/** The sender or the subject says bounce. */
export function headersSayBounce(from: string | null, fromName: string | null, subject: string | null): boolean {
  const sender = `${from ?? ''} ${fromName ?? ''}`.toLowerCase();
  return has(sender, SENDER_MARKERS) || has((subject ?? '').toLowerCase(), SUBJECT_MARKERS);
}

/** The text says bounce (only its first 64 KiB are looked at). */
export function textSaysBounce(text: string): boolean {
  return has(text.slice(0, 65536).toLowerCase(), TEXT_MARKERS);
}
