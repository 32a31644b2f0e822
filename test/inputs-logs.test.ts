import { describe, expect, it } from 'vitest';
import { classify, parseLogLine, SmtpReplyError, type LogEvent } from '../src/index.js';
import { readLogLine } from '../src/inputs/logs.js';

type Expected = Partial<LogEvent> & { category?: string; bounce?: 'hard' | 'soft' | null; retryable?: boolean };

/** Each case: a log line as the server writes it, what parseLogLine reads, and what classify() decides. */
const POSTFIX: readonly (readonly [string, string, Expected])[] = [
  [
    'bounce to RCPT, Postfix virtual table wording',
    'Jan 10 10:00:01 mail postfix/smtp[12345]: 4F9D5C1234: to=<john.doe@example.com>, relay=mx.example.com[192.0.2.10]:25, delay=1.2, delays=0.1/0.01/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.10] said: 550 5.1.1 <john.doe@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))',
    {
      format: 'postfix',
      kind: 'bounced',
      status: 'bounced',
      recipient: 'john.doe@example.com',
      recipients: ['john.doe@example.com'],
      host: 'mx.example.com',
      ip: '192.0.2.10',
      dsn: '5.1.1',
      queueId: '4F9D5C1234',
      timestamp: 'Jan 10 10:00:01',
      command: 'RCPT',
      reply: '550 5.1.1 <john.doe@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
      text: 'host mx.example.com[192.0.2.10] said: 550 5.1.1 <john.doe@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)',
      category: 'user-unknown',
      bounce: 'hard',
      retryable: false,
    },
  ],
  [
    "Gmail's multi-line 550-5.1.1, flattened by Postfix",
    "Jan 10 10:00:02 mail postfix/smtp[12346]: 5A1B2C3D4E: to=<user@gmail.com>, relay=gmail-smtp-in.l.google.com[142.250.27.26]:25, delay=0.9, delays=0.01/0/0.4/0.5, dsn=5.1.1, status=bounced (host gmail-smtp-in.l.google.com[142.250.27.26] said: 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123456qkb.1 - gsmtp (in reply to RCPT TO command))",
    { kind: 'bounced', host: 'gmail-smtp-in.l.google.com', command: 'RCPT', category: 'user-unknown', bounce: 'hard' },
  ],
  [
    'greylisting by postgrey, deferred',
    'Jan 10 10:00:03 mail postfix/smtp[12347]: 6B2C3D4E5F: to=<someone@example.org>, relay=mx.example.org[198.51.100.7]:25, delay=2.1, delays=0.1/0/1/1, dsn=4.7.1, status=deferred (host mx.example.org[198.51.100.7] said: 450 4.7.1 <someone@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html (in reply to RCPT TO command))',
    { kind: 'deferred', dsn: '4.7.1', command: 'RCPT', category: 'greylisted', retryable: true, bounce: 'soft' },
  ],
  [
    'connection timed out: no server reply, the dsn leads the reason',
    'Jan 10 10:00:04 mail postfix/smtp[12348]: 7C3D4E5F6A: to=<a@example.net>, relay=none, delay=30, delays=0.01/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.net[203.0.113.5]:25: Connection timed out)',
    {
      kind: 'deferred',
      host: 'mx.example.net',
      ip: '203.0.113.5',
      command: 'CONNECT',
      reply: '4.4.1 connect to mx.example.net[203.0.113.5]:25: Connection timed out',
      category: 'network',
      retryable: true,
    },
  ],
  [
    'sent',
    'Jan 10 10:00:05 mail postfix/smtp[12349]: 8D4E5F6A7B: to=<b@example.com>, relay=mx.example.com[192.0.2.10]:25, delay=0.5, delays=0.01/0/0.2/0.3, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4XyZ12)',
    { kind: 'sent', reply: '250 2.0.0 Ok: queued as 4XyZ12', command: null, category: 'success', bounce: null },
  ],
  [
    'DNS: the domain does not exist',
    'Jan 10 10:00:06 mail postfix/smtp[12350]: 9E5F6A7B8C: to=<c@nonexistent.invalid>, relay=none, delay=0.1, delays=0.01/0/0.09/0, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=nonexistent.invalid type=A: Host not found)',
    { kind: 'bounced', host: null, ip: null, dsn: '5.4.4', category: 'domain-unknown', bounce: 'hard' },
  ],
  [
    'Outlook.com block list, in reply to MAIL FROM',
    "Jan 10 10:00:07 mail postfix/smtp[12351]: AF6A7B8C9D: to=<d@outlook.com>, relay=outlook-com.olc.protection.outlook.com[52.101.1.1]:25, delay=1, delays=0/0/0.5/0.5, dsn=5.7.1, status=bounced (host outlook-com.olc.protection.outlook.com[52.101.1.1] said: 550 5.7.1 Unfortunately, messages from [198.51.100.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2024-01-10T10:00:07.000Z 08DC1234] (in reply to MAIL FROM command))",
    { kind: 'bounced', command: 'MAIL', category: 'blocked', bounce: 'soft', retryable: false },
  ],
  [
    'Yahoo TSS04 deferral for volume or complaints',
    'Jan 10 10:00:08 mail postfix/smtp[12352]: B07B8C9DAE: to=<e@yahoo.com>, relay=mta7.am0.yahoodns.net[67.195.204.72]:25, delay=3, delays=0/0/1/2, dsn=4.7.0, status=deferred (host mta7.am0.yahoodns.net[67.195.204.72] said: 421 4.7.0 [TSS04] Messages from 198.51.100.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command))',
    { kind: 'deferred', command: 'MAIL', category: 'blocked', retryable: true },
  ],
  [
    'mailbox full, in reply to end of DATA',
    'Jan 10 10:00:09 mail postfix/smtp[12353]: C18C9DAEBF: to=<f@example.com>, relay=mx.example.com[192.0.2.10]:25, delay=5, delays=0/0/0.5/4.5, dsn=5.2.2, status=bounced (host mx.example.com[192.0.2.10] said: 552 5.2.2 <f@example.com>: Recipient address rejected: Mailbox full (in reply to end of DATA command))',
    {
      command: 'DATA',
      reply: '552 5.2.2 <f@example.com>: Recipient address rejected: Mailbox full',
      category: 'mailbox-full',
      bounce: 'soft',
    },
  ],
  [
    'lost connection while sending end of data, ISO timestamp',
    '2024-01-10T10:00:10.123456+00:00 mail postfix/smtp[12354]: D29DAEBFC0: to=<g@example.com>, relay=mx.example.com[192.0.2.10]:25, delay=1, delays=0/0/1/0, dsn=4.4.2, status=deferred (lost connection with mx.example.com[192.0.2.10] while sending end of data -- message may be sent more than once)',
    { timestamp: '2024-01-10T10:00:10.123456+00:00', command: 'DATA', category: 'network', retryable: true },
  ],
  [
    'refused to talk to me: the greeting',
    'Jan 10 10:00:11 mail postfix/smtp[12355]: E3AEBFC0D1: to=<h@example.com>, relay=mx.example.com[192.0.2.10]:25, delay=1, delays=0/0/1/0, dsn=4.7.0, status=deferred (host mx.example.com[192.0.2.10] refused to talk to me: 421 4.7.0 mx.example.com Error: too many connections from 198.51.100.1)',
    {
      command: 'CONNECT',
      reply: '421 4.7.0 mx.example.com Error: too many connections from 198.51.100.1',
      category: 'rate-limited',
      retryable: true,
    },
  ],
  [
    'delivery temporarily suspended (a cached failure)',
    'Jan 10 10:00:12 mail postfix/smtp[12356]: F4BFC0D1E2: to=<k@example.com>, relay=none, delay=300, delays=300/0/0/0, dsn=4.4.1, status=deferred (delivery temporarily suspended: connect to mx.example.com[192.0.2.10]:25: Connection refused)',
    {
      command: 'CONNECT',
      host: 'mx.example.com',
      reply: '4.4.1 connect to mx.example.com[192.0.2.10]:25: Connection refused',
      category: 'network',
    },
  ],
  [
    'local delivery with orig_to',
    'Jan 10 10:00:13 mail postfix/local[2222]: 05C0D1E2F3: to=<root@mail.example.org>, orig_to=<root>, relay=local, delay=0.02, delays=0.01/0/0/0.01, dsn=2.0.0, status=sent (delivered to mailbox)',
    {
      kind: 'sent',
      recipient: 'root@mail.example.org',
      originalRecipient: 'root',
      host: 'local',
      reply: '2.0.0 delivered to mailbox',
    },
  ],
  [
    'a second Postfix instance and a reply with commas and key=value pairs',
    'Jan 10 10:00:14 mail postfix-out/smtp[777]: 16D1E2F3A4: to=<m@example.com>, relay=mx.example.com[192.0.2.10]:25, delay=1, delays=0/0/0.5/0.5, dsn=5.7.1, status=bounced (host mx.example.com[192.0.2.10] said: 554 5.7.1 Rejected, ip=198.51.100.1, see https://example.com/?a=b, code=SPAM (in reply to end of DATA command))',
    {
      kind: 'bounced',
      reply: '554 5.7.1 Rejected, ip=198.51.100.1, see https://example.com/?a=b, code=SPAM',
      command: 'DATA',
    },
  ],
  [
    'LMTP to Dovecot over a UNIX socket',
    'Jan 10 10:00:15 mail postfix/lmtp[888]: 27E2F3A4B5: to=<n@example.org>, relay=mail.example.org[private/dovecot-lmtp], delay=0.1, delays=0/0/0/0.1, dsn=5.2.2, status=bounced (host mail.example.org[private/dovecot-lmtp] said: 552 5.2.2 <n@example.org> Quota exceeded (mailbox for user is full) (in reply to end of DATA command))',
    { host: 'mail.example.org', ip: 'private/dovecot-lmtp', command: 'DATA', category: 'mailbox-full' },
  ],
];

