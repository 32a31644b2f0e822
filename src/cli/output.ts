import type { Classification, Locale } from '../index.js';
import { className, label } from '../locales/resolve.js';
import { CONTROL_CHAR_REGEX, LINE_BREAK_REGEX } from '../regex.js';

const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';
const COLORS: Record<string, string> = {
  success: '\u001b[32m',
  intermediate: '\u001b[36m',
  transient: '\u001b[33m',
  permanent: '\u001b[31m',
  unknown: '\u001b[35m',
};

/** One JSON object for a reply (without the parsed lines, which the input already shows). */
export function toJson(input: string, r: Classification): string {
  return JSON.stringify({
    input,
    code: r.code,
    enhanced: r.enhanced,
    class: r.class,
    retryable: r.retryable,
    bounce: r.bounce,
    category: r.category,
    description: r.description,
    fix: r.fix,
    userMessage: r.userMessage,
    rule: r.rule,
    why: r.why,
    retryAfter: r.retryAfter,
    command: r.command,
    malformed: r.malformed,
    problems: r.problems,
  });
}

/** A readable block for a terminal. */
export function formatHuman(input: string, r: Classification, locale: Locale | undefined, color: boolean): string {
  const paint = (code: string, s: string) => (color ? code + s + RESET : s);
  // The decision in the locale's words: "Retryable: Yes", "Hard bounce", "Soft bounce · Retryable: No".
  const retry = `${label('retryable', locale)}: ${label(r.retryable ? 'yes' : 'no', locale)}`;
  const decision =
    r.bounce === null || r.retryable
      ? retry
      : `${label(r.bounce === 'hard' ? 'hardBounce' : 'softBounce', locale)} · ${retry}`;
  const codes = [r.code ?? '—', r.enhanced].filter((x) => x !== null).join(' ');
  const lines = [
    `${paint(BOLD, codes)} ${paint(COLORS[r.class] ?? '', className(r.class, locale))} · ${r.category} · ${decision}`,
    `  ${label('description', locale)}: ${r.description}`,
    `  ${label('fix', locale)}: ${r.fix}`,
    ...(r.userMessage ? [`  ${label('userMessage', locale)}: ${r.userMessage}`] : []),
    `  rule: ${r.rule} (${r.why})${r.retryAfter ? `; retry after ${r.retryAfter}s` : ''}`,
  ];
  if (r.problems.length) lines.push(`  problems: ${r.problems.map((p) => p.kind).join(', ')}`);
  lines.unshift(input.length > 200 ? `${input.slice(0, 200)}…` : input.replace(LINE_BREAK_REGEX, ' ⏎ '));
  // Replies come from the network: never let their control characters reach the terminal.
  return lines.join('\n').replace(CONTROL_CHAR_REGEX, '?');
}
