import { describe, expect, it } from 'vitest';
import { classify, parseDsnFields, SmtpReplyError } from '../src/index.js';

const POSTFIX_FAILED = [
  'Reporting-MTA: dns; mail.example.org',
  'X-Postfix-Queue-ID: 4F9D5C1234',
  'X-Postfix-Sender: rfc822; sender@example.org',
  'Arrival-Date: Wed, 10 Jan 2024 10:00:00 +0000 (UTC)',
  '',
  'Final-Recipient: rfc822; john@example.com',
  'Original-Recipient: rfc822;john@example.com',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.example.com',
  'Diagnostic-Code: smtp; 550 5.1.1 <john@example.com>: Recipient address rejected:',
  '    User unknown in virtual mailbox table',
  '',
  'Final-Recipient: rfc822; jane@example.org',
  'Original-Recipient: rfc822;jane@example.org',
  'Action: delayed',
  'Status: 4.4.1',
  'Diagnostic-Code: X-Postfix; connect to mx.example.org[198.51.100.7]:25: Connection',
  '    timed out',
  'Will-Retry-Until: Thu, 15 Jan 2024 10:00:00 +0000 (UTC)',
  '',
].join('\r\n');

const GMAIL = [
  'Reporting-MTA: dns; googlemail.com',
  'Received-From-MTA: dns; sender@gmail.com',
  'Arrival-Date: Wed, 10 Jan 2024 02:00:00 -0800 (PST)',
  'X-Original-Message-ID: <abc@mail.gmail.com>',
  '',
  'Final-Recipient: rfc822; nobody@example.com',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.example.com. (192.0.2.10, the server for the domain example.com.)',
  'Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in local recipient table',
  'Last-Attempt-Date: Wed, 10 Jan 2024 02:00:01 -0800 (PST)',
].join('\n');

const EXCHANGE = [
  'Reporting-MTA: dns;AM0PR04MB1234.eurprd04.prod.outlook.com',
  'Received-From-MTA: dns;AM0PR04MB5678.eurprd04.prod.outlook.com',
  'Arrival-Date: Wed, 10 Jan 2024 10:00:00 +0000',
  '',
  'Final-Recipient: rfc822;someone@contoso.com',
  'Action: failed',
  'Status: 5.1.10',
  'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
].join('\r\n');