const EXIM: readonly (readonly [string, string, Expected])[] = [
  [
    'failed after RCPT TO, with TLS fields',
    '2024-01-10 10:00:01 1rNXyZ-0001Ab-Cd ** john@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.10] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after RCPT TO:<john@example.com>: 550 5.1.1 <john@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
    {
      format: 'exim',
      kind: 'bounced',
      status: '**',
      recipient: 'john@example.com',
      host: 'mx.example.com',
      ip: '192.0.2.10',
      dsn: null,
      queueId: '1rNXyZ-0001Ab-Cd',
      timestamp: '2024-01-10 10:00:01',
      command: 'RCPT',
      reply: '550 5.1.1 <john@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
      category: 'user-unknown',
      bounce: 'hard',
    },
  ],
  [
    'deferred with errno and host',
    '2024-01-10 10:00:02 1rNXyZ-0001Ab-Ce == jane@example.org R=dnslookup T=remote_smtp defer (-44) H=mx.example.org [198.51.100.7]: SMTP error from remote mail server after RCPT TO:<jane@example.org>: 451 4.7.1 Greylisting in action, please come back later',
    {
      kind: 'deferred',
      status: '==',
      host: 'mx.example.org',
      command: 'RCPT',
      reply: '451 4.7.1 Greylisting in action, please come back later',
      category: 'greylisted',
      retryable: true,
    },
  ],
  [
    'deferred, errno right before the message',
    '2024-01-10 10:00:02 1rNXyZ-0001Ab-Cf == jane@example.org R=dnslookup T=remote_smtp defer (-44): SMTP error from remote mail server after RCPT TO:<jane@example.org>: 451 4.7.1 Greylisting in action, please come back later',
    { kind: 'deferred', host: null, command: 'RCPT', reply: '451 4.7.1 Greylisting in action, please come back later' },
  ],
  [
    'delivered, with the confirmation C="…"',
    '2024-01-10 10:00:03 1rNXyZ-0001Ab-Cg => bob@example.net R=dnslookup T=remote_smtp H=mx.example.net [203.0.113.5] X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 CV=yes DN="CN=mx.example.net" C="250 2.0.0 Ok: queued as 4XyZ12"',
    {
      kind: 'sent',
      status: '=>',
      host: 'mx.example.net',
      reply: '250 2.0.0 Ok: queued as 4XyZ12',
      text: '250 2.0.0 Ok: queued as 4XyZ12',
    },
  ],
  [
    'unrouteable address: no fields',
    '2024-01-10 10:00:04 1rNXyZ-0001Ab-Ch ** nobody@nonexistent.invalid: Unrouteable address',
    { kind: 'bounced', recipient: 'nobody@nonexistent.invalid', reply: 'Unrouteable address', host: null },
  ],
  [
    'milliseconds, time zone and pid in the prefix; connection timed out',
    '2024-01-10 10:00:05.123 +0000 [4567] 1rNXyZ-0001Ab-Ci == slow@example.com R=dnslookup T=remote_smtp defer (110): Connection timed out',
    {
      timestamp: '2024-01-10 10:00:05.123 +0000',
      kind: 'deferred',
      reply: 'Connection timed out',
      category: 'network',
      retryable: true,
    },
  ],
  [
    'message too large after end of data, outgoing port logged',
    '2024-01-10 10:00:06 1rNXyZ-0001Ab-Cj ** big@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.10]:25: SMTP error from remote mail server after end of data: 552 5.3.4 Message size exceeds fixed limit',
    { host: 'mx.example.com', ip: '192.0.2.10', command: 'DATA', category: 'message-too-large', retryable: false },
  ],
  [
    "Gmail's multi-line reply with Exim's \\n escapes",
    '2024-01-10 10:00:07 1rNXyZ-0001Ab-Ck ** user@gmail.com R=dnslookup T=remote_smtp H=gmail-smtp-in.l.google.com [142.250.27.26] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes DN="CN=mx.google.com": SMTP error from remote mail server after RCPT TO:<user@gmail.com>: 550-5.1.1 The email account that you tried to reach does not exist. Please try\\n550-5.1.1 double-checking the recipient\'s email address for typos or\\n550-5.1.1 unnecessary spaces. For more information, go to\\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si1234 - gsmtp',
    { command: 'RCPT', host: 'gmail-smtp-in.l.google.com', category: 'user-unknown', bounce: 'hard' },
  ],
  [
    'through syslog, refused at connection time',
    'Jan 10 10:00:09 mail exim[5555]: 1rNXyZ-0001Ab-Cl ** blocked@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.10]: SMTP error from remote mail server after initial connection: 554 5.7.1 Service unavailable; Client host [198.51.100.1] blocked using zen.spamhaus.org',
    { timestamp: 'Jan 10 10:00:09', command: 'CONNECT', category: 'blocked', retryable: false },
  ],
  [
    'the parent address in brackets',
    '2024-01-10 10:00:10 1rNXyZ-0001Ab-Cm ** alias-target@example.com <list@example.org> R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.10]: SMTP error from remote mail server after pipelined MAIL FROM:<sender@example.org> SIZE=1234: 550 5.7.1 Sender rejected',
    {
      recipient: 'alias-target@example.com',
      originalRecipient: 'list@example.org',
      command: 'MAIL',
      reply: '550 5.7.1 Sender rejected',
    },
  ],
  [
    'a recipient whose address begins like a syslog program name',
    '2024-01-10 10:00:04 1rNXyZ-0001Ab-Cn ** postfix@nonexistent.invalid: Unrouteable address',
    { format: 'exim', kind: 'bounced', recipient: 'postfix@nonexistent.invalid', reply: 'Unrouteable address' },
  ],
  [
    'Exim 4.97 long message ids',
    "2024-01-10 10:00:11 1rNXyZ-00000001Ab-0001 == later@example.com R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for 'example.com'",
    { queueId: '1rNXyZ-00000001Ab-0001', kind: 'deferred', recipient: 'later@example.com' },
  ],
];

