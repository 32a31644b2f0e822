import type { Category } from '../types.js';
import { classify } from '../classify/classify.js';
import type { Classification } from '../classify/types.js';
import type { LogEvent, LogEventKind, LogFormat } from '../inputs/log-event.js';

/**
 * Options for {@link LogSummarizer}.
 *
 * @example
 * ```ts
 * new LogSummarizer({ maxDomains: 1_000, maxUnreadable: 100 });
 * ```
 */
export interface LogSummaryOptions {
  /**
   * Recipient domains counted one by one; failures at further domains are counted together in
   * `otherDomains`, so that memory stays bounded on any log.
   * @default 10_000
   */
  readonly maxDomains?: number | undefined;
  /** Unreadable lines kept for listing; all of them are counted. @default 1_000 */
  readonly maxUnreadable?: number | undefined;
  /** Characters kept of an example reply or an unreadable line. @default 500 */
  readonly maxText?: number | undefined;
}

/**
 * Failures of one category.
 *
 * @example
 * ```ts
 * summary.byCategory[0]; // { category: 'user-unknown', count: 12, hard: 12, retryable: 0, example: '550 5.1.1 …' }
 * ```
 */
export interface CategoryCount {
  /** The category. */
  readonly category: Category;
  /** Failed recipients in it. */
  readonly count: number;
  /** How many of them were hard bounces. */
  readonly hard: number;
  /** How many of them were worth retrying. */
  readonly retryable: number;
  /** The first reply seen in this category. */
  readonly example: string;
}

/**
 * Failures at one recipient domain.
 *
 * @example
 * ```ts
 * summary.byDomain[0]; // { domain: 'gmail.com', count: 20, hard: 20 }
 * ```
 */
export interface DomainCount {
  /** The recipient domain, lower-cased; `''` for recipients without a domain. */
  readonly domain: string;
  /** Failed recipients at it. */
  readonly count: number;
  /** How many of them were hard bounces. */
  readonly hard: number;
}

/**
 * A line that could not be read.
 *
 * @example
 * ```ts
 * summary.unreadableLines[0]; // { line: 44, reason: 'Postfix line with to= but no status=', text: '…' }
 * ```
 */
export interface UnreadableEntry {
  /** One-based line number. */
  readonly line: number;
  /** Why it could not be read. */
  readonly reason: string;
  /** The line, cut to `maxText` characters. */
  readonly text: string;
}

/**
 * What {@link LogSummarizer} counted. Failures are counted per recipient, attempts per line.
 *
 * @example
 * ```ts
 * const s = summarizer.summary();
 * console.log(`${s.failures} failed recipients, ${s.byBounce.hard} hard bounces`);
 * ```
 */
export interface LogSummary {
  /** Lines seen. */
  readonly lines: number;
  /** Lines that were delivery attempts. */
  readonly attempts: number;
  /** Lines that were no delivery attempt. */
  readonly ignored: number;
  /** Delivery attempts by outcome. */
  readonly byKind: Readonly<Record<LogEventKind, number>>;
  /** Delivery attempts by server. */
  readonly byFormat: Readonly<Record<LogFormat, number>>;
  /** Recipients of bounced and deferred attempts. */
  readonly failures: number;
  /** Failures by category, most frequent first. */
  readonly byCategory: readonly CategoryCount[];
  /** Failures by bounce type; `none` when the classification gave none. */
  readonly byBounce: {
    /** Failures classified as hard bounces. */
    readonly hard: number;
    /** Failures classified as soft bounces. */
    readonly soft: number;
    /** Failures with no bounce type. */
    readonly none: number;
  };
  /** Failures by recipient domain, most frequent first. */
  readonly byDomain: readonly DomainCount[];
  /** Failures at domains beyond `maxDomains`. */
  readonly otherDomains: number;
  /** Lines that could not be read. */
  readonly unreadable: number;
  /** The first `maxUnreadable` of them. */
  readonly unreadableLines: readonly UnreadableEntry[];
}

interface CategoryTally {
  count: number;
  hard: number;
  retryable: number;
  example: string;
}

interface DomainTally {
  count: number;
  hard: number;
}

/**
 * Counts the delivery attempts of a mail log, line by line, in bounded memory: failures (bounced
 * and deferred attempts) by category, bounce type and recipient domain, with one example reply per
 * category, and the lines that could not be read. Does no I/O: feed it lines read from anywhere.
 * Throws `RangeError` for option values that are not positive integers.
 *
 * @example
 * ```ts
 * const summarizer = new LogSummarizer();
 * for (const line of lines) {
 *   const event = parseLogLine(line);
 *   if (event) summarizer.add(event);
 *   else summarizer.ignore();
 * }
 * const s = summarizer.summary();
 * s.byCategory[0]; // { category: 'user-unknown', count: 12, hard: 12, retryable: 0, example: '550 5.1.1 …' }
 * ```
 */
