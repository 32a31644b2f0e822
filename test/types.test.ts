/**
 * Types that help (issue 13), checked by the project's `tsc --noEmit` (tsconfig has
 * `exactOptionalPropertyTypes`): every `@ts-expect-error` below fails the type check if the line
 * compiles, and the other lines fail it if they do not. At run time they only have to run.
 */
import { describe, expect, it } from 'vitest';
import {
  bounceNotice,
  classify,
  compare,
  formatReply,
  LogSummarizer,
  lookup,
  parseLogLine,
  parseReply,
  type CatalogueKey,
  type ClassifyOptions,
  type Locale,
} from '../src/index.js';

describe('types', () => {
  it('command accepts SmtpCommand and the wire spellings; a misspelling is a type error', () => {
    for (const command of ['RCPT', 'RCPT TO', 'rcpt', 'rcpt to', 'MAIL FROM', 'CONN', 'AUTH PLAIN', 'OTHER'] as const) {
      expect(classify('552 x', { command }).command).not.toBeNull();
    }
    // @ts-expect-error 'RCTP' is no command: a type error, not a silent OTHER
    expect(classify('552 x', { command: 'RCTP' }).command).toBe('OTHER');
    const fromNodemailer: string = 'RCPT TO';
    // @ts-expect-error a plain string is not a CommandSpelling: pass the error itself, or narrow it
    classify('552 x', { command: fromNodemailer });
  });

  it('options take an explicit undefined (exactOptionalPropertyTypes), as the docs write them', () => {
    const e = parseLogLine(
      'Jan 10 10:00:01 mail postfix/smtp[1]: 4F9D5C1234: to=<a@example.com>, relay=mx.example.com[192.0.2.10]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.10] said: 550 5.1.1 User unknown (in reply to RCPT TO command))',
    );
    const r = classify(e!.reply, { command: e!.command ?? undefined, locale: undefined, maxLength: undefined });
    expect(r.category).toBe('user-unknown');
    const options: ClassifyOptions = { locale: undefined, command: undefined, maxLines: undefined };
    expect(classify('250 ok', options).class).toBe('success');
    expect(parseReply('250 ok', { maxLength: undefined, maxLines: undefined }).code).toBe(250);
    expect(formatReply({ code: 250, enhanced: undefined, lines: 'ok' }, { newline: undefined })).toBe('250 ok');
    expect(lookup(550, { locale: undefined })?.code).toBe('550');
    expect(compare(450, 550, { locale: undefined }).a.code).toBe('450');
    expect(new LogSummarizer({ maxDomains: undefined }).summary().lines).toBe(0);
    const n = bounceNotice(r, { recipient: 'a@example.com', subject: undefined, service: undefined, kind: undefined });
    expect(n.kind).toBe('failed');
  });

  it('a locale needs only code and direction; catalogue texts are keyed by catalogue key', () => {
    const mine: Locale = { code: 'xx', direction: 'ltr', codes: { '550': { name: 'x' }, 'X.1.1': { fix: 'y' } } };
    expect(lookup(550, { locale: mine })?.name).toBe('x');
    // @ts-expect-error '559x' is not a catalogue key
    const wrong: Locale = { code: 'xx', direction: 'ltr', codes: { '559x': { name: 'x' } } };
    const key: CatalogueKey = 'X.1.1';
    // @ts-expect-error 'X.9.9' is not a catalogue key
    const bad: CatalogueKey = 'X.9.9';
    expect([wrong.code, key, bad]).toEqual(['xx', 'X.1.1', 'X.9.9']);
  });
});