const SENDMAIL: readonly (readonly [string, string, Expected])[] = [
  [
    'user unknown: the stat text led by the dsn',
    'Jan 10 10:00:01 mail sm-mta[4321]: 40AA01x1004321: to=<john@example.com>, ctladdr=<www-data@mail.example.org> (33/33), delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120385, relay=mx.example.com. [192.0.2.10], dsn=5.1.1, stat=User unknown',
    {
      format: 'sendmail',
      kind: 'bounced',
      status: 'User unknown',
      recipient: 'john@example.com',
      host: 'mx.example.com',
      ip: '192.0.2.10',
      dsn: '5.1.1',
      queueId: '40AA01x1004321',
      reply: '5.1.1 User unknown',
      text: 'User unknown',
      category: 'user-unknown',
      bounce: 'hard',
    },
  ],
  [
    'deferred with the server reply',
    'Jan 10 10:00:02 mail sm-mta[4322]: 40AA02x2004322: to=<jane@example.org>, delay=00:00:05, xdelay=00:00:05, mailer=esmtp, pri=120385, relay=mx.example.org. [198.51.100.7], dsn=4.7.1, stat=Deferred: 451 4.7.1 Please try again later',
    {
      kind: 'deferred',
      status: 'Deferred',
      reply: '451 4.7.1 Please try again later',
      retryable: true,
      bounce: 'soft',
    },
  ],
  [
    'sent to two recipients',
    'Jan 10 10:00:03 mail sm-mta[4323]: 40AA03x3004323: to=<bob@example.net>,<carol@example.net>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120385, relay=mx.example.net. [203.0.113.5], dsn=2.0.0, stat=Sent (Ok: queued as 4XyZ12)',
    {
      kind: 'sent',
      status: 'Sent',
      recipient: 'bob@example.net',
      recipients: ['bob@example.net', 'carol@example.net'],
      reply: '2.0.0 Ok: queued as 4XyZ12',
    },
  ],
  [
    'deferred: connection refused, relay without an address',
    'Jan 10 10:00:04 mail sm-mta[4324]: 40AA04x4004324: to=<slow@example.com>, delay=00:00:00, xdelay=00:00:00, mailer=esmtp, pri=120385, relay=mx.example.com., dsn=4.0.0, stat=Deferred: Connection refused by mx.example.com.',
    {
      kind: 'deferred',
      host: 'mx.example.com',
      ip: null,
      reply: '4.0.0 Connection refused by mx.example.com.',
      category: 'network',
      retryable: true,
    },
  ],
  [
    'a reply= field beside stat=',
    'Jan 10 10:00:05 mail sendmail[4325]: 40AA05x5004325: to=<x@example.com>, delay=00:00:01, mailer=esmtp, pri=120385, relay=mx.example.com. [192.0.2.10], dsn=5.1.1, reply=550 5.1.1 <x@example.com>... User unknown, stat=User unknown',
    {
      kind: 'bounced',
      reply: '550 5.1.1 <x@example.com>... User unknown',
      text: 'User unknown',
      category: 'user-unknown',
      bounce: 'hard',
    },
  ],
  [
    'a 4.x.x failure that is not marked Deferred',
    'Jan 10 10:00:06 mail sm-mta[4326]: 40AA06x6004326: to=<y@example.com>, delay=00:00:01, mailer=esmtp, pri=120385, relay=mx.example.com. [192.0.2.10], dsn=4.2.2, stat=Mailbox full',
    { kind: 'deferred', reply: '4.2.2 Mailbox full', category: 'mailbox-full', retryable: true },
  ],
];