export class LogSummarizer {
  private readonly maxDomains: number;
  private readonly maxUnreadable: number;
  private readonly maxText: number;
  private lines = 0;
  private ignored = 0;
  private readonly byKind: Record<LogEventKind, number> = { bounced: 0, deferred: 0, sent: 0, other: 0 };
  private readonly byFormat: Record<LogFormat, number> = { postfix: 0, exim: 0, sendmail: 0 };
  private failures = 0;
  private readonly categories = new Map<Category, CategoryTally>();
  private readonly bounces = { hard: 0, soft: 0, none: 0 };
  private readonly domains = new Map<string, DomainTally>();
  private otherDomains = 0;
  private unreadableCount = 0;
  private readonly unreadableLines: UnreadableEntry[] = [];

  constructor(options?: LogSummaryOptions) {
    this.maxDomains = positiveInteger(options?.maxDomains, 10_000, 'maxDomains');
    this.maxUnreadable = positiveInteger(options?.maxUnreadable, 1_000, 'maxUnreadable', true);
    this.maxText = positiveInteger(options?.maxText, 500, 'maxText');
  }

  /**
   * Counts a delivery attempt. A bounced or deferred attempt is classified from its `reply` and
   * `command` unless its classification is given; returns that classification (`null` for sent
   * and other attempts).
   */
  add(event: LogEvent, classification?: Classification | null): Classification | null {
    this.lines++;
    this.byKind[event.kind]++;
    this.byFormat[event.format]++;
    if (event.kind !== 'bounced' && event.kind !== 'deferred') return classification ?? null;
    const r = classification ?? classify(event.reply, { command: event.command ?? undefined });
    const recipients = event.recipients.length ? event.recipients : [''];
    const n = recipients.length;
    this.failures += n;
    const hard = r.bounce === 'hard' ? n : 0;
    let c = this.categories.get(r.category);
    if (!c) {
      c = { count: 0, hard: 0, retryable: 0, example: cut(event.reply, this.maxText) };
      this.categories.set(r.category, c);
    }
    c.count += n;
    c.hard += hard;
    if (r.retryable) c.retryable += n;
    this.bounces[r.bounce ?? 'none'] += n;
    for (const recipient of recipients) {
      const domain = domainOf(recipient);
      const d = this.domains.get(domain);
      if (d) {
        d.count++;
        if (hard) d.hard++;
      } else if (this.domains.size < this.maxDomains) {
        this.domains.set(domain, { count: 1, hard: hard ? 1 : 0 });
      } else {
        this.otherDomains++;
      }
    }
    return r;
  }

  /** Counts a line that is no delivery attempt. */
  ignore(): void {
    this.lines++;
    this.ignored++;
  }

  /** Counts a line that could not be read; `line` is its one-based number. */
  unreadable(line: number, reason: string, text: string): void {
    this.lines++;
    this.unreadableCount++;
    if (this.unreadableLines.length < this.maxUnreadable) {
      this.unreadableLines.push({ line, reason, text: cut(text, this.maxText) });
    }
  }

  /** What was counted so far; a snapshot that later calls do not change. */
  summary(): LogSummary {
    const byCategory: CategoryCount[] = [];
    for (const [category, c] of this.categories) byCategory.push({ category, ...c });
    byCategory.sort((a, b) => b.count - a.count || compare(a.category, b.category));
    const byDomain: DomainCount[] = [];
    for (const [domain, d] of this.domains) byDomain.push({ domain, ...d });
    byDomain.sort((a, b) => b.count - a.count || compare(a.domain, b.domain));
    return {
      lines: this.lines,
      attempts: this.lines - this.ignored - this.unreadableCount,
      ignored: this.ignored,
      byKind: { ...this.byKind },
      byFormat: { ...this.byFormat },
      failures: this.failures,
      byCategory,
      byBounce: { ...this.bounces },
      byDomain,
      otherDomains: this.otherDomains,
      unreadable: this.unreadableCount,
      unreadableLines: [...this.unreadableLines],
    };
  }
}

function positiveInteger(value: number | undefined, fallback: number, name: string, zeroAllowed = false): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < (zeroAllowed ? 0 : 1)) {
    throw new RangeError(
      `LogSummarizer: ${name} must be a ${zeroAllowed ? 'non-negative' : 'positive'} integer, got ${String(value)}`,
    );
  }
  return value;
}

/** The domain of an address, lower-cased, without a trailing dot; `''` when it has none. */
function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return '';
  let d = address
    .slice(at + 1)
    .trim()
    .toLowerCase();
  if (d.endsWith('.')) d = d.slice(0, -1);
  return d;
}

function cut(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