describe('parseDsnFields', () => {
  it('reads a Postfix report: per-message fields and two recipients, folded lines joined', () => {
    const r = parseDsnFields(POSTFIX_FAILED);
    expect(r.reportingMta).toBe('mail.example.org');
    expect(r.fields.map((f) => f.name)).toEqual([
      'Reporting-MTA',
      'X-Postfix-Queue-ID',
      'X-Postfix-Sender',
      'Arrival-Date',
    ]);
    expect(r.skipped).toEqual([]);
    expect(r.recipients).toHaveLength(2);
    const [john, jane] = r.recipients;
    expect(john).toMatchObject({
      recipient: 'john@example.com',
      finalRecipient: 'john@example.com',
      originalRecipient: 'john@example.com',
      action: 'failed',
      status: '5.1.1',
      remoteMta: 'mx.example.com',
      diagnosticType: 'smtp',
      diagnosticCode: '550 5.1.1 <john@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
      reply: '550 5.1.1 <john@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
      command: null,
    });
    expect(jane).toMatchObject({
      recipient: 'jane@example.org',
      action: 'delayed',
      status: '4.4.1',
      remoteMta: null,
      diagnosticType: 'x-postfix',
      reply: '4.4.1 connect to mx.example.org[198.51.100.7]:25: Connection timed out',
      command: 'CONNECT',
    });
    expect(jane!.fields.map((f) => f.name)).toContain('Will-Retry-Until');
    expect(classify(john!.reply, { command: john!.command ?? undefined })).toMatchObject({
      category: 'user-unknown',
      bounce: 'hard',
    });
    expect(classify(jane!.reply, { command: jane!.command ?? undefined })).toMatchObject({
      category: 'network',
      retryable: true,
    });
  });

  it.each([
    [
      'Gmail',
      GMAIL,
      { recipient: 'nobody@example.com', remoteMta: 'mx.example.com', status: '5.1.1', action: 'failed' },
      'user-unknown',
    ],
    [
      'Exchange Online',
      EXCHANGE,
      { recipient: 'someone@contoso.com', status: '5.1.10', remoteMta: null },
      'user-unknown',
    ],
  ] as const)('reads a %s report', (_name, text, expected, category) => {
    const r = parseDsnFields(text);
    expect(r.recipients).toHaveLength(1);
    expect(r.recipients[0]).toMatchObject(expected);
    expect(classify(r.recipients[0]!.reply).category).toBe(category);
  });

  it('matches field names without regard to case and keeps them as written', () => {
    const r = parseDsnFields(
      'REPORTING-MTA: dns; a.example\n\nfinal-recipient: RFC822; <X@Example.COM>\nACTION: Failed\nstatus: 5.2.2 (mailbox full)\n',
    );
    expect(r.reportingMta).toBe('a.example');
    expect(r.recipients[0]).toMatchObject({
      recipient: 'X@Example.COM',
      action: 'failed',
      status: '5.2.2',
      reply: '5.2.2',
    });
    expect(r.recipients[0]!.fields.map((f) => f.name)).toEqual(['final-recipient', 'ACTION', 'status']);
  });

  it('uses the Status when there is no Diagnostic-Code, and an empty reply when there is neither', () => {
    const r = parseDsnFields(
      'Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.1.2\n\nFinal-Recipient: rfc822; b@example.com\nAction: failed\n',
    );
    expect(r.recipients.map((x) => x.reply)).toEqual(['5.1.2', '']);
    expect(classify(r.recipients[0]!.reply)).toMatchObject({ category: 'domain-unknown', bounce: 'hard' });
  });

  it('tells recipients apart without blank lines between them', () => {
    const r = parseDsnFields(
      [
        'Reporting-MTA: dns; mail.example.org',
        'Final-Recipient: rfc822; a@example.com',
        'Action: failed',
        'Status: 5.1.1',
        'Final-Recipient: rfc822; b@example.com',
        'Action: delayed',
        'Status: 4.2.2',
      ].join('\n'),
    );
    expect(r.reportingMta).toBe('mail.example.org');
    expect(r.recipients.map((x) => [x.recipient, x.action, x.status])).toEqual([
      ['a@example.com', 'failed', '5.1.1'],
      ['b@example.com', 'delayed', '4.2.2'],
    ]);
  });

  it('keeps unknown actions and statuses as written in fields, without guessing', () => {
    const r = parseDsnFields('Final-Recipient: rfc822; a@example.com\nAction: bounced\nStatus: 550\nX-Vendor-Code: 42');
    expect(r.recipients[0]).toMatchObject({ action: null, status: null });
    expect(r.recipients[0]!.fields.map((f) => [f.name, f.value])).toEqual([
      ['Final-Recipient', 'rfc822; a@example.com'],
      ['Action', 'bounced'],
      ['Status', '550'],
      ['X-Vendor-Code', '42'],
    ]);
  });

  it('skips junk lines, reports them, and reads on', () => {
    const text = [
      'This is the mail system at host mail.example.org.',
      '   an orphan continuation',
      'Reporting-MTA: dns; mail.example.org',
      '',
      '<john@example.com>: host mx.example.com said: 550 5.1.1 nope',
      'Final-Recipient: rfc822; john@example.com',
      'Action: failed',
      'Status: 5.1.1',
    ].join('\n');
    const r = parseDsnFields(text);
    expect(r.skipped).toEqual([
      { line: 0, text: 'This is the mail system at host mail.example.org.' },
      { line: 1, text: '   an orphan continuation' },
      { line: 4, text: '<john@example.com>: host mx.example.com said: 550 5.1.1 nope' },
    ]);
    expect(r.reportingMta).toBe('mail.example.org');
    expect(r.recipients).toHaveLength(1);
  });

  it('reads bytes as UTF-8 and an empty text as an empty report', () => {
    expect(parseDsnFields(new TextEncoder().encode(GMAIL)).recipients[0]!.recipient).toBe('nobody@example.com');
    expect(parseDsnFields('')).toEqual({ reportingMta: null, fields: [], recipients: [], skipped: [] });
  });

  it('throws SmtpReplyError (invalid-input) for input that is not text', () => {
    expect(() => parseDsnFields(42 as unknown as string)).toThrow(SmtpReplyError);
    try {
      parseDsnFields({} as unknown as string);
    } catch (e) {
      expect((e as SmtpReplyError).kind).toBe('invalid-input');
    }
  });

  it('never throws on damaged reports', () => {
    for (const text of [POSTFIX_FAILED, GMAIL, EXCHANGE]) {
      for (let i = 0; i <= text.length; i += 5) {
        expect(() => parseDsnFields(`${text.slice(0, i)}\u0000:\r\r\n ;${text.slice(i)}`)).not.toThrow();
      }
    }
  });
});
