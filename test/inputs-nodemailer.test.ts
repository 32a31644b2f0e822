import { describe, expect, it } from 'vitest';
import { classify, classifyNodemailerError, fromNodemailerError, type NodemailerFailure } from '../src/index.js';

/** Builds an error the way nodemailer's SMTPConnection._formatError does. */
function nodemailerError(
  message: string,
  code: string,
  response: string | false,
  command: string,
  extra: object = {},
): Error {
  const err = new Error(response ? `${message}: ${response}` : message);
  const responseCode = typeof response === 'string' ? Number(/^\d+/.exec(response)?.[0]) || undefined : undefined;
  return Object.assign(
    err,
    { code, command },
    response ? { response } : {},
    responseCode ? { responseCode } : {},
    extra,
  );
}

const rcptError = (recipient: string, response: string) =>
  Object.assign(nodemailerError('Recipient command failed', 'EENVELOPE', response, 'RCPT TO'), { recipient });

describe('fromNodemailerError', () => {
  const cases: readonly (readonly [string, unknown, readonly Partial<NodemailerFailure>[]])[] = [
    [
      'EENVELOPE: every recipient refused (one entry per rejectedErrors item)',
      Object.assign(
        nodemailerError(
          "Can't send mail - all recipients were rejected",
          'EENVELOPE',
          '550 5.1.1 <b@example.com>: User unknown',
          'RCPT TO',
        ),
        {
          rejected: ['a@example.com', 'b@example.com'],
          rejectedErrors: [
            rcptError('a@example.com', '452 4.2.2 <a@example.com>: Mailbox full'),
            rcptError('b@example.com', '550 5.1.1 <b@example.com>: User unknown'),
          ],
        },
      ),
      [
        {
          recipient: 'a@example.com',
          reply: '452 4.2.2 <a@example.com>: Mailbox full',
          code: 452,
          command: 'RCPT',
          errorCode: 'EENVELOPE',
        },
        {
          recipient: 'b@example.com',
          reply: '550 5.1.1 <b@example.com>: User unknown',
          code: 550,
          command: 'RCPT',
          errorCode: 'EENVELOPE',
        },
      ],
    ],
    [
      'EMESSAGE: refused after DATA',
      nodemailerError(
        'Message failed',
        'EMESSAGE',
        '552 5.3.4 Message size exceeds fixed maximum message size',
        'DATA',
      ),
      [
        {
          recipient: null,
          reply: '552 5.3.4 Message size exceeds fixed maximum message size',
          code: 552,
          command: 'DATA',
          errorCode: 'EMESSAGE',
          message: 'Message failed: 552 5.3.4 Message size exceeds fixed maximum message size',
        },
      ],
    ],
    [
      'EENVELOPE: MAIL FROM refused',
      nodemailerError(
        'Mail command failed',
        'EENVELOPE',
        '553 5.7.1 <s@example.org>: Sender address rejected: not owned by user',
        'MAIL FROM',
      ),
      [{ command: 'MAIL', code: 553, reply: '553 5.7.1 <s@example.org>: Sender address rejected: not owned by user' }],
    ],
    [
      'EPROTOCOL: a 421 greeting',
      nodemailerError(
        'Invalid greeting. response=421 4.3.2 Service not available',
        'EPROTOCOL',
        '421 4.3.2 Service not available',
        'CONN',
      ),
      [{ command: 'CONNECT', code: 421, errorCode: 'EPROTOCOL', reply: '421 4.3.2 Service not available' }],
    ],
    [
      'multi-line response as nodemailer joins it (\\n)',
      nodemailerError(
        'Recipient command failed',
        'EENVELOPE',
        '550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 Please check the address. - gsmtp',
        'RCPT TO',
      ),
      [
        {
          reply:
            '550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 Please check the address. - gsmtp',
          code: 550,
        },
      ],
    ],
    [
      'ETIMEDOUT without a response: the message is the reply',
      nodemailerError('Greeting never received', 'ETIMEDOUT', false, 'CONN'),
      [{ reply: 'Greeting never received', code: null, errorCode: 'ETIMEDOUT', response: null, command: 'CONNECT' }],
    ],
    [
      'API: refused by the client itself (no SMTP command)',
      nodemailerError('No recipients defined', 'EENVELOPE', false, 'API'),
      [{ reply: 'No recipients defined', command: null, errorCode: 'EENVELOPE' }],
    ],
    [
      'generic { code, enhancedCode, message }: the codes lead the text',
      { code: 550, enhancedCode: '5.1.1', message: 'Mailbox unavailable' },
      [
        {
          reply: '550 5.1.1 Mailbox unavailable',
          code: 550,
          enhanced: '5.1.1',
          errorCode: null,
          response: null,
          message: 'Mailbox unavailable',
        },
      ],
    ],
    [
      'generic: a code already in the text is not repeated',
      { responseCode: '550', message: 'Recipient rejected: 550 5.1.1 no such user' },
      [{ reply: 'Recipient rejected: 550 5.1.1 no such user', code: 550 }],
    ],
    [
      'AggregateError with an empty message (Node 20, every address refused)',
      Object.assign(
        new AggregateError(
          [new Error('connect ECONNREFUSED ::1:25'), new Error('connect ECONNREFUSED 127.0.0.1:25')],
          '',
        ),
        { code: 'ESOCKET', command: 'CONN' },
      ),
      [
        {
          reply: 'connect ECONNREFUSED ::1:25; connect ECONNREFUSED 127.0.0.1:25',
          errorCode: 'ESOCKET',
          command: 'CONNECT',
        },
      ],
    ],
    [
      'a thrown string',
      'connect ETIMEDOUT 192.0.2.10:25',
      [{ reply: 'connect ETIMEDOUT 192.0.2.10:25', message: 'connect ETIMEDOUT 192.0.2.10:25' }],
    ],
    [
      'response as bytes',
      { response: new TextEncoder().encode('450 4.2.1 Try later'), command: 'RCPT TO' },
      [{ reply: '450 4.2.1 Try later', command: 'RCPT' }],
    ],
  ];

  it.each(cases)('%s', (_name, err, expected) => {
    const failures = fromNodemailerError(err);
    expect(failures).toHaveLength(expected.length);
    for (const [i, e] of expected.entries()) expect(failures[i]).toMatchObject(e);
  });

  it('reads the info of a send that some recipients refused, and nothing from one that none refused', () => {
    const partial = {
      accepted: ['a@example.com'],
      rejected: ['b@example.com'],
      response: '250 2.0.0 Ok: queued as 4XyZ12',
      rejectedErrors: [rcptError('b@example.com', '550 5.1.1 <b@example.com>: User unknown')],
    };
    expect(fromNodemailerError(partial)).toMatchObject([{ recipient: 'b@example.com', code: 550 }]);
    expect(fromNodemailerError({ accepted: ['a@example.com'], rejected: [], response: '250 2.0.0 Ok' })).toEqual([]);
  });

  it('keeps the refused recipients and the failure of the whole send when an error has both', () => {
    // What a client gives (or a wrapper rebuilds) when recipients were refused at RCPT TO and the
    // message was then refused after DATA: one entry per refusal, then one for the others.
    const err = Object.assign(
      nodemailerError('Message failed', 'EMESSAGE', '554 5.7.1 Message rejected as spam', 'DATA'),
      {
        accepted: ['ann@example.com'],
        rejected: ['gone@example.com'],
        rejectedErrors: [rcptError('gone@example.com', '550 5.1.1 <gone@example.com>: User unknown')],
      },
    );
    expect(fromNodemailerError(err)).toMatchObject([
      { recipient: 'gone@example.com', code: 550, command: 'RCPT', errorCode: 'EENVELOPE' },
      {
        recipient: null,
        code: 554,
        command: 'DATA',
        errorCode: 'EMESSAGE',
        reply: '554 5.7.1 Message rejected as spam',
      },
    ]);
    expect(classifyNodemailerError(err).map((r) => [r.recipient, r.category, r.bounce, r.retryable])).toEqual([
      ['gone@example.com', 'user-unknown', 'hard', false],
      [null, 'spam', 'soft', false],
    ]);
  });

  it.each([
    ['a lost connection', nodemailerError('Connection closed unexpectedly', 'ECONNECTION', false, 'CONN'), 'CONNECT'],
    ['a time-out', nodemailerError('Timeout', 'ETIMEDOUT', false, 'CONN'), 'CONNECT'],
    [
      'a refused DATA command',
      nodemailerError('Data command failed', 'EENVELOPE', '554 5.5.1 No valid recipients', 'DATA'),
      'DATA',
    ],
  ])('keeps the refused recipients beside %s', (_name, whole, command) => {
    const err = Object.assign(whole, { rejectedErrors: [rcptError('gone@example.com', '550 5.1.1 gone')] });
    expect(fromNodemailerError(err).map((f) => [f.recipient, f.command])).toEqual([
      ['gone@example.com', 'RCPT'],
      [null, command],
    ]);
  });

  it('gives no entry of its own for a summary that repeats a refusal', () => {
    const refusal = '550 5.1.1 <b@example.com>: User unknown';
    const withoutCommand = {
      code: 'EENVELOPE',
      response: refusal,
      message: `Can't send mail - all recipients were rejected: ${refusal}`,
      rejectedErrors: [{ response: refusal, recipient: 'b@example.com' }],
    };
    expect(fromNodemailerError(withoutCommand).map((f) => f.recipient)).toEqual(['b@example.com']);
  });

  it('reads an error that lists accepted recipients as an error, not as the info of a send', () => {
    const err = Object.assign(nodemailerError('Message failed', 'EMESSAGE', '451 4.3.0 Try again later', 'DATA'), {
      accepted: ['ann@example.com'],
      rejected: [],
    });
    expect(fromNodemailerError(err)).toMatchObject([{ recipient: null, code: 451, errorCode: 'EMESSAGE' }]);
    expect(classifyNodemailerError(err)).toMatchObject([{ recipient: null, retryable: true }]);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number that is no reply code', 42],
    ['a boolean', true],
    ['an empty object', {}],
    ['an empty string', '  '],
    ['fields of the wrong types', { response: 550, message: { text: 'x' }, command: 7 }],
  ])('returns [] for %s', (_name, err) => {
    expect(fromNodemailerError(err)).toEqual([]);
  });

  it('survives throwing getters, revoked proxies and hostile arrays, reading what it can', () => {
    const hostile = {
      get response(): string {
        throw new Error('boom');
      },
      message: 'Message failed: 554 5.7.1 Rejected',
      code: 'EMESSAGE',
      command: 'DATA',
    };
    expect(fromNodemailerError(hostile)).toMatchObject([
      { reply: 'Message failed: 554 5.7.1 Rejected', command: 'DATA' },
    ]);

    const { proxy, revoke } = Proxy.revocable({ response: '550 x' }, {});
    revoke();
    expect(fromNodemailerError(proxy)).toEqual([]);
    expect(fromNodemailerError({ message: 'x', rejectedErrors: proxy })).toMatchObject([{ reply: 'x' }]);

    const items: unknown[] = [rcptError('a@example.com', '550 5.1.1 gone')];
    Object.defineProperty(items, 1, {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });
    items.length = 3;
    items[2] = rcptError('c@example.com', '451 4.3.0 later');
    expect(fromNodemailerError({ rejectedErrors: items }).map((f) => f.recipient)).toEqual([
      'a@example.com',
      'c@example.com',
    ]);
  });

  it('never changes the object it reads', () => {
    const err = Object.freeze(
      Object.assign(nodemailerError('Message failed', 'EMESSAGE', '554 5.7.1 Spam', 'DATA'), {
        rejectedErrors: Object.freeze([Object.freeze(rcptError('a@example.com', '550 5.1.1 gone'))]),
      }),
    );
    const before = JSON.stringify(err, Object.getOwnPropertyNames(err));
    expect(() => fromNodemailerError(err)).not.toThrow();
    expect(() => classifyNodemailerError(err)).not.toThrow();
    expect(JSON.stringify(err, Object.getOwnPropertyNames(err))).toBe(before);
  });
});

