/**
 * smtp-reply: turn raw SMTP server replies into decisions.
 *
 * @example
 * ```ts
 * import { classify } from 'smtp-reply';
 * const r = classify('451 4.7.1 Greylisted, please try again in 300 seconds');
 * if (r.retryable) queue.retryIn(r.retryAfter ?? 600);
 * else if (r.bounce === 'hard') suppress(address);
 * ```
 * @packageDocumentation
 */
export { classify } from './classify/classify.js';
export { createClassifier, RULES_VERSION } from './classify/custom.js';
export type { Classifier, ClassifierOptions, CustomRule } from './classify/custom.js';
export type { SignalName } from './classify/signals.js';
export { localize } from './classify/localize.js';
export type { Classification, ClassifyOptions } from './classify/types.js';
export { parseReply } from './reply/parse.js';
export type { ParseOptions } from './reply/parse.js';
export { parseReplyStrict } from './reply/strict.js';
export { formatReply } from './reply/format.js';
export type { FormatOptions, ReplySpec } from './reply/format.js';
export { lookup } from './lookup.js';
export type { LookupOptions, LookupResult } from './lookup.js';
export { SmtpReplyError } from './errors.js';
export { CATEGORIES } from './classify/categories.js';
export type { BasicCodeEntry, CatalogueKey, CodeEntry, CodeTexts, EnhancedCodeEntry } from './catalogue/types.js';
export type {
  CatalogueTexts,
  CategoryTable,
  CategoryTexts,
  FailureCategory,
  LabelKey,
  Locale,
  LocaleMessages,
  NoticeTemplates,
  OutcomeTexts,
} from './locales/types.js';
export type {
  BounceType,
  Category,
  CommandSpelling,
  CommandWord,
  ErrorLike,
  ParsedReply,
  Problem,
  ProblemKind,
  ReplyClass,
  ReplyInput,
  ReplyLine,
  SmtpCommand,
} from './types.js';
export { compare } from './compare.js';
export type { CompareOptions, Comparison, ComparisonLabels, ComparisonSide } from './compare.js';
export type { CompareTemplates } from './locales/types.js';
// Inputs: nodemailer errors, DSN fields and MTA log lines turned into replies for classify().
export { fromNodemailerError, parseDsnFields, parseLogLine } from './inputs/index.js';
export type {
  ReplyContext,
  NodemailerFailure,
  DsnAction,
  DsnField,
  DsnRecipient,
  DsnReport,
  DsnSkippedLine,
  LogEvent,
  LogEventKind,
  LogFormat,
} from './inputs/index.js';
// Built on classify(): per-recipient nodemailer results and log summaries.
export { classifyNodemailerError } from './report/nodemailer.js';
export type { RecipientClassification } from './report/nodemailer.js';
export { LogSummarizer } from './report/summary.js';
export { bounceNotice } from './report/notice.js';
export type { BounceNotice, BounceNoticeOptions, NoticeKind } from './report/notice.js';
export type { LogSummary, LogSummaryOptions, CategoryCount, DomainCount, UnreadableEntry } from './report/summary.js';
