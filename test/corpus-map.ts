import type { Category } from '../src/index.js';

/**
 * How the peer's (Sisimai's) reasons map to our categories, for measuring agreement. A reason
 * maps to the set of categories that mean the same thing; reasons that carry no opinion about the
 * reply (onhold, undefined) are left out. See docs/accuracy.md.
 */
export const REASON_MAP: Readonly<Record<string, readonly Category[]>> = {
  userunknown: ['user-unknown'],
  hostunknown: ['domain-unknown'],
  hasmoved: ['mailbox-moved'],
  notaccept: ['no-mail-accepted'],
  suspend: ['mailbox-disabled'],
  mailboxfull: ['mailbox-full'],
  mesgtoobig: ['message-too-large'],
  exceedlimit: ['message-too-large'],
  contenterror: ['content-rejected'],
  virusdetected: ['content-rejected'],
  spamdetected: ['spam'],
  // Sisimai 4.25 has no reason for failed sender authentication (Sisimai 5 added AuthFailure):
  // it files SPF/DKIM/DMARC rejections under blocked, policyviolation or securityerror.
  blocked: ['blocked', 'sender-authentication'],
  securityerror: ['sender-authentication', 'auth-required', 'tls-required', 'content-rejected'],
  policyviolation: ['policy', 'content-rejected', 'sender-authentication'],
  rejected: ['sender-rejected'],
  norelaying: ['relay-denied'],
  toomanyconn: ['rate-limited', 'too-many-recipients'],
  systemfull: ['storage-full'],
  systemerror: ['server-error', 'service-unavailable'],
  // A DSN's "expired" or "network error" comes from the whole bounce (Action, Status, queue
  // lifetime); the reply text carries only the last attempt's error. Either reading is accepted.
  networkerror: ['network', 'expired'],
  expired: ['expired', 'network'],
  syntaxerror: ['protocol'],
  // Sisimai calls a recipient refusal after DATA "filtered", whatever the text says; many of its
  // filtered rows read "User unknown".
  filtered: ['policy', 'content-rejected', 'spam', 'user-unknown'],
};

interface LabelledRow {
  readonly diagnosticcode_raw: string;
  readonly replycode: string;
  readonly deliverystatus: string;
}

/** The peer's reply code, when it appears literally at a reply position in the raw text. */
export function literalCode(row: LabelledRow): number | null {
  const code = row.replycode;
  if (!code) return null;
  const text = row.diagnosticcode_raw;
  let i = text.indexOf(code);
  while (i >= 0) {
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = text[i + 3] ?? ' ';
    if (!/[0-9A-Za-z._#=\/-]/.test(before) && /[ \-:]/.test(after)) return Number(code);
    i = text.indexOf(code, i + 1);
  }
  return null;
}

/** The peer's enhanced code, when it appears literally in the raw text as a whole code. */
export function literalEnhanced(row: LabelledRow): string | null {
  const code = row.deliverystatus;
  if (!code) return null;
  const text = row.diagnosticcode_raw;
  let i = text.indexOf(code);
  while (i >= 0) {
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = text[i + code.length] ?? ' ';
    if (!/[0-9A-Za-z.]/.test(before) && !/[0-9A-Za-z]/.test(after) && !(after === '.' && /[0-9]/.test(text[i + code.length + 1] ?? ''))) return code;
    i = text.indexOf(code, i + 1);
  }
  return null;
}