describe('classifyNodemailerError', () => {
  it('classifies each refused recipient and says which it was', () => {
    const err = Object.assign(
      nodemailerError("Can't send mail - all recipients were rejected", 'EENVELOPE', '451 4.7.1 Greylisted', 'RCPT TO'),
      {
        rejectedErrors: [
          rcptError('gone@example.com', '550 5.1.1 <gone@example.com>: Recipient address rejected: User unknown'),
          rcptError(
            'grey@example.com',
            '451 4.7.1 <grey@example.com>: Recipient address rejected: Greylisted, try again in 5 minutes',
          ),
        ],
      },
    );
    expect(
      classifyNodemailerError(err).map((r) => [r.recipient, r.category, r.retryable, r.bounce, r.retryAfter]),
    ).toEqual([
      ['gone@example.com', 'user-unknown', false, 'hard', null],
      ['grey@example.com', 'greylisted', true, 'soft', 300],
    ]);
  });

  it('gives the same decision as classify() on the extracted reply and command', () => {
    const err = nodemailerError('Message failed', 'EMESSAGE', '554 5.7.1 Message rejected as spam', 'DATA');
    const [f] = fromNodemailerError(err);
    const [r] = classifyNodemailerError(err);
    const { recipient, ...rest } = r!;
    expect(recipient).toBeNull();
    expect(rest).toEqual(classify(f!.reply, { command: f!.command ?? undefined }));
  });

  it("lets options.command win over nodemailer's, as classify() does", () => {
    const err = nodemailerError('Recipient command failed', 'EENVELOPE', '552 5.3.4 Too much', 'RCPT TO');
    expect(classifyNodemailerError(err)[0]!.command).toBe('RCPT');
    expect(classifyNodemailerError(err, { command: 'DATA' })[0]!.command).toBe('DATA');
  });

  it('passes the locale on', async () => {
    const { de } = await import('../src/locales/de/index.js');
    const err = rcptError('gone@example.com', '550 5.1.1 User unknown');
    const [r] = classifyNodemailerError({ rejectedErrors: [err] }, { locale: de });
    expect(r!.description).toBe(classify('550 5.1.1 User unknown', { locale: de }).description);
  });

  it('returns [] for the info of a send no recipient refused', () => {
    expect(classifyNodemailerError({ accepted: ['a@example.com'], rejected: [], response: '250 2.0.0 Ok' })).toEqual(
      [],
    );
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['an empty object', {}],
  ])('never throws: %s gives one malformed result', (_name, err) => {
    const results = classifyNodemailerError(err);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ recipient: null, malformed: true, category: 'unknown' });
  });
});