function check(line: string, expected: Expected): void {
  const { category, bounce, retryable, ...fields } = expected;
  const e = parseLogLine(line);
  expect(e).not.toBeNull();
  expect(e).toMatchObject(fields);
  if (category !== undefined || bounce !== undefined || retryable !== undefined) {
    const r = classify(e!.reply, { command: e!.command ?? undefined });
    if (category !== undefined) expect(r.category).toBe(category);
    if (bounce !== undefined) expect(r.bounce).toBe(bounce);
    if (retryable !== undefined) expect(r.retryable).toBe(retryable);
  }
}

describe('parseLogLine', () => {
  describe('Postfix', () => {
    it.each(POSTFIX)('%s', (_name, line, expected) => check(line, expected));
  });
  describe('Exim', () => {
    it.each(EXIM)('%s', (_name, line, expected) => check(line, expected));
  });
  describe('Sendmail', () => {
    it.each(SENDMAIL)('%s', (_name, line, expected) => check(line, expected));
  });

  it.each([
    [
      'Postfix smtpd rejecting incoming mail',
      'Jan 10 10:00:13 mail postfix/smtpd[3333]: NOQUEUE: reject: RCPT from unknown[203.0.113.9]: 554 5.7.1 <x@example.org>: Relay access denied; from=<a@b.example> to=<x@example.org> proto=ESMTP helo=<h>',
    ],
    [
      'Postfix qmgr',
      'Jan 10 10:00:14 mail postfix/qmgr[4444]: 4F9D5C1234: from=<sender@example.org>, size=1234, nrcpt=1 (queue active)',
    ],
    ['Postfix connection', 'Jan 10 10:00:14 mail postfix/smtpd[3333]: connect from unknown[203.0.113.9]'],
    [
      'Postfix smtp trying another MX',
      'Jan 10 10:00:14 mail postfix/smtp[12345]: 4F9D5C1234: host mx1.example.com[192.0.2.11] said: 451 4.3.0 Try again (in reply to RCPT TO command)',
    ],
    [
      'Exim arrival',
      '2024-01-10 10:00:08 1rNXyZ-0001Ab-Ck <= sender@example.org H=localhost [127.0.0.1] P=esmtp S=1234 id=abc@example.org',
    ],
    ['Exim completion', '2024-01-10 10:00:08 1rNXyZ-0001Ab-Ck Completed'],
    [
      'Exim rejecting incoming mail',
      '2024-01-10 10:00:08 H=(helo.example) [203.0.113.9] F=<a@b.example> rejected RCPT <x@example.org>: relay not permitted',
    ],
    [
      'Sendmail arrival',
      'Jan 10 10:00:06 mail sm-mta[4326]: 40AA06x6004326: from=<sender@example.org>, size=1234, class=0, nrcpts=1, msgid=<abc@example.org>, proto=ESMTP, daemon=MTA, relay=localhost [127.0.0.1]',
    ],
    [
      'another program',
      'Jan 10 10:00:06 mail dovecot: imap-login: Login: user=<ann@example.org>, method=PLAIN, rip=203.0.113.9',
    ],
    ['kernel', 'Jan 10 10:00:06 mail kernel: [12345.678] eth0: link up'],
    ['a blank line', '   '],
    ['nothing', ''],
    ['free text', 'status=bounced to=<a@b> ** == =>'],
  ])('is null for a line that is no delivery attempt: %s', (_name, line) => {
    expect(parseLogLine(line)).toBeNull();
  });

  it('reads a Postfix qmgr expiry as a final failure without recipient (issue 13)', () => {
    const line =
      'Jan 10 10:00:14 mail postfix/qmgr[4444]: 4F9D5C1234: from=<sender@example.org>, status=expired, returned to sender';
    const e = parseLogLine(line);
    expect(e).toMatchObject({
      format: 'postfix',
      kind: 'bounced',
      status: 'expired',
      recipient: null,
      recipients: [],
      queueId: '4F9D5C1234',
      text: 'returned to sender',
    });
    const r = classify(e!.reply);
    expect([r.category, r.retryable, r.bounce]).toEqual(['expired', false, 'soft']);
    // Other qmgr lines stay no delivery attempt.
    expect(
      parseLogLine('Jan 10 10:00:14 mail postfix/qmgr[4444]: 4F9D5C1234: from=<s@example.org>, status=deferred'),
    ).toBeNull();
  });

  it('tells a delivery line it cannot read from one that is no delivery attempt (readLogLine)', () => {
    expect(
      readLogLine('Jan 10 10:00:15 mail postfix/smtp[1]: 0A1B2C3D4F: to=<i@example.com>, relay=none, delay=0'),
    ).toEqual({
      unreadable: 'Postfix line with to= but no status=',
    });
    expect(readLogLine('Jan 10 10:00:15 mail sm-mta[1]: 40AA01x1004321: to=<i@example.com>, delay=00:00:01')).toEqual({
      unreadable: 'Sendmail line with to= but no stat=',
    });
    expect(
      parseLogLine('Jan 10 10:00:15 mail postfix/smtp[1]: 0A1B2C3D4F: to=<i@example.com>, relay=none, delay=0'),
    ).toBeNull();
  });

  it('accepts the line with its line end', () => {
    const line = POSTFIX[0]![1];
    expect(parseLogLine(`${line}\r\n`)).toEqual(parseLogLine(line));
  });

  it('throws SmtpReplyError (invalid-input) when given no string', () => {
    expect(() => parseLogLine(42 as unknown as string)).toThrow(SmtpReplyError);
    expect(() => parseLogLine(null as unknown as string)).toThrow(/one line of text, got null/);
  });

  it('never throws on damaged lines: every prefix and a few corruptions of real lines', () => {
    for (const [, line] of [...POSTFIX, ...EXIM, ...SENDMAIL]) {
      for (let i = 0; i <= line.length; i += 7) {
        expect(() => parseLogLine(line.slice(0, i))).not.toThrow();
        expect(() => parseLogLine(line.slice(i))).not.toThrow();
        expect(() => parseLogLine(`${line.slice(0, i)}\u0000(<[" ${line.slice(i)}`)).not.toThrow();
      }
    }
  });

  it('reads long lines in linear time (no backtracking blow-up)', () => {
    const junk = 'x, y=, '.repeat(50_000);
    const lines = [
      `Jan 10 10:00:01 mail postfix/smtp[1]: 4F9D5C1234: to=<a@b.example>, ${junk}status=bounced (${'('.repeat(100_000)})`,
      `2024-01-10 10:00:01 1rNXyZ-0001Ab-Cd ** a@b.example ${'R=x '.repeat(100_000)}: ${'SMTP error from remote '.repeat(10_000)}`,
      `Jan 10 10:00:01 mail sm-mta[1]: 40AA01x1004321: to=${'<a@b.example>,'.repeat(50_000)} stat=${', reply='.repeat(50_000)}`,
    ];
    for (const line of lines) expect(() => parseLogLine(line)).not.toThrow();
  });
});
