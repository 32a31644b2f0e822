/**
 * bounceNotice(), localize() and locales of the caller's own (issue 13): every locale renders
 * both kinds of notice completely; untrusted values are escaped and neutralised; right-to-left
 * notices isolate what they insert; classify() stays total whatever locale object it is given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bounceNotice, classify, localize, type BounceNotice, type Locale } from '../src/index.js';
import { en } from '../src/locales/en/index.js';
import { id } from '../src/locales/id/core.js';
import { ar } from '../src/locales/ar/core.js';
import { es } from '../src/locales/es/core.js';
import { ptBR } from '../src/locales/pt-BR/core.js';
import { fr } from '../src/locales/fr/core.js';
import { de } from '../src/locales/de/core.js';
import { ja } from '../src/locales/ja/core.js';

const LOCALES: readonly Locale[] = [en, id, ar, es, ptBR, fr, de, ja];
const FSI = '\u2068';
const PDI = '\u2069';

const GONE = classify('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table');
const GREY = classify('451 4.7.1 Greylisted, please try again in 300 seconds');

/** Everything a notice holds, for checks that apply to all of it. */
const all = (n: BounceNotice): string => `${n.subject}\n${n.text}\n${n.html}`;

/** Bidi controls other than the library's own isolates, and every C0/C1 control except \n. */
const FOREIGN_BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066\u2067]/;
const CONTROL_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

describe('bounceNotice() in every locale', () => {
  describe.each(LOCALES.map((l) => [l.code, l] as const))('%s', (_code, locale) => {
    it.each([
      ['failed', GONE],
      ['delayed', GREY],
    ] as const)(
      'renders a %s notice, with and without subject and service, with no leftover placeholder',
      (kind, result) => {
        for (const subject of ['Quarterly report', undefined]) {
          for (const service of ['Acme Mail', undefined]) {
            const n = bounceNotice(result, { locale, recipient: 'bob@example.com', subject, service });
            expect(n.kind).toBe(kind);
            expect(all(n)).not.toMatch(/\{[A-Za-z]+\}/);
            expect(n.subject).toContain('bob@example.com');
            expect(n.text).toContain('bob@example.com');
            if (subject) expect(n.text.split('\n')[0]).toContain(subject);
            if (service) expect(n.text).toContain(service);
            const texts = locale.categories?.[result.category];
            expect(n.text).toContain(kind === 'delayed' ? texts?.userRetry : texts?.user);
            expect(n.text).toContain(locale.notice?.detailsHeading);
            expect(n.text).toContain(result.reply.lines[0]?.text);
            expect(n.html.startsWith(`<div lang="${locale.code}" dir="${locale.direction}">`)).toBe(true);
            expect(n.subject).not.toMatch(/[\r\n]/);
          }
        }
      },
    );
  });
});

describe('bounceNotice() kinds', () => {
  it('is a delay notice for a retryable result and a final one otherwise, by default', () => {
    expect(bounceNotice(GREY, { recipient: 'a@example.com' }).kind).toBe('delayed');
    expect(bounceNotice(GONE, { recipient: 'a@example.com' }).kind).toBe('failed');
  });

  it('writes a final notice with the final text when the application gives up on a retryable result', () => {
    const n = bounceNotice(GREY, { recipient: 'a@example.com', kind: 'failed' });
    expect(n.kind).toBe('failed');
    expect(n.subject).toBe('Not delivered: your message to a@example.com');
    expect(n.text).toContain(en.categories?.greylisted?.user);
    expect(n.text).not.toContain(en.categories?.greylisted?.userRetry);
  });

  it('never writes a delay notice for a result that will not be retried: a final one instead', () => {
    const n = bounceNotice(GONE, { recipient: 'a@example.com', kind: 'delayed' });
    expect(n.kind).toBe('failed');
    expect(n.text).toContain(en.categories?.['user-unknown']?.user);
    expect(n.text).not.toMatch(/still trying/);
  });
});

