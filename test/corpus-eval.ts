import type { Category, Classification } from '../src/index.js';

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

/**
 * The peer's reply code, when it is literally the first reply code in the raw text (a three-digit
 * 2xx–5xx token standing on its own, followed by a space, `-` or `:`). Where the peer picked a
 * later code (a nested `<421 …>` inside a `554 …` reply), the row is not counted: the first code is
 * the reply's own.
 */
export function literalCode(row: LabelledRow): number | null {
  const code = row.replycode;
  if (!code) return null;
  const text = row.diagnosticcode_raw;
  for (let i = 0; i + 3 <= text.length; i++) {
    const token = text.slice(i, i + 3);
    if (!/^[2-5][0-9][0-9]$/.test(token)) continue;
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = text[i + 3] ?? ' ';
    if (/[0-9A-Za-z._#=/:-]/.test(before) || !/[ \-:]/.test(after)) continue;
    return token === code ? Number(code) : null;
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
    if (
      !/[0-9A-Za-z.]/.test(before) &&
      !/[0-9A-Za-z]/.test(after) &&
      !(after === '.' && /[0-9]/.test(text[i + code.length + 1] ?? ''))
    )
      return code;
    i = text.indexOf(code, i + 1);
  }
  return null;
}

/** One row of the corpus file (the fields used here). */
export interface CorpusRow extends LabelledRow {
  readonly reason: string;
  readonly bounce: string;
}

/** Agreement counts: `[agree, of]`. */
export type Pair = [number, number];

/** What {@link evaluate} measures. */
export interface Evaluation {
  readonly rows: number;
  readonly throws: number;
  readonly replyCode: Pair;
  readonly enhancedCode: Pair;
  readonly bounce: Pair;
  readonly category: Pair;
  /** Disagreements grouped by kind (`category blocked -> spam` …), each line naming the rule. */
  readonly groups: ReadonlyMap<string, readonly string[]>;
}

/** Classifies every row and measures agreement with the peer's labels. */
export function evaluate(rows: readonly CorpusRow[], classifyFn: (input: string) => Classification): Evaluation {
  let throws = 0;
  const replyCode: Pair = [0, 0];
  const enhancedCode: Pair = [0, 0];
  const bounce: Pair = [0, 0];
  const category: Pair = [0, 0];
  const groups = new Map<string, string[]>();
  const note = (kind: string, line: string) => {
    const list = groups.get(kind) ?? [];
    list.push(line);
    groups.set(kind, list);
  };
  for (const row of rows) {
    let r: Classification;
    try {
      r = classifyFn(row.diagnosticcode_raw);
    } catch (e) {
      throws++;
      note('throws', `${String(e)} :: ${row.diagnosticcode_raw.slice(0, 120)}`);
      continue;
    }
    const text = row.diagnosticcode_raw.slice(0, 140);
    const code = literalCode(row);
    if (code !== null) {
      replyCode[1]++;
      if (r.code === code) replyCode[0]++;
      else note('reply code', `want ${code} got ${r.code} :: ${text}`);
    }
    const enh = literalEnhanced(row);
    if (enh !== null) {
      enhancedCode[1]++;
      if (r.enhanced === enh) enhancedCode[0]++;
      else note('enhanced code', `want ${enh} got ${r.enhanced} :: ${text}`);
    }
    if (row.bounce === 'hard' || row.bounce === 'soft') {
      bounce[1]++;
      if (r.bounce === row.bounce) bounce[0]++;
      else note(`bounce ${row.bounce} -> ${r.bounce}`, `[${row.reason} / ${r.category} ${r.rule}] ${text}`);
    }
    const accepted = REASON_MAP[row.reason];
    if (accepted) {
      category[1]++;
      if (accepted.includes(r.category)) category[0]++;
      else note(`category ${row.reason} -> ${r.category}`, `[${r.rule}] ${text}`);
    }
  }
  return { rows: rows.length, throws, replyCode, enhancedCode, bounce, category, groups };
}

/** Our own label of a corpus row (test/fixtures/corpus/sisimai-dev.labels.jsonl), same order as the rows. */
export interface OwnLabel {
  readonly line: number;
  readonly category: Category;
  /** Other categories an expert accepts for the row. */
  readonly alt: readonly Category[];
  readonly bounce: 'hard' | 'soft' | null;
  readonly retryable: boolean;
  readonly confidence: 'high' | 'medium' | 'low';
  readonly note: string;
}

/** What {@link evaluateLabels} measures against our own labels. */
export interface LabelEvaluation {
  readonly rows: number;
  /** The category is the label's or one of its `alt`. */
  readonly category: Pair;
  readonly bounce: Pair;
  readonly retryable: Pair;
  /** Hard where the label says soft, on rows labelled with high confidence: must be empty. */
  readonly falseHardHigh: readonly string[];
  /** Hard/soft confusion: `label -> ours` counts, e.g. `soft -> hard`. */
  readonly confusion: ReadonlyMap<string, number>;
  /** Disagreements grouped by kind, each line naming the rule. */
  readonly groups: ReadonlyMap<string, readonly string[]>;
}

/**
 * Classifies every row (with the command the row records, as a sender that has it would pass it)
 * and measures agreement with our own labels.
 */
export function evaluateLabels(
  rows: readonly (CorpusRow & { readonly smtpcommand?: string })[],
  labels: readonly OwnLabel[],
  classifyFn: (input: string, command: string | undefined) => Classification,
): LabelEvaluation {
  const category: Pair = [0, 0];
  const bounce: Pair = [0, 0];
  const retryable: Pair = [0, 0];
  const falseHardHigh: string[] = [];
  const confusion = new Map<string, number>();
  const groups = new Map<string, string[]>();
  const note = (kind: string, line: string) => groups.set(kind, [...(groups.get(kind) ?? []), line]);
  rows.forEach((row, i) => {
    const label = labels[i]!;
    const r = classifyFn(row.diagnosticcode_raw, row.smtpcommand || undefined);
    const text = `${row.diagnosticcode_raw.slice(0, 150)}${label.note ? ` — label note: ${label.note}` : ''}`;
    category[1]++;
    if (r.category === label.category || label.alt.includes(r.category)) category[0]++;
    else note(`category ${label.category} -> ${r.category}`, `[${label.confidence} ${r.rule}] ${text}`);
    bounce[1]++;
    const key = `${label.bounce ?? 'none'} -> ${r.bounce ?? 'none'}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
    if (r.bounce === label.bounce) bounce[0]++;
    else {
      note(`bounce ${key}`, `[${label.confidence} ${r.category} ${r.rule}] ${text}`);
      if (r.bounce === 'hard' && label.bounce === 'soft' && label.confidence === 'high') falseHardHigh.push(text);
    }
    retryable[1]++;
    if (r.retryable === label.retryable) retryable[0]++;
    else
      note(`retryable ${label.retryable} -> ${r.retryable}`, `[${label.confidence} ${r.category} ${r.rule}] ${text}`);
  });
  return { rows: rows.length, category, bounce, retryable, falseHardHigh, confusion, groups };
}
