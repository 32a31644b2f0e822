/**
 * Example for docs/bounce-notice.md: turn a failed delivery into a notice for the person who
 * sent the mail, in their language. The library gives the explanation (`description`, `fix`)
 * and the labels; the few sentences around them are the application's own.
 * test/docs-examples.test.ts type-checks this file and runs it.
 */
import { classify, type Locale } from 'smtp-reply';
import { en } from 'smtp-reply/locales/en';

/** The application's own sentences, per language; English is the fallback. */
const SENTENCES: Readonly<Record<string, { subject: string; intro: string; retrying: string; serverSaid: string }>> = {
  en: {
    subject: 'Undeliverable: {subject}',
    intro: 'Your message to {recipient} could not be delivered.',
    retrying: 'We will keep trying for a while and let you know if it still fails.',
    serverSaid: 'The receiving server replied',
  },
  de: {
    subject: 'Unzustellbar: {subject}',
    intro: 'Ihre Nachricht an {recipient} konnte nicht zugestellt werden.',
    retrying: 'Wir versuchen es noch eine Weile weiter und melden uns, falls es weiterhin nicht klappt.',
    serverSaid: 'Der empfangende Server antwortete',
  },
  fr: {
    subject: 'Non distribuable : {subject}',
    intro: "Votre message à {recipient} n'a pas pu être distribué.",
    retrying: 'Nous réessaierons pendant un certain temps et vous préviendrons en cas de nouvel échec.',
    serverSaid: 'Le serveur destinataire a répondu',
  },
};

export interface BounceNotice {
  readonly subject: string;
  readonly text: string;
  /** `true` when this is only a delay notice: the message is still being retried. */
  readonly delayed: boolean;
}

/** A locale's label, else the English one (locales may leave labels out). */
function labelOf(locale: Locale, key: keyof Locale['labels']): string {
  return locale.labels[key] ?? en.labels[key] ?? key;
}

/**
 * The notice for one failed recipient. `reply` is what the server said (a reply string, a
 * nodemailer error, `LogEvent.reply`, `DsnRecipient.reply` …); `command` the command it answered.
 */
export function bounceNotice(
  reply: unknown,
  mail: { recipient: string; subject: string; command?: string },
  locale: Locale = en,
): BounceNotice {
  const r = classify(reply, { locale, ...(mail.command ? { command: mail.command } : {}) });
  const s = SENTENCES[locale.code] ?? SENTENCES[locale.code.split('-')[0]!] ?? SENTENCES['en']!;
  const fill = (t: string) => t.replace('{recipient}', mail.recipient).replace('{subject}', mail.subject);
  const bounceLabel = r.bounce === 'hard' ? labelOf(locale, 'hardBounce') : labelOf(locale, 'softBounce');
  const lines = [
    fill(s.intro),
    '',
    `${labelOf(locale, 'description')}: ${r.description}`,
    `${labelOf(locale, 'fix')}: ${r.fix}`,
    `${labelOf(locale, 'bounce')}: ${bounceLabel}`,
  ];
  if (r.retryable) lines.push('', s.retrying);
  const original = r.reply.lines.map((l) => [l.code, l.enhanced, l.text].filter((x) => x !== null && x !== '').join(' ')).join('\n');
  if (original) lines.push('', `${s.serverSaid}:`, original);
  return { subject: fill(s.subject), text: lines.join('\n'), delayed: r.retryable };
}
