/**
 * The texts agree with the decision (issue 13). For every category × class × retryable combination
 * that classify() produces on the rules' own replies, the dev corpus and the published replies,
 * each locale's result carries the variant of the texts that matches the decision, and the English
 * texts say nothing the decision contradicts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, localize, type Classification, type Locale } from '../src/index.js';
import { RULES, type Rule } from '../src/classify/rules.js';
import { SIGNALS } from '../src/classify/signals.js';
import { HARD_CATEGORIES } from '../src/classify/categories.js';
import type { CategoryTexts } from '../src/locales/types.js';
import type { SmtpCommand } from '../src/types.js';
import { REAL_REPLIES } from './fixtures/real-replies.js';
import { en } from '../src/locales/en/index.js';
import { id } from '../src/locales/id/index.js';
import { ar } from '../src/locales/ar/index.js';
import { es } from '../src/locales/es/index.js';
import { ptBR } from '../src/locales/pt-BR/index.js';
import { fr } from '../src/locales/fr/index.js';
import { de } from '../src/locales/de/index.js';
import { ja } from '../src/locales/ja/index.js';

const LOCALES: readonly Locale[] = [en, id, ar, es, ptBR, fr, de, ja];

/** A reply that meets the rule's conditions with class digit `digit` (0: no code), as test/docs.test.ts builds them. */
function replyFor(rule: Rule, digit: 0 | 2 | 3 | 4 | 5): { text: string; command?: SmtpCommand } | null {
  if (rule.classes && !rule.classes.includes(String(digit))) return null;
  if (digit === 0 && (rule.codes || rule.enhanced)) return null;
  const code = rule.codes ? rule.codes.find((c) => Math.floor(c / 100) === digit) : digit * 100 + 50;
  if (code === undefined) return null;
  const e = rule.enhanced?.[0];
  const enhanced = e && digit !== 3 ? `${digit}.${e.endsWith('.*') ? `${e.slice(0, -2)}.999` : e}` : '';
  const words = [...(rule.any?.slice(0, 1) ?? []), ...(rule.all ?? [])].map((s) => SIGNALS[s][0]!.trim());
  const text = [digit ? String(code) : '', enhanced, words.join(' ') || 'zz'].filter(Boolean).join(' ');
  return rule.commands ? { text, command: rule.commands[0]! } : { text };
}

