/**
 * npm run hash: a fingerprint of what the library decides, for refactors that must not change
 * results. It runs classify(), parseReply() and the input readers over the dev corpus, the
 * published-reply fixture (as given and with CRLF line ends) and a fixed set of generated inputs,
 * and prints one SHA-256 per section and one over all. Run it before and after a change: equal
 * hashes mean byte-identical output for those inputs.
 *
 * Usage: npm run hash [-- --verbose]   (--verbose also prints the number of inputs per section)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  classify,
  classifyNodemailerError,
  fromNodemailerError,
  parseDsnFields,
  parseLogLine,
  parseReply,
} from '../src/index.js';
import { REAL_REPLIES } from '../test/fixtures/real-replies.js';

const verbose = process.argv.includes('--verbose');
const corpus: string[] = readFileSync(new URL('../test/fixtures/corpus/sisimai-dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { diagnosticcode_raw: string }).diagnosticcode_raw);
const published = REAL_REPLIES.map((r) => r.reply);
const crlf = published.map((r) => r.replace(/\r?\n/g, '\r\n'));

/** Generated reply-shaped strings: the same list on every run (fixed seed). */
const token = fc.oneof(
  fc.constantFrom(
    '250',
    '421',
    '450',
    '451',
    '452',
    '454',
    '550',
    '551',
    '552',
    '553',
    '554',
    '535',
    '530',
    '999',
    '5.1.1',
    '4.7.1',
    '5.7.1',
    '4.2.2',
    '5.2.1',
    '5.7.26',
    '5.4.1',
    '4.4.7',
    '5.1.10',
    '#5.1.1',
    '-',
    ':',
    '\r\n',
    '\n',
    ' ',
  ),
  fc.constantFrom(
    'user unknown',
    'mailbox unavailable',
    'try again in 300 seconds',
    'greylisted',
    'rate limit',
    'spam',
    'blocked',
    'Recipient address rejected',
    'Access denied',
    'listed at bl.spamcop.net',
    'mailbox full',
    'over quota',
    'disabled',
    'does not exist',
    'TLS required',
    'SPF',
    'DMARC',
    'relay not permitted',
    'in reply to RCPT TO command',
    'in reply to MAIL FROM command',
    'said:',
    'host mx.example.com[192.0.2.1]',
    'policy',
    'temporarily',
    'please try later',
  ),
  fc.string({ maxLength: 12 }),
);
const generated = fc.sample(
  fc.array(token, { maxLength: 14 }).map((t) => t.join(' ')),
  { seed: 20261206, numRuns: 6000 },
);
const options = [
  undefined,
  { command: 'RCPT' },
  { command: 'CONNECT' },
  { command: 'MAIL' },
  { command: 'DATA' },
  { maxLines: 1 },
  { maxLength: 40 },
];

const logLines = [...corpus, ...published].flatMap((r) => [
  `Jan 10 10:00:01 mail postfix/smtp[12345]: 4F9D5C1234: to=<a@example.com>, relay=mx.example.com[192.0.2.10]:25, delay=1.2, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.10] said: ${r.replace(/\r?\n/g, ' ')} (in reply to RCPT TO command))`,
  `2024-01-10 10:00:01 1rNxyz-000123-AB ** a@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.10]: SMTP error from remote mail server after RCPT TO:<a@example.com>: ${r.replace(/\r?\n/g, ' ')}`,
  `Jan 10 10:00:01 mail sm-mta[123]: 0ABCD123: to=<a@example.com>, delay=00:00:01, mailer=esmtp, relay=mx.example.com. [192.0.2.10], dsn=5.0.0, stat=User unknown ${r.replace(/\r?\n/g, ' ')}`,
]);

const sections: [string, () => unknown[]][] = [
  [
    'classify',
    () => [...corpus, ...published, ...crlf, ...generated].flatMap((s) => options.map((o) => classify(s, o as never))),
  ],
  [
    'parseReply',
    () =>
      [...corpus, ...published, ...crlf, ...generated].flatMap((s) => [parseReply(s), parseReply(s, { maxLines: 1 })]),
  ],
  ['parseLogLine', () => logLines.map((l) => parseLogLine(l))],
  [
    'parseDsnFields',
    () =>
      [...corpus, ...published].map((r) =>
        parseDsnFields(
          `Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; ${r.replace(/\r?\n/g, '\n ')}\n`,
        ),
      ),
  ],
  [
    'nodemailer',
    () =>
      [...corpus, ...published].flatMap((r) => {
        const err = {
          code: 'EENVELOPE',
          response: r,
          responseCode: Number(r.slice(0, 3)) || undefined,
          command: 'RCPT TO',
          message: `Can't send mail - all recipients were rejected: ${r}`,
          rejected: ['a@example.com'],
          rejectedErrors: [
            {
              code: 'EENVELOPE',
              response: r,
              responseCode: Number(r.slice(0, 3)) || undefined,
              command: 'RCPT TO',
              recipient: 'a@example.com',
            },
          ],
        };
        return [fromNodemailerError(err), classifyNodemailerError(err)];
      }),
  ],
];

const all = createHash('sha256');
for (const [name, run] of sections) {
  const results = run();
  const json = JSON.stringify(results);
  all.update(json);
  console.log(
    `${name.padEnd(16)} ${createHash('sha256').update(json).digest('hex').slice(0, 16)}${verbose ? `  (${results.length} results)` : ''}`,
  );
}
console.log(`${'all'.padEnd(16)} ${all.digest('hex').slice(0, 16)}`);
