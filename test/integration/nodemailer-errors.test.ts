/**
 * The errors nodemailer throws without a usable server reply (no connection, time-outs, DNS, TLS
 * certificates, authentication) and the refusals it keeps or drops, produced for real on
 * 127.0.0.1: a closed port, silent servers, smtp-server with TLS (certificates from
 * test/fixtures/tls/) and with AUTH required. Only DNS is simulated, at the node:dns boundary,
 * since a real lookup would leave the machine.
 *
 * What the reader gives (entries, recipients, commands, error codes, the text handed to classify)
 * must hold, and so must the decision classify() gives for each: a network failure is retried,
 * a certificate or login problem is not, and none of them is a hard bounce.
 */
import dns from 'node:dns';
import { readFileSync } from 'node:fs';
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { classifyNodemailerError, fromNodemailerError } from '../../src/index.js';

const TLS = new URL('../fixtures/tls/', import.meta.url);
const pem = (name: string) => readFileSync(new URL(name, TLS), 'utf8');
const key = pem('key.pem');

type Listening = { listen(port: number, host: string, cb: () => void): unknown; close(cb: () => void): unknown };
const started: Listening[] = [];
const sockets = new Set<Socket>();

async function start(server: Listening, address: () => AddressInfo): Promise<number> {
  started.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return address().port;
}
async function startSmtp(options: SMTPServerOptions): Promise<number> {
  const server = new SMTPServer({ logger: false, closeTimeout: 100, ...options });
  server.on('error', () => {}); // the client hanging up mid-handshake is the point of some tests
  return start(server, () => server.server.address() as AddressInfo);
}
async function startRaw(onSocket: (socket: Socket) => void): Promise<number> {
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => socket.destroy());
    onSocket(socket);
  });
  return start(server, () => server.address() as AddressInfo);
}
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(started.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

/** Sends one message and returns the error nodemailer threw (fails the test if it did not throw). */
async function sendError(
  options: Record<string, unknown>,
  to: string[] = ['ann@example.com'],
): Promise<Error & Record<string, unknown>> {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    connectionTimeout: 1000,
    greetingTimeout: 1000,
    socketTimeout: 1000,
    ...options,
  } as nodemailer.TransportOptions);
  try {
    await transport.sendMail({ from: 'sender@example.org', to, subject: 'Test', text: 'Hello.' });
  } catch (error) {
    return error as Error & Record<string, unknown>;
  } finally {
    transport.close();
  }
  throw new Error('the send did not fail');
}

/** The one entry read from an error that concerns the whole send. */
function whole(error: unknown) {
  const failures = fromNodemailerError(error);
  expect(failures).toHaveLength(1);
  expect(failures[0]!.recipient).toBeNull();
  return failures[0]!;
}
const decision = (error: unknown) => {
  const [r] = classifyNodemailerError(error);
  return { category: r!.category, bounce: r!.bounce, retryable: r!.retryable };
};

