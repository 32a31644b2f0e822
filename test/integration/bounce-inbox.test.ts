/**
 * The way parseBounce() is used: an smtp-server on 127.0.0.1 is the inbound mailbox for bounces,
 * nodemailer delivers a sample of the corpus emails to it raw (null sender, as bounces come), and
 * its onData hands each message stream to parseBounce. The results equal those of reading the
 * files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import nodemailer from 'nodemailer';
import { parseBounce, type BounceResult } from '../../src/bounce/index.js';
import { EMAILS_DIR } from '../bounce/eval.js';

/** About 20 emails, every 13th of the corpus: DSNs, MTA texts, complaints, JSON notifications. */
const SAMPLE = readdirSync(EMAILS_DIR)
  .filter((f) => f.endsWith('.eml'))
  .sort()
  .filter((_, i) => i % 13 === 0);

/** What the server received, in order of arrival: each message's parseBounce result. */
const received: Promise<BounceResult>[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 64 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(parseBounce(Buffer.concat(chunks)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The fields that matter, without the classification's locale texts (identical anyway). */
const view = (r: BounceResult) => ({
  ...r,
  recipients: r.recipients.map(({ classification: c, ...rest }) => ({
    ...rest,
    category: c.category,
    bounce: c.bounce,
    rule: c.rule,
    code: c.code,
    enhanced: c.enhanced,
  })),
});

describe('smtp-server as the bounce mailbox, nodemailer delivering corpus emails raw', () => {
  it(`delivers ${SAMPLE.length} emails and reads each as from the file`, async () => {
    expect(SAMPLE.length).toBeGreaterThanOrEqual(20);
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port,
      secure: false,
      ignoreTLS: true,
      connectionTimeout: 5000,
      socketTimeout: 5000,
    });
    try {
      for (const file of SAMPLE) {
        await transport.sendMail({
          envelope: { from: '', to: ['bounces@example.org'] },
          raw: readFileSync(`${EMAILS_DIR}${file}`),
        });
      }
    } finally {
      transport.close();
    }
    expect(received).toHaveLength(SAMPLE.length);
    const results = await Promise.all(received);
    for (const [i, file] of SAMPLE.entries()) {
      const fromFile = await parseBounce(readFileSync(`${EMAILS_DIR}${file}`));
      expect(view(results[i]!), file).toEqual(view(fromFile));
    }
    const kinds = new Set(results.map((r) => r.kind));
    expect(kinds.has('bounce')).toBe(true);
  }, 60_000);
});
