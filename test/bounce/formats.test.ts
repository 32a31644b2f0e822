/**
 * parseBounce() on real emails of test/fixtures/bounces, one or more per format it reads, with
 * the values asserted field by field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBounce, type BounceResult } from '../../src/bounce/index.js';
import { EMAILS_DIR } from './eval.js';

const read = (file: string): Promise<BounceResult> => parseBounce(readFileSync(`${EMAILS_DIR}${file}`));
const brief = (r: BounceResult) =>
  r.recipients.map((x) => ({
    recipient: x.recipient,
    action: x.action,
    status: x.status,
    code: x.code,
    command: x.command,
    remoteMta: x.remoteMta,
    category: x.classification.category,
    bounce: x.classification.bounce,
  }));

describe('RFC 3464 delivery status notifications', () => {
  it('reads a Postfix report: recipient, status, code, remote MTA, report facts, the original message', async () => {
    const r = await read('lhost-postfix-04.eml');
    expect(r.kind).toBe('bounce');
    expect(r.format).toBe('rfc3464');
    expect(r.reportingMta).toBe('mv-osn-hcb007.ocn.ad.jp');
    expect(r.arrivalDate).toBe('Mon, 24 May 2010 19:06:50 +0900 (JST)');
    expect(r.original).toEqual({
      messageId: 'A8F82EDD-E518-4F5C-8C70-BC4EFF24AB9F@example.ne.jp',
      from: 'shironeko@example.ne.jp',
      to: ['kijitora@example.co.jp'],
      subject: 'TEST',
    });
    expect(brief(r)).toEqual([
      {
        recipient: 'kijitora@example.co.jp',
        action: 'failed',
        status: '5.1.1',
        code: 550,
        command: null,
        remoteMta: 'mx01.example.co.jp',
        category: 'user-unknown',
        bounce: 'hard',
      },
    ]);
    expect(r.recipients[0]!.diagnostic).toBe('550 5.1.1 Address rejected kijitora@example.co.jp');
    expect(r.problems).toEqual([]);
  });

  it('reads a report whose MIME boundaries never appear, from the fields in its text (two recipients)', async () => {
    const r = await read('lhost-messagingserver-03.eml');
    expect(r.format).toBe('rfc3464');
    expect(r.recipients.map((x) => [x.recipient, x.status, x.code])).toEqual([
      ['sabineko@example.org', '5.7.1', 550],
      ['mikeneko@example.org', '5.7.1', 550],
    ]);
  });

  it('completes a group without Diagnostic-Code from the text part, and refines its X.0.0 status', async () => {
    const r = await read('lhost-opensmtpd-13.eml');
    expect(r.kind).toBe('delay');
    expect(brief(r)[0]).toMatchObject({
      recipient: 'pseudo-local-part-of-yahoo-inc@yahoo.com',
      action: 'delayed',
      status: '4.7.0',
      code: 421,
      category: 'blocked',
    });
  });
});

describe('texts of mail servers without a standard report', () => {
  it('qmail: the recipient line, the code in the reply and the status in (#5.5.0), the command', async () => {
    const r = await read('lhost-qmail-01.eml');
    expect(r.format).toBe('text');
    expect(brief(r)).toEqual([
      {
        recipient: 'kijitora@example.ne.jp',
        action: 'failed',
        status: '5.5.0',
        code: 550,
        command: 'RCPT',
        remoteMta: null,
        category: 'user-unknown',
        bounce: 'hard',
      },
    ]);
    expect(r.original.messageId).toBe('000000000.9999999999999.JavaMail.postmaster@mailhub');
  });

  it('Exim: X-Failed-Recipients, the reply after MAIL FROM', async () => {
    const r = await read('lhost-exim-01.eml');
    expect(brief(r)).toEqual([
      {
        recipient: 'kijitora@example.ed.jp',
        action: 'failed',
        status: '5.7.0',
        code: 550,
        command: 'MAIL',
        remoteMta: null,
        category: 'blocked',
        bounce: 'soft',
      },
    ]);
  });

  it('Gmail: the recipient after "failed permanently", the reply inside the technical details', async () => {
    const r = await read('lhost-gmail-03.eml');
    expect(r.subject).toBe('Delivery Status Notification (Failure)');
    expect(r.recipients.map((x) => [x.recipient, x.status, x.code])).toEqual([
      ['kijitora@example.co.jp', '5.7.0', 554],
    ]);
  });

  it('Google Groups in Japanese: the failed recipient from X-Failed-Recipients', async () => {
    const r = await read('lhost-googlegroups-01.eml');
    expect(r.kind).toBe('bounce');
    expect(r.recipients.map((x) => x.recipient)).toEqual(['libsisimai@googlegroups.com']);
  });

  it('a session transcript: the failing reply, not the 250 lines before it', async () => {
    const r = await read('lhost-postfix-75.eml');
    expect(r.recipients.map((x) => [x.status, x.code])).toEqual([['4.3.0', 451]]);
  });
});

describe('provider notifications', () => {
  it('Amazon SES JSON delivery notification', async () => {
    const r = await read('lhost-amazonses-12.eml');
    expect(r.kind).toBe('delivered');
    expect(r.format).toBe('provider-json');
    expect(brief(r)[0]).toMatchObject({
      recipient: 'success@simulator.amazonses.com',
      action: 'delivered',
      status: '2.6.0',
      code: 250,
      category: 'success',
    });
  });
});

describe('complaints', () => {
  it('RFC 5965 feedback report with two Original-Rcpt-To', async () => {
    const r = await read('arf-17.eml');
    expect(r.kind).toBe('complaint');
    expect(r.format).toBe('arf');
    expect(r.complaint).toEqual({
      feedbackType: 'abuse',
      userAgent: 'abusix-py/0.1',
      sourceIp: '192.0.2.3',
      originalMailFrom: 'sironeko@example.jp',
      originalRcptTo: ['kijitora@example.com', 'sabatora@example.net'],
      reportedDomains: [],
      arrivalDate: 'Thu, 29 Apr 2016 23:34:45 +0000',
    });
    expect(r.recipients.map((x) => x.recipient)).toEqual(['kijitora@example.com', 'sabatora@example.net']);
    expect(r.original.subject).toBe('Nyaan');
  });

  it('a feedback report with Reported-Domain and an opt-out one', async () => {
    expect((await read('arf-02.eml')).complaint).toMatchObject({
      feedbackType: 'abuse',
      originalMailFrom: 'shironeko@example.com',
      originalRcptTo: ['this-local-part-does-not-exist-on-yahoo@yahoo.com'],
      reportedDomains: ['example.com'],
    });
    expect((await read('arf-12.eml')).complaint?.feedbackType).toBe('opt-out');
  });

  it('a provider complaint without a feedback part (X-HmXmrOriginalRecipient)', async () => {
    const r = await read('arf-22.eml');
    expect(r.kind).toBe('complaint');
    expect(r.format).toBe('provider-complaint');
    expect(r.complaint).toMatchObject({ feedbackType: 'abuse', originalRcptTo: ['kijitora@example.com'] });
  });

  it('a one-click unsubscribe is an opt-out complaint, not an auto-reply', async () => {
    const r = await read('arf-26.eml');
    expect(r.kind).toBe('complaint');
    expect(r.complaint?.feedbackType).toBe('opt-out');
    expect(r.autoReply).toBe(false);
  });
});

describe('automatic replies', () => {
  it('RFC 3834 / out-of-office: kind auto-reply, not a bounce', async () => {
    const r = await read('rfc3834-02.eml');
    expect(r.kind).toBe('auto-reply');
    expect(r.autoReply).toBe(true);
    expect(r.recipients.map((x) => x.recipient)).toEqual(['nekonyaan@example.org']);
  });
});

describe('charsets', () => {
  it('decodes an ISO-2022-JP text part (a Japanese reason)', async () => {
    const r = await read('lhost-notes-02.eml');
    expect(r.recipients[0]!.diagnostic).toContain('ディレクトリのリストにありません');
  });
});
