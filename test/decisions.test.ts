/**
 * Decisions a mail sender can trust (issue 12): a hard bounce needs evidence about the address.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../src/index.js';
import type { SmtpCommand } from '../src/types.js';
import { replyish, replyLines } from './helpers/fuzz-properties.js';

describe('stock wordings are no evidence about the address', () => {
  it.each([
    [
      '550 Requested action not taken: mailbox unavailable. Your IP 192.0.2.1 is listed at bl.spamcop.net',
      'RCPT',
      'blocked',
    ],
    [
      '550 Requested action not taken: mailbox unavailable (Nemesis ESMTP Service not available; No SMTP service; Bad DNS PTR resource record)',
      'CONNECT',
      'blocked',
    ],
    ['550 Requested action not taken: mailbox unavailable, reject due to policy restrictions', 'RCPT', 'policy'],
    [
      '550 5.7.1 <x@example.com>: Recipient address rejected: Delivery not authorized, message refused by local policy',
      'RCPT',
      'policy',
    ],
    ['550 Address a@example.org does not exist', 'MAIL', 'sender-rejected'],
  ])('%s (%s) → %s, soft', (reply, command, category) => {
    const r = classify(reply, { command: command as SmtpCommand });
    expect(r.category).toBe(category);
    expect(r.bounce).toBe('soft');
  });

  it('the stock wording alone gives no category that would suppress the address', () => {
    for (const reply of ['550 Requested action not taken: mailbox unavailable', '554 Transaction failed']) {
      expect(classify(reply, { command: 'RCPT' })).toMatchObject({ category: 'unknown', bounce: 'soft' });
    }
  });

  it("Microsoft's 5.4.1 directory check stays a hard bounce, and says why", () => {
    const r = classify(
      '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [x.prod.protection.outlook.com]',
    );
    expect(r).toMatchObject({ category: 'user-unknown', bounce: 'hard', rule: 'enhanced.4.1-recipient' });
    expect(r.why).toMatch(/directory/);
  });

  it('evidence about the address still makes a hard bounce', () => {
    expect(classify('550 5.1.1 <a@example.com>: Recipient address rejected: User unknown').bounce).toBe('hard');
    expect(classify('550 No such user here').bounce).toBe('hard');
  });
});

describe('a reply before RCPT is never about the recipient', () => {
  const before = fc.constantFrom('CONNECT', 'HELO', 'EHLO', 'MAIL');

  it('no reply to CONNECT, HELO/EHLO or MAIL is a hard bounce (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          replyish,
          replyLines,
          fc.constantFrom('550 5.1.1 User unknown', '550 No such user', '553 5.1.2 domain not found'),
        ),
        before,
        (reply, command) => {
          const r = classify(reply, { command: command as SmtpCommand });
          expect(r.bounce).not.toBe('hard');
          expect(['user-unknown', 'mailbox-moved', 'mailbox-disabled', 'mailbox-full']).not.toContain(r.category);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('"user unknown" in answer to MAIL FROM is about the sender', () => {
    expect(classify('550 5.1.1 User unknown', { command: 'MAIL' }).category).toBe('sender-rejected');
    expect(classify('553 5.1.2 Domain of sender address does not exist', { command: 'MAIL' }).category).toBe(
      'sender-rejected',
    );
  });
});

describe('a disabled mailbox', () => {
  it.each([
    '550 5.2.1 The email account that you tried to reach is disabled.',
    '554 30 Sorry, your message to user@yahoo.co.uk cannot be delivered. This mailbox is disabled (554.30).',
    '550 Message was not accepted -- invalid mailbox. Local mailbox x@mail.ru is unavailable: account is disabled',
    '525 5.7.13 Disabled recipient address',
  ])('disabled for good (5xx) is a hard bounce: %s', (reply) => {
    expect(classify(reply, { command: 'RCPT' })).toMatchObject({
      category: 'mailbox-disabled',
      bounce: 'hard',
      retryable: false,
    });
  });

  it.each(['450 4.2.1 Mailbox temporarily locked, try again later', '451 4.2.1 The account is temporarily suspended'])(
    'a temporary lock (4xx) is soft and retried: %s',
    (reply) => {
      expect(classify(reply)).toMatchObject({ category: 'mailbox-disabled', bounce: 'soft', retryable: true });
    },
  );

  it.each([
    '550 5.5.0 The recipient account is blocked.',
    '550 Account is locked',
    '550 Mailbox currently suspended - Please contact correspondent directly',
    'The user(s) account is disabled.',
  ])('a locked, suspended, or uncoded disabled account is not proven gone: soft (%s)', (reply) => {
    expect(classify(reply)).toMatchObject({ category: 'mailbox-disabled', bounce: 'soft' });
  });
});

describe('wordings in other languages', () => {
  it('folds case in Latin, Greek and Cyrillic scripts and full-width forms', () => {
    expect(classify('550 USUARIO INEXISTENTE').category).toBe('user-unknown');
    expect(classify('550 ＵＳＥＲ　ＵＮＫＮＯＷＮ').category).toBe('user-unknown');
    expect(classify('550 Benutzer NICHT bekannt').category).toBe('user-unknown');
  });

  it('matches CJK wordings as they are written', () => {
    expect(classify('550 收件人不存在').category).toBe('user-unknown');
    expect(classify('552 収件容量满').category).not.toBe('user-unknown');
    expect(classify('550 该用户不存在').bounce).toBe('hard');
  });

  it('reads the Google Groups notice in any language by its help-centre link', () => {
    const r = classify(
      'Olá, o grupo que você tentou contactar (x) pode não existir. Visite https://groups.google.com/support/ para ajuda.',
    );
    expect(r.category).toBe('policy');
    expect(r.bounce).toBe('soft');
  });
});

describe('the writer of the text decides that it is final', () => {
  it('qmail giving up after a temporary error is not retried', () => {
    const r = classify(
      "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.",
    );
    expect(r.retryable).toBe(false);
  });

  it('"do not retry" overrides a try-later wording', () => {
    expect(classify('553 5.7.2 All messages will be permanently deferred; Retrying will NOT succeed').retryable).toBe(
      false,
    );
  });
});
