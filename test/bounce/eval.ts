/**
 * Measures parseBounce() against the peer's expectations for the bounce emails of
 * test/fixtures/bounces (expected.jsonl), as issue 14 asks: recipients found, status, reply code,
 * category (through the mapping table of the fixtures' README), hard/soft, complaints and
 * automatic replies. Shared by `npm run eval:bounces` and test/bounce/eval.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Category } from '../../src/index.js';
import type { BounceResult } from '../../src/bounce/index.js';

export const BOUNCES_DIR = fileURLToPath(new URL('../fixtures/bounces/', import.meta.url));
export const EMAILS_DIR = `${BOUNCES_DIR}emails/`;

/** The table of test/fixtures/bounces/README.md: the peer's reason → our categories. */
export const BOUNCE_REASON_MAP: Readonly<Record<string, readonly Category[]>> = {
  userunknown: ['user-unknown'],
  hostunknown: ['domain-unknown'],
  hasmoved: ['mailbox-moved'],
  notaccept: ['no-mail-accepted', 'service-unavailable'],
  suspend: ['mailbox-disabled'],
  filtered: ['mailbox-disabled', 'user-unknown', 'policy', 'spam', 'content-rejected'],
  mailboxfull: ['mailbox-full'],
  mesgtoobig: ['message-too-large'],
  exceedlimit: ['message-too-large'],
  contenterror: ['content-rejected'],
  virusdetected: ['content-rejected'],
  spamdetected: ['spam'],
  blocked: ['blocked'],
  badreputation: ['blocked'],
  requireptr: ['blocked'],
  authfailure: ['sender-authentication'],
  policyviolation: ['policy', 'sender-authentication', 'blocked', 'content-rejected'],
  securityerror: ['auth-required', 'tls-required', 'sender-authentication', 'policy'],
  failedstarttls: ['tls-required'],
  rejected: ['sender-rejected'],
  norelaying: ['relay-denied'],
  syntaxerror: ['protocol'],
  notcompliantrfc: ['protocol', 'content-rejected'],
  systemerror: ['server-error', 'service-unavailable'],
  mailererror: ['server-error'],
  systemfull: ['storage-full'],
  networkerror: ['network', 'domain-unknown'],
  toomanyconn: ['rate-limited', 'too-many-recipients'],
  speeding: ['rate-limited'],
  suppressed: ['policy', 'user-unknown'],
  expired: ['expired'],
  delivered: ['success'],
};

export interface ExpectedRecipient {
  readonly status: string;
  readonly replycode: string;
  readonly reason: string;
  readonly hardbounce: number;
  readonly extra?: readonly string[];
}

export interface ExpectedEmail {
  readonly file: string;
  readonly engine: string;
  readonly recipients: readonly ExpectedRecipient[];
}

/** Every line of expected.jsonl. */
export function loadExpected(): ExpectedEmail[] {
  return readFileSync(`${BOUNCES_DIR}expected.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ExpectedEmail);
}

/** Agreements out of cases. */
export type Pair = [agree: number, of: number];

export interface Miss {
  readonly file: string;
  readonly detail: string;
}

export interface BounceEval {
  readonly emails: number;
  readonly recipients: Pair;
  readonly status: Pair;
  readonly code: Pair;
  readonly category: Pair;
  readonly hardSoft: Pair;
  readonly complaints: Pair;
  readonly autoReplies: Pair;
  readonly misses: Readonly<
    Record<'recipients' | 'status' | 'code' | 'category' | 'hardSoft' | 'complaints' | 'autoReplies', Miss[]>
  >;
}

const PSEUDO_STATUS = /^\d\.0\.9\d\d$/;
const NO_VERDICT = new Set(['feedback', 'vacation']);

/** Compares results (by file name) with the expectations. */
export function evaluate(expected: readonly ExpectedEmail[], results: ReadonlyMap<string, BounceResult>): BounceEval {
  const e = {
    emails: expected.length,
    recipients: [0, 0] as Pair,
    status: [0, 0] as Pair,
    code: [0, 0] as Pair,
    category: [0, 0] as Pair,
    hardSoft: [0, 0] as Pair,
    complaints: [0, 0] as Pair,
    autoReplies: [0, 0] as Pair,
    misses: {
      recipients: [],
      status: [],
      code: [],
      category: [],
      hardSoft: [],
      complaints: [],
      autoReplies: [],
    } as BounceEval['misses'],
  };
  for (const x of expected) {
    const r = results.get(x.file);
    if (!r) throw new Error(`no result for ${x.file}`);
    const got = r.recipients;
    e.recipients[1]++;
    if (got.length === x.recipients.length) e.recipients[0]++;
    else
      e.misses.recipients.push({
        file: x.file,
        detail: `expected ${x.recipients.length}, found ${got.length} (kind ${r.kind}, format ${r.format})`,
      });
    const first = x.recipients[0]!;
    if (first.reason === 'feedback') {
      e.complaints[1]++;
      const type = first.extra?.[0];
      if (r.kind === 'complaint' && (!type || r.complaint?.feedbackType === type)) e.complaints[0]++;
      else
        e.misses.complaints.push({
          file: x.file,
          detail: `kind ${r.kind}, type ${r.complaint?.feedbackType ?? '-'} (expected ${type})`,
        });
    }
    if (first.reason === 'vacation') {
      e.autoReplies[1]++;
      if (r.kind === 'auto-reply') e.autoReplies[0]++;
      else e.misses.autoReplies.push({ file: x.file, detail: `kind ${r.kind}` });
    }
    x.recipients.forEach((want, i) => {
      const have = got[i];
      const tag = x.recipients.length > 1 ? `#${i} ` : '';
      if (want.status && !PSEUDO_STATUS.test(want.status)) {
        e.status[1]++;
        if (have?.status === want.status) e.status[0]++;
        else
          e.misses.status.push({
            file: x.file,
            detail: `${tag}expected ${want.status}, got ${have?.status ?? '(no recipient)'}`,
          });
      }
      if (want.replycode) {
        e.code[1]++;
        if (have && String(have.code) === want.replycode) e.code[0]++;
        else
          e.misses.code.push({
            file: x.file,
            detail: `${tag}expected ${want.replycode}, got ${have?.code ?? '(no recipient)'}`,
          });
      }
      if (NO_VERDICT.has(want.reason)) return;
      const cats = BOUNCE_REASON_MAP[want.reason];
      if (cats) {
        e.category[1]++;
        const c = have?.classification.category;
        if (c && cats.includes(c)) e.category[0]++;
        else
          e.misses.category.push({
            file: x.file,
            detail: `${tag}${want.reason} → ${c ?? '(no recipient)'} [${have?.classification.rule ?? ''}] ${(have?.diagnostic ?? '').slice(0, 140)}`,
          });
      }
      e.hardSoft[1]++;
      const hard = have?.classification.bounce === 'hard';
      if (hard === (want.hardbounce === 1)) e.hardSoft[0]++;
      else
        e.misses.hardSoft.push({
          file: x.file,
          detail: `${tag}expected ${want.hardbounce ? 'hard' : 'not hard'} (${want.reason}), got ${have?.classification.bounce ?? 'none'} (${have?.classification.category ?? '-'})`,
        });
    });
  }
  return e;
}

/** Percentage with one decimal. */
export const pct = ([a, b]: Pair): number => (b ? Math.round((1000 * a) / b) / 10 : 100);
