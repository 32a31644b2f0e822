/** Readers that turn what mail software records (client errors, DSNs, log lines) into replies for classify(). */
export type { ReplyContext } from './types.js';
export { fromNodemailerError } from './nodemailer.js';
export type { NodemailerFailure } from './nodemailer.js';
export { parseDsnFields } from './dsn.js';
export type { DsnAction, DsnField, DsnRecipient, DsnReport, DsnSkippedLine } from './dsn.js';
export { parseLogLine } from './logs.js';
export type { LogEvent, LogEventKind, LogFormat } from './log-event.js';