describe('bounceNotice() with untrusted values', () => {
  const hostileRecipient = '"><script>alert(1)</script>\u202e@example.com';
  const hostileSubject =
    "Invoice\r\nBcc: victim@example.com\u0000 <b onclick='x'>&amp;\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u0085\u2028\u001b[31m";
  const hostileReply = classify(
    '550 5.1.1 <img src=x onerror=alert(1)> \u202egnp.exe\u202c user unknown \u001b]8;;http://evil\u0007',
  );

  for (const locale of [en, ar]) {
    describe(`in ${locale.code}`, () => {
      const n = bounceNotice(hostileReply, {
        locale,
        recipient: hostileRecipient,
        subject: hostileSubject,
        service: 'Acme <Mail>\u202e',
      });

      it('escapes & < > " \' in the HTML', () => {
        expect(n.html).not.toMatch(/<script|<img|<b |onclick='|<Mail>/);
        expect(n.html).toContain('&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;');
        expect(n.html).toContain('&#60;b onclick=&#39;x&#39;&#62;&#38;amp;');
        expect(n.html).toContain('&#60;img src=x onerror=alert(1)&#62;');
        // Outside the values every tag is the library's own.
        const tags = [...n.html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
        expect(new Set(tags)).toEqual(new Set(['div', 'p', 'strong', 'pre']));
      });

      it('leaves no control character (but the line breaks it writes) and no foreign bidi control', () => {
        for (const s of [n.subject, n.text, n.html]) {
          expect(s).not.toMatch(CONTROL_BUT_LF);
          expect(s).not.toMatch(FOREIGN_BIDI);
        }
        expect(n.subject).not.toMatch(/\n/);
        // The injected header stays inside the subject line, as text.
        expect(n.text.split('\n')[0]).toContain('Invoice Bcc: victim@example.com');
        expect(n.text.split('\n').filter((l) => l.startsWith('Bcc:'))).toEqual([]);
      });

      it(
        locale.direction === 'rtl' ? 'wraps each inserted value in its own balanced isolate' : 'adds no isolate',
        () => {
          for (const s of [n.subject, n.text, n.html]) {
            let depth = 0;
            for (const c of s) {
              if (c === FSI) depth++;
              if (c === PDI) depth--;
              expect(depth).toBeGreaterThanOrEqual(0);
              expect(depth).toBeLessThanOrEqual(1);
            }
            expect(depth).toBe(0);
            if (locale.direction === 'ltr') expect(s).not.toMatch(/[\u2068\u2069]/);
          }
        },
      );
    });
  }

  it('isolates the recipient, the subject and each reply line in a right-to-left notice', () => {
    const n = bounceNotice(GONE, { locale: ar, recipient: 'bob@example.com', subject: 'Q3 report', service: 'Acme' });
    expect(n.subject).toContain(`${FSI}bob@example.com${PDI}`);
    expect(n.text).toContain(`${FSI}Q3 report${PDI}`);
    expect(n.text).toContain(`${FSI}Acme${PDI}`);
    expect(n.text).toContain(`  ${FSI}550 5.1.1 <bob@example.com>: Recipient address rejected`);
    expect(n.html).toContain('<pre dir="ltr">550 5.1.1 &#60;bob@example.com&#62;');
  });

  it('shows a long reply in part', () => {
    const long = classify(
      `${Array.from({ length: 40 }, (_, i) => `550-${'x'.repeat(900)} ${i}`).join('\r\n')}\r\n550 end`,
    );
    const n = bounceNotice(long, { recipient: 'a@example.com' });
    expect(n.text.length).toBeLessThan(20 * 520 + 2000);
    expect(n.text).toContain('…');
  });
});

describe('locales of the caller’s own', () => {
  const odd: readonly unknown[] = [
    {},
    { code: 'xx' },
    { code: 5, direction: 'sideways', categories: 'nope', classes: null, labels: [] },
    { code: 'xx', direction: 'ltr', categories: { 'user-unknown': { description: 42, fix: '', user: null } } },
    { code: 'xx', direction: 'rtl', notice: { failed: 7 }, categories: { 'user-unknown': 'text' } },
    Object.defineProperty({ code: 'xx', direction: 'ltr' }, 'categories', {
      get() {
        throw new Error('boom');
      },
    }),
    new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    ),
  ];

  it.each(odd.map((o, i) => [i, o] as const))(
    'classify() and bounceNotice() fall back to English for odd locale #%i',
    (_i, o) => {
      const locale = o as Locale;
      const english = classify('550 5.1.1 User unknown');
      const r = classify('550 5.1.1 User unknown', { locale });
      expect([r.description, r.fix, r.userMessage]).toEqual([english.description, english.fix, english.userMessage]);
      const n = bounceNotice(r, { locale, recipient: 'a@example.com' });
      expect(n.text).toContain(english.userMessage);
      expect(all(n)).not.toMatch(/\{[A-Za-z]+\}/);
    },
  );

  it('takes each string from the locale where it has one, and the rest from English', () => {
    const partial: Locale = {
      code: 'xx',
      direction: 'ltr',
      categories: { greylisted: { userRetry: 'Wir versuchen es weiter.' } },
      notice: { subjectDelayed: 'Verzögert: {recipient}' },
    };
    const r = classify('451 4.7.1 Greylisted', { locale: partial });
    expect(r.userMessage).toBe('Wir versuchen es weiter.');
    expect(r.fix).toBe(en.categories?.greylisted?.fixRetry);
    const n = bounceNotice(r, { locale: partial, recipient: 'a@example.com' });
    expect(n.subject).toBe('Verzögert: a@example.com');
    expect(n.text.split('\n')[0]).toBe(
      "Your message to a@example.com hasn't been delivered yet, but we're still trying.",
    );
  });

  it('bounceNotice() writes a notice for a result of an unknown category (a result from elsewhere)', () => {
    const foreign = { ...GONE, category: 'no-such-category' } as unknown as typeof GONE;
    expect(bounceNotice(foreign, { recipient: 'a@example.com' }).text).toContain(en.categories?.unknown?.user);
  });

  it('classify() never throws, whatever is passed as the locale (property)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), fc.string(), (locale, reply) => {
        const r = classify(reply, { locale: locale as Locale });
        expect(typeof r.userMessage).toBe('string');
        expect(r.userMessage).not.toBe('');
        expect(typeof bounceNotice(r, { locale: locale as Locale, recipient: reply }).html).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('localize()', () => {
  it('gives the texts of another locale without reading the reply again, and changes nothing else', () => {
    const r = classify('452 4.2.2 Mailbox full');
    const german = localize(r, de);
    expect(german.userMessage).toBe(de.categories?.['mailbox-full']?.userRetry);
    expect(german.fix).toBe(de.categories?.['mailbox-full']?.fixRetry);
    const { description: _d, fix: _f, userMessage: _u, ...rest } = german;
    const { description: _d2, fix: _f2, userMessage: _u2, ...same } = r;
    expect(rest).toEqual(same);
    expect(german.reply).toBe(r.reply);
    expect(localize(german, undefined)).toEqual(r);
    expect(localize(r, de)).toEqual(classify('452 4.2.2 Mailbox full', { locale: de }));
  });
});