describe('no connection, time-outs: network, soft, retryable', () => {
  it('ECONNREFUSED: nothing listens on the port (ESOCKET)', async () => {
    const probe = createServer();
    const port = await new Promise<number>((resolve) =>
      probe.listen(0, '127.0.0.1', () => resolve((probe.address() as AddressInfo).port)),
    );
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = await sendError({ port });
    expect(error).toMatchObject({ code: 'ESOCKET', command: 'CONN', syscall: 'connect' });
    expect(error.message).toBe(`connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(whole(error)).toMatchObject({
      reply: `connect ECONNREFUSED 127.0.0.1:${port}`,
      command: 'CONNECT',
      errorCode: 'ESOCKET',
      code: null,
      response: null,
    });
    expect(decision(error)).toEqual({ category: 'network', bounce: 'soft', retryable: true });
  });

  it('ETIMEDOUT "Greeting never received": the server accepts the connection and never greets', async () => {
    const port = await startRaw(() => {});
    const error = await sendError({ port, greetingTimeout: 200 });
    expect(error).toMatchObject({ code: 'ETIMEDOUT', command: 'CONN', message: 'Greeting never received' });
    expect(whole(error)).toMatchObject({
      reply: 'Greeting never received',
      command: 'CONNECT',
      errorCode: 'ETIMEDOUT',
    });
    expect(decision(error)).toEqual({ category: 'network', bounce: 'soft', retryable: true });
  });

  it('ETIMEDOUT "Timeout": the server greets, then stops answering (socketTimeout)', async () => {
    const port = await startRaw((socket) => socket.write('220 mx.example.com ESMTP\r\n'));
    const error = await sendError({ port, socketTimeout: 200 });
    expect(error).toMatchObject({ code: 'ETIMEDOUT', command: 'CONN', message: 'Timeout' });
    expect(whole(error)).toMatchObject({ reply: 'Timeout', command: 'CONNECT', errorCode: 'ETIMEDOUT' });
    expect(decision(error)).toEqual({ category: 'network', bounce: 'soft', retryable: true });
  });

  it('ECONNECTION "Connection closed unexpectedly": the server hangs up after the greeting', async () => {
    const port = await startRaw((socket) => {
      socket.write('220 mx.example.com ESMTP\r\n');
      socket.on('data', () => socket.destroy());
    });
    const error = await sendError({ port });
    expect(error).toMatchObject({ code: 'ECONNECTION', command: 'CONN', message: 'Connection closed unexpectedly' });
    expect(whole(error)).toMatchObject({ reply: 'Connection closed unexpectedly', errorCode: 'ECONNECTION' });
    expect(decision(error)).toEqual({ category: 'network', bounce: 'soft', retryable: true });
  });
});

describe('EDNS: the SMTP host does not resolve (node:dns answers as for a name that does not exist)', () => {
  /** Node's own error shapes for these failures (lib/internal/errors.js, DNSException). */
  const dnsError = (syscall: string, code: string, hostname: string, errno?: number) =>
    Object.assign(new Error(`${syscall} ${code} ${hostname}`), { errno: errno ?? code, code, syscall, hostname });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('"getaddrinfo ENOTFOUND": network, soft, retryable (the relay host, not the recipient domain)', async () => {
    // nodemailer asks resolve4, then resolve6 (NXDOMAIN there is no error to it), then getaddrinfo.
    const notFound = (syscall: string) => (host: string, cb: (err: Error) => void) =>
      setImmediate(() => cb(dnsError(syscall, 'ENOTFOUND', host)));
    vi.spyOn(dns.Resolver.prototype, 'resolve4').mockImplementation(notFound('queryA') as never);
    vi.spyOn(dns.Resolver.prototype, 'resolve6').mockImplementation(notFound('queryAaaa') as never);
    vi.spyOn(dns, 'lookup').mockImplementation(((host: string, _o: unknown, cb: (err: Error) => void) =>
      setImmediate(() => cb(dnsError('getaddrinfo', 'ENOTFOUND', host, -3008)))) as never);
    const error = await sendError({ host: 'nx.invalid', port: 25, allowInternalNetworkInterfaces: true });
    expect(error).toMatchObject({ code: 'EDNS', command: 'CONN', message: 'getaddrinfo ENOTFOUND nx.invalid' });
    expect(whole(error)).toMatchObject({
      reply: 'getaddrinfo ENOTFOUND nx.invalid',
      command: 'CONNECT',
      errorCode: 'EDNS',
    });
    expect(decision(error)).toEqual({ category: 'network', bounce: 'soft', retryable: true });
  });

  it('"queryA ETIMEOUT": the DNS server does not answer: network, soft, retryable', async () => {
    vi.spyOn(dns.Resolver.prototype, 'resolve4').mockImplementation(((host: string, cb: (err: Error) => void) =>
      setImmediate(() => cb(dnsError('queryA', 'ETIMEOUT', host)))) as never);
    const error = await sendError({ host: 'nx.invalid', port: 25, allowInternalNetworkInterfaces: true });
    expect(error).toMatchObject({ code: 'EDNS', command: 'CONN', message: 'queryA ETIMEOUT nx.invalid' });
    expect(whole(error)).toMatchObject({ reply: 'queryA ETIMEOUT nx.invalid', errorCode: 'EDNS' });
    expect(decision(error)).toEqual({ category: 'network', bounce: 'soft', retryable: true });
  });
});

describe('TLS certificate problems (ESOCKET): tls-required, soft, not retryable', () => {
  const cases = [
    {
      name: 'self-signed',
      cert: 'self-signed.pem',
      tls: {},
      message: 'self-signed certificate',
    },
    {
      name: 'expired',
      cert: 'expired.pem',
      tls: { ca: pem('expired.pem') },
      message: 'certificate has expired',
    },
    {
      name: 'for another host',
      cert: 'other-host.pem',
      tls: { ca: pem('other-host.pem'), servername: 'mx.example.com' },
      message:
        "Hostname/IP does not match certificate's altnames: Host: mx.example.com. is not in the cert's altnames: DNS:mx.other.example",
    },
  ];
  const ports = new Map<string, { implicit: number; starttls: number }>();
  beforeAll(async () => {
    for (const c of cases) {
      const cert = pem(c.cert);
      ports.set(c.name, {
        implicit: await startSmtp({ secure: true, key, cert, authOptional: true }),
        starttls: await startSmtp({ key, cert, authOptional: true }),
      });
    }
  });

  describe.each(cases)('certificate $name', ({ name, tls, message }) => {
    it.each(['implicit', 'starttls'] as const)('%s TLS: the reader hands classify the message', async (mode) => {
      const port = ports.get(name)![mode];
      const error = await sendError(
        mode === 'implicit' ? { port, secure: true, tls } : { port, requireTLS: true, tls },
      );
      // Node's own code (CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT, ERR_TLS_CERT_ALTNAME_INVALID)
      // is overwritten by nodemailer's: the message is all that says what happened.
      expect(error).toMatchObject({ code: 'ESOCKET', command: 'CONN', message });
      expect(whole(error)).toMatchObject({ reply: message, command: 'CONNECT', errorCode: 'ESOCKET', code: null });
    });

    it('implicit TLS: tls-required, soft, not retryable', async () => {
      const error = await sendError({ port: ports.get(name)!.implicit, secure: true, tls });
      expect(decision(error)).toEqual({ category: 'tls-required', bounce: 'soft', retryable: false });
    });
  });

  it('ETLS: the client requires TLS and the server does not offer STARTTLS', async () => {
    const port = await startSmtp({ disabledCommands: ['STARTTLS'], authOptional: true });
    const error = await sendError({ port, requireTLS: true });
    expect(error).toMatchObject({
      code: 'ETLS',
      command: 'STARTTLS',
      responseCode: 500,
      response: '500 Error: command not recognized',
      message: 'Error upgrading connection with STARTTLS: 500 Error: command not recognized',
    });
    expect(whole(error)).toMatchObject({ reply: '500 Error: command not recognized', command: 'STARTTLS', code: 500 });
  });

  // needs a classifier rule, not a phrase: a 5xx reply to STARTTLS (the sender required TLS and
  // cannot have it) is tls-required; today "command not recognized" makes it protocol.
  it('ETLS without STARTTLS: tls-required, soft, not retryable', async () => {
    const port = await startSmtp({ disabledCommands: ['STARTTLS'], authOptional: true });
    expect(decision(await sendError({ port, requireTLS: true }))).toEqual({
      category: 'tls-required',
      bounce: 'soft',
      retryable: false,
    });
  });
});

describe('EAUTH: auth-required, soft, not retryable', () => {
  let port = 0;
  let authReply: Error | null = null;
  beforeAll(async () => {
    port = await startSmtp({
      authOptional: false,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      onAuth(_auth, _session, cb) {
        if (authReply) cb(authReply);
        else cb(null, {}); // no user: smtp-server's stock refusal
      },
    });
  });

  it("wrong credentials, smtp-server's stock reply: the server's reply and AUTH are read", async () => {
    authReply = null;
    const error = await sendError({ port, ignoreTLS: true, auth: { user: 'ann', pass: 'wrong' } });
    expect(error).toMatchObject({
      code: 'EAUTH',
      command: 'AUTH PLAIN',
      responseCode: 535,
      response: '535 Error: Authentication credentials invalid',
      message: 'Invalid login: 535 Error: Authentication credentials invalid',
    });
    expect(whole(error)).toMatchObject({
      reply: '535 Error: Authentication credentials invalid',
      command: 'AUTH',
      errorCode: 'EAUTH',
      code: 535,
    });
    expect(decision(error)).toEqual({ category: 'auth-required', bounce: 'soft', retryable: false });
  });

  it('wrong credentials, "535 Invalid username or password": read as a reply to AUTH', async () => {
    authReply = Object.assign(new Error('Invalid username or password'), { responseCode: 535 });
    const error = await sendError({ port, ignoreTLS: true, auth: { user: 'ann', pass: 'wrong' } });
    expect(whole(error)).toMatchObject({ reply: '535 Invalid username or password', command: 'AUTH', code: 535 });
  });

  it('wrong credentials, "535 Invalid username or password": auth-required, not a hard bounce', async () => {
    authReply = Object.assign(new Error('Invalid username or password'), { responseCode: 535 });
    const error = await sendError({ port, ignoreTLS: true, auth: { user: 'ann', pass: 'wrong' } });
    expect(decision(error)).toEqual({ category: 'auth-required', bounce: 'soft', retryable: false });
  });

  it('missing password: nodemailer refuses before asking the server (command API)', async () => {
    const error = await sendError({ port, ignoreTLS: true, auth: { user: 'ann' } });
    expect(error).toMatchObject({ code: 'EAUTH', command: 'API', message: 'Missing credentials for "PLAIN"' });
    expect(error.response).toBeUndefined();
    expect(whole(error)).toMatchObject({
      reply: 'Missing credentials for "PLAIN"',
      command: null,
      errorCode: 'EAUTH',
      code: null,
    });
  });

  it('missing password: auth-required, soft, not retryable', async () => {
    const error = await sendError({ port, ignoreTLS: true, auth: { user: 'ann' } });
    expect(decision(error)).toEqual({ category: 'auth-required', bounce: 'soft', retryable: false });
  });

  it('no credentials given to a server that requires them: 530 to MAIL FROM (EENVELOPE)', async () => {
    const error = await sendError({ port, ignoreTLS: true });
    expect(error).toMatchObject({ code: 'EENVELOPE', command: 'MAIL FROM', responseCode: 530 });
    expect(whole(error)).toMatchObject({ command: 'MAIL', code: 530 });
    expect(decision(error)).toEqual({ category: 'auth-required', bounce: 'soft', retryable: false });
  });
});

describe('refusals at RCPT TO, then the whole send fails', () => {
  const gone = (address: string) =>
    Object.assign(new Error(`5.1.1 <${address}>: Recipient address rejected: User unknown`), { responseCode: 550 });
  const spam = () => Object.assign(new Error('5.7.1 Message rejected as spam'), { responseCode: 554 });

  it('EMESSAGE (554 after DATA): nodemailer keeps no rejected, rejectedErrors or accepted on the error', async () => {
    const port = await startSmtp({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onRcptTo(address, _session, cb) {
        cb(address.address.startsWith('gone') ? gone(address.address) : null);
      },
      onData(stream, _session, cb) {
        stream.resume();
        stream.on('end', () => cb(spam()));
      },
    });
    const error = await sendError({ port, ignoreTLS: true }, ['ann@example.com', 'gone@example.com']);
    // Observed with nodemailer 7.0.13: SMTPConnection keeps the refusal in its own envelope and
    // puts it on the error only when every recipient was refused.
    expect(error).toMatchObject({
      code: 'EMESSAGE',
      command: 'DATA',
      responseCode: 554,
      response: '554 5.7.1 Message rejected as spam',
    });
    expect(error).not.toHaveProperty('rejectedErrors');
    expect(error).not.toHaveProperty('rejected');
    expect(error).not.toHaveProperty('accepted');
    // So the reader can give the failure of the whole send only; gone@example.com's 550 is not in
    // the error (docs/nodemailer.md says how to keep it).
    expect(fromNodemailerError(error)).toMatchObject([
      {
        recipient: null,
        command: 'DATA',
        code: 554,
        errorCode: 'EMESSAGE',
        reply: '554 5.7.1 Message rejected as spam',
      },
    ]);
    expect(decision(error)).toEqual({ category: 'spam', bounce: 'soft', retryable: false });
  });

  it('an error that does carry the refusals: one entry per refused recipient and one for the others', async () => {
    // The same session; the refusal put back on the error the way nodemailer records it for an
    // all-refused send (what a wrapper that keeps the refusals hands over).
    const port = await startSmtp({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onRcptTo(address, _session, cb) {
        cb(address.address.startsWith('gone') ? gone(address.address) : null);
      },
      onData(stream, _session, cb) {
        stream.resume();
        stream.on('end', () => cb(spam()));
      },
    });
    const refused = await sendError({ port, ignoreTLS: true }, ['gone@example.com']);
    const error = await sendError({ port, ignoreTLS: true }, ['ann@example.com', 'gone@example.com']);
    const rejectedErrors = refused.rejectedErrors as unknown[];
    Object.assign(error, { rejected: ['gone@example.com'], rejectedErrors });
    expect(fromNodemailerError(error)).toMatchObject([
      { recipient: 'gone@example.com', command: 'RCPT', code: 550, errorCode: 'EENVELOPE' },
      { recipient: null, command: 'DATA', code: 554, errorCode: 'EMESSAGE' },
    ]);
    expect(classifyNodemailerError(error).map((r) => [r.recipient, r.category, r.bounce, r.retryable])).toEqual([
      ['gone@example.com', 'user-unknown', 'hard', false],
      [null, 'spam', 'soft', false],
    ]);
  });
});

describe("EENVELOPE from nodemailer's own checks (command API, no server reply)", () => {
  it('"No recipients defined": one entry, no command; unknown, soft, not retryable', async () => {
    const port = await startSmtp({ authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'] });
    const error = await sendError({ port, ignoreTLS: true }, []);
    expect(error).toMatchObject({ code: 'EENVELOPE', command: 'API', message: 'No recipients defined' });
    expect(whole(error)).toMatchObject({ reply: 'No recipients defined', command: null, errorCode: 'EENVELOPE' });
    expect(decision(error)).toEqual({ category: 'unknown', bounce: 'soft', retryable: false });
  });
});
