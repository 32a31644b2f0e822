import type { ParsedReply } from '../types.js';
import { type ParseOptions, parseReply } from './parse.js';

/** How many joined replies are looked through for a failure (bounds the work on hostile input). */
const MAX_JOINED = 16;

/**
 * When a positive reply is followed by others (a session transcript, replies joined in a bounce
 * report), the failure among them is what the input reports: use the first 4xx/5xx reply.
 */
export function failingReply(first: ParsedReply, options: ParseOptions | undefined): ParsedReply {
  if (first.code === null || first.code < 200 || first.code >= 400 || !first.suffix) return first;
  let current = first;
  for (let n = 0; n < MAX_JOINED && current.suffix; n++) {
    const next = parseReply(current.suffix, options);
    if (next.code === null) break;
    if (next.code >= 400) {
      const prefix = first.prefix ? `${first.prefix} ${first.lines.map((l) => l.text).join(' ')}` : first.text;
      // The first reply's problems keep their offsets (into the input) but not their line numbers,
      // which counted its own lines; the later reply's keep their line numbers, not their offsets
      // (which counted from where it began).
      const earlier = first.problems.map(({ kind, message, offset }) =>
        offset === undefined ? { kind, message } : { kind, message, offset },
      );
      const later = next.problems
        .filter((p) => p.kind !== 'leading-text')
        .map(({ kind, message, line }) => (line === undefined ? { kind, message } : { kind, message, line }));
      return { ...next, prefix, problems: [...earlier, ...later] };
    }
    current = next;
  }
  return first;
}
