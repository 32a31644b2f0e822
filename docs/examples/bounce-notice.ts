/**
 * Example for docs/bounce-notice.md: tell the person who sent a message that it failed, or that
 * it is delayed, in their language. bounceNotice() writes the whole notice; the application
 * passes only its own names. test/docs-examples.test.ts type-checks this file and runs it.
 */
import { bounceNotice, classify, type BounceNotice, type Locale } from 'smtp-reply';
import { ar } from 'smtp-reply/locales/ar/core';
import { de } from 'smtp-reply/locales/de/core';
import { fr } from 'smtp-reply/locales/fr/core';

/** The languages this application offers besides English, by tag. */
const LOCALES: Readonly<Record<string, Locale>> = { ar, de, fr };

/** What the application knows about the message. */
export interface SentMessage {
  /** The recipient whose delivery failed or is delayed. */
  readonly recipient: string;
  /** The message's subject, when it has one. */
  readonly subject?: string | undefined;
  /** The sender's language (their setting, else Accept-Language); English when it is not offered. */
  readonly language?: string | undefined;
  /** `true` when the application has stopped retrying: the notice is then final whatever the reply. */
  readonly gaveUp?: boolean | undefined;
}

/**
 * The notice for one recipient, or `null` when there is nothing to tell (the message was
 * accepted). `reply` is what the server said: a reply string, an error nodemailer threw,
 * `parseLogLine(line).reply`, `parseDsnFields(text).recipients[i].reply` …
 */
export function noticeFor(reply: unknown, message: SentMessage): BounceNotice | null {
  const result = classify(reply);
  if (result.class === 'success' || result.class === 'intermediate') return null;
  return bounceNotice(result, {
    locale: LOCALES[message.language ?? 'en'],
    recipient: message.recipient,
    subject: message.subject,
    service: 'Acme Mail',
    kind: message.gaveUp ? 'failed' : undefined,
  });
}