/** One result for each category × class × retryable combination seen, with the input that gave it. */
function combinations(): Map<string, { input: string; result: Classification }> {
  const inputs: { text: string; command?: SmtpCommand | undefined }[] = [];
  for (const rule of RULES) {
    for (const digit of [0, 2, 3, 4, 5] as const) {
      const reply = replyFor(rule, digit);
      if (reply) inputs.push(reply);
    }
  }
  const corpus = readFileSync(new URL('./fixtures/corpus/sisimai-dev.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { diagnosticcode_raw: string });
  for (const row of corpus) inputs.push({ text: row.diagnosticcode_raw });
  for (const r of REAL_REPLIES) inputs.push({ text: r.reply, command: r.command });

  const seen = new Map<string, { input: string; result: Classification }>();
  for (const { text, command } of inputs) {
    const result = classify(text, { command });
    const key = `${result.category} ${result.class} ${result.retryable ? 'retry' : 'final'}`;
    if (!seen.has(key)) seen.set(key, { input: text, result });
  }
  return seen;
}

const COMBINATIONS = combinations();
const CASES = [...COMBINATIONS.entries()].map(([key, v]) => [key, v.input, v.result] as const);

/** A promise that the message will be retried. */
const RETRY_PROMISE = /will (be )?retr|try again automatically|keep trying/i;
/** Advice to remove the address. */
const REMOVE_ADDRESS = /remove (it|the address|this address)/i;

describe('texts agree with the decision', () => {
  it('covers every category, and both variants of the categories that are retried', () => {
    const categories = new Set(CASES.map(([, , r]) => r.category));
    expect(categories.size).toBe(28);
    const retried = new Set(CASES.filter(([, , r]) => r.retryable).map(([, , r]) => r.category));
    const final = new Set(CASES.filter(([, , r]) => !r.retryable).map(([, , r]) => r.category));
    console.log(`${CASES.length} combinations; retried in ${retried.size} categories, final in ${final.size}`);
    expect(retried.size).toBeGreaterThanOrEqual(20);
    expect(final.size).toBeGreaterThanOrEqual(25);
  });

  describe.each(LOCALES.map((l) => [l.code, l] as const))('%s', (_code, locale) => {
    it.each(CASES)('%s (%j) carries the matching variant', (_key, input, result) => {
      const texts: Partial<CategoryTexts> = locale.categories?.[result.category] ?? {};
      const r = localize(result, locale);
      const outcome = result.category === 'success' || result.category === 'intermediate';
      // A final soft bounce in a category that can be hard: the variant that keeps the address.
      const soft = !result.retryable && result.bounce === 'soft' && HARD_CATEGORIES.has(result.category);
      expect(r.description).toBe(texts.description);
      expect(r.fix).toBe(result.retryable && !outcome ? texts.fixRetry : soft ? texts.fixSoft : texts.fix);
      expect(r.userMessage).toBe(result.retryable && !outcome ? texts.userRetry : soft ? texts.userSoft : texts.user);
      // classify() with the locale gives the same texts as localize() afterwards.
      const direct = classify(input, { locale, command: result.command ?? undefined });
      if (direct.category === result.category && direct.retryable === result.retryable) {
        expect([direct.description, direct.fix, direct.userMessage]).toEqual([r.description, r.fix, r.userMessage]);
      }
    });
  });

  describe('English says nothing the decision contradicts', () => {
    it.each(CASES)('%s (%j)', (_key, _input, r) => {
      if (!r.retryable) {
        expect(r.fix, 'fix of a final result').not.toMatch(RETRY_PROMISE);
        expect(r.userMessage, 'userMessage of a final result').not.toMatch(RETRY_PROMISE);
      } else if (r.category !== 'success' && r.category !== 'intermediate') {
        // "will be retried", "we'll keep trying", "the rest will be sent automatically … a little later"
        expect(`${r.fix} ${r.userMessage}`, 'a retried result says so').toMatch(
          /retr|keep trying|automatically|later/i,
        );
      }
      if (r.bounce !== 'soft') return;
      // A soft bounce: the address is fine, or not known to be bad yet. Only the retry texts of a
      // category whose permanent failure is hard may say what to do *if* it turns permanent.
      for (const sentence of `${r.description} ${r.fix} ${r.userMessage}`.split(/(?<=[.;:])\s+/)) {
        if (!REMOVE_ADDRESS.test(sentence)) continue;
        // Only as a condition ("remove it only if later messages are refused permanently").
        expect(HARD_CATEGORIES.has(r.category), `${r.category}: "${sentence}"`).toBe(true);
        expect(sentence, 'only as a condition').toMatch(/\bif\b/i);
      }
    });

    it('a final soft bounce in an address category keeps the address (locked account, refusal before RCPT)', () => {
      for (const [reply, command] of [
        ['550 Account is locked', undefined],
        ['The user(s) account is disabled.', undefined],
        ['521 5.3.2 mx.example.com does not accept mail', 'CONNECT'],
      ] as const) {
        const r = classify(reply, command ? { command } : undefined);
        expect([r.retryable, r.bounce], reply).toEqual([false, 'soft']);
        expect(HARD_CATEGORIES.has(r.category), reply).toBe(true);
        expect(r.fix, reply).toMatch(/do not remove|keep the address|remove it only if/i);
        expect(r.userMessage, reply).not.toMatch(/stop writing|remove/i);
      }
    });
  });
});

describe('the replies of issue 13 read right', () => {
  const read = (reply: string, command?: SmtpCommand) => classify(reply, command ? { command } : undefined);

  it('Gmail 550 5.2.1 disabled: final; stop writing to the address, no "try again later"', () => {
    const r = read(
      '550 5.2.1 The email account that you tried to reach is disabled. Learn more at https://support.google.com/mail/?p=DisabledUser',
    );
    expect([r.category, r.retryable]).toEqual(['mailbox-disabled', false]);
    expect(`${r.fix} ${r.userMessage}`).not.toMatch(/try again later|will retry|keep trying/i);
    expect(r.userMessage).toMatch(/shut down/);
    expect(r.fix).toMatch(/Stop sending to this address/);
  });

  it('554 5.2.2 mailbox full (STOREDRV): final; send again later yourself, no promise and no removal', () => {
    const r = read(
      '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception',
    );
    expect([r.category, r.retryable, r.bounce]).toEqual(['mailbox-full', false, 'soft']);
    expect(`${r.fix} ${r.userMessage}`).not.toMatch(RETRY_PROMISE);
    expect(`${r.fix} ${r.userMessage}`).not.toMatch(REMOVE_ADDRESS);
    expect(r.userMessage).toMatch(/mailbox is full/);
    expect(r.userMessage).toMatch(/send it again later/);
  });

  it('554 not accepting messages at connection time: final; the receiving side refuses mail now', () => {
    const r = read('554 mx.example.com ESMTP not accepting messages', 'CONNECT');
    expect([r.category, r.retryable]).toEqual(['service-unavailable', false]);
    expect(r.fix).toMatch(/receiving side/);
    expect(r.fix).toMatch(/nothing will send this message again by itself/);
    expect(r.userMessage).toMatch(/isn't accepting messages/);
    expect(`${r.fix} ${r.userMessage}`).not.toMatch(RETRY_PROMISE);
  });

  it("454 4.7.0 TLS not available due to local problem: retried; the receiver's fault, not 'turn on STARTTLS' alone", () => {
    const r = read('454 4.7.0 TLS not available due to local problem');
    expect([r.category, r.retryable]).toEqual(['tls-required', true]);
    expect(r.fix).toMatch(/retried automatically/);
    expect(r.fix).toMatch(/the fault is on the receiving server: nothing to change on your side/);
    expect(r.userMessage).toMatch(/We'll keep trying/);
  });

  it('421 4.7.0 Try again later: retried; the texts say so (the category is the classifier’s: issue 12)', () => {
    const r = read('421 4.7.0 Try again later');
    expect(r.retryable).toBe(true);
    expect(r.fix).toMatch(/retried automatically/);
    expect(r.userMessage).toMatch(/We'll keep trying/);
    expect(r.userMessage).not.toMatch(/SMTP|\bMX\b|\bDNS\b|\bSPF\b|\bTLS\b|\bIP\b/);
  });

  it('Comcast BL000000 (the sending IP on a blocklist): blocked; no advice to review the content', () => {
    const r = read(
      '554 resimta-ch2-01v.sys.comcast.net resimta-ch2-01v.sys.comcast.net 192.0.2.1 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000000',
      'CONNECT',
    );
    expect([r.category, r.retryable]).toEqual(['blocked', false]);
    expect(r.fix).toMatch(/Changing the message will not help/);
    expect(r.fix).toMatch(/blocklists/);
    expect(`${r.fix} ${r.userMessage}`).not.toMatch(/review (the|your) (message|content)/i);
    expect(r.userMessage).toMatch(/not caused by your message or the address/);
  });
});
