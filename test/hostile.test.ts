/**
 * Hostile input: huge and pathological replies run in linear time, the input caps hold, shared
 * data cannot be changed, and objects passed in are read defensively and never written to.
 *
 * Timing is asserted only as a ratio between inputs 10× apart (linear: about 10×, quadratic:
 * about 100×), in CPU time, best of several alternating samples after a warm-up, so that a loaded
 * CI machine does not fail it.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, classify, formatReply, lookup, parseReply, SmtpReplyError } from '../src/index.js';
import type { Classification, ClassifyOptions, Locale, Problem } from '../src/index.js';
import { BASIC_ENTRIES, ENHANCED_ENTRIES } from '../src/catalogue/find.js';
import { PHRASES, SIGNAL_NAMES } from '../src/classify/signals.js';
import { en } from '../src/locales/en/index.js';
import { es } from '../src/locales/es/index.js';
import { fr } from '../src/locales/fr/index.js';
import { de } from '../src/locales/de/index.js';
import { ja } from '../src/locales/ja/index.js';
import { ptBR } from '../src/locales/pt-BR/index.js';
import { id } from '../src/locales/id/index.js';
import { ar } from '../src/locales/ar/index.js';
import { assertWellFormed, assertWellFormedReply } from './helpers/well-formed.js';

// ------------------------------------------------------------------------------ linear time

/**
 * CPU time of this process in milliseconds. Unlike wall-clock time it does not grow when other
 * processes compete for the machine, which is what makes a loaded CI runner noisy.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Milliseconds per call of `fn` over one sample: `fn` repeated for at least `minMs`. */
function sample(fn: () => void, minMs = 8): number {
  let calls = 0;
  const start = cpuMs();
  let elapsed = 0;
  do {
    fn();
    calls++;
    elapsed = cpuMs() - start;
  } while (elapsed < minMs);
  return elapsed / calls;
}

/** Linear: about 10; quadratic: about 100. Generous for noise, far from quadratic. */
const MAX_RATIO = 30;

/**
 * Runs `classify` on `make(n)` and `make(10 n)`, checks both results, and asserts the time ratio:
 * samples of the two alternate (so both see the same machine load), and the best of each counts.
 * Returns the big input's result for further checks.
 */
function expectLinear(make: (n: number) => string, n: number, rounds = 3, options?: ClassifyOptions): Classification {
  const small = make(n);
  const big = make(10 * n);
  let result = classify(big, options); // warm-up, and the result to check
  assertWellFormed(result, big, options);
  assertWellFormed(classify(small, options), small, options);
  let bestSmall = Infinity;
  let bestBig = Infinity;
  const measure = () => {
    for (let r = 0; r < rounds; r++) {
      bestSmall = Math.min(
        bestSmall,
        sample(() => classify(small, options)),
      );
      bestBig = Math.min(
        bestBig,
        sample(() => {
          result = classify(big, options);
        }),
      );
    }
  };
  measure();
  // A garbage collection or a busy neighbour can spoil one series; a quadratic cost cannot pass a
  // second one (its ratio is about 100), so measure again before judging.
  if (bestBig / bestSmall >= MAX_RATIO) measure();
  expect(bestBig / bestSmall, `time(${big.length} chars) / time(${small.length} chars)`).toBeLessThan(MAX_RATIO);
  return result;
}

/** `unit` repeated to `length` characters. */
function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

describe('hostile input runs in linear time', () => {
  it('a 1 MB single line', () => {
    const r = expectLinear((n) => `550 5.1.1 ${fill('a', n)}`, 100_000);
    expect(r.code).toBe(550);
    expect(r.reply.text).toHaveLength(1_000_000);
  });

  it('a 1 MB single line of words, spaces and numbers that almost look like codes', () => {
    expectLinear((n) => `550 ${fill('User unknown 55 5.1 55.5 try again in 5 ', n)}`, 100_000);
    expectLinear((n) => fill(' 550', n), 100_000);
    expectLinear((n) => `550-${fill(' 550-x', n)}`, 100_000);
    expectLinear((n) => `host said: ${fill('550', n)}`, 100_000);
  });

  it('100 000 continuation lines', () => {
    // 7 characters a line: 100 000 lines stay under the 1 MiB length cap.
    const lines = (n: number) => `${'550-x\r\n'.repeat(n - 1)}550 5.1.1 User unknown`;
    const r = expectLinear(lines, 10_000);
    expect(r.reply.lines).toHaveLength(100_000);
    expect(r.problems.some((p) => p.kind === 'truncated')).toBe(false);
    expect(r.category).toBe('user-unknown');
  });

  it('100 000 continuation lines flattened onto one line, LF-only, or without a last line', () => {
    expectLinear((n) => `${'550-5.1.1 a '.repeat(n - 1)}550 5.1.1 b`, 10_000);
    expectLinear((n) => '550-x\n'.repeat(n), 10_000);
    expectLinear((n) => `${'550-x\r\n551-y\r\n'.repeat(n / 2)}`, 10_000);
    expectLinear((n) => `no code here\n${'5.1.1 x\n'.repeat(n)}`, 10_000);
  });

  it('1 MB of digits and dots', () => {
    for (const unit of ['5.', '1234567890', '9.999.999.', '5.5.5.5.5 ', '550 5.1.1 ', '4.4.', '#5.', '2.0.0.']) {
      const r = expectLinear((n) => fill(unit, n), 100_000);
      assertWellFormedReply(r.reply);
    }
  });

  it('1 MB of line breaks, blanks and NUL', () => {
    for (const unit of ['\r\n', '\r', '\n\r', ' \t', '\0', '550\r\n', '\ud800']) {
      expectLinear((n) => fill(unit, n), 100_000);
    }
  });

  it('1 MB of text outside ASCII: CJK, accented Latin, full-width forms, wordings of other languages cut short', () => {
    // The wordings of other languages are read from a folded copy of the text; it stays linear.
    for (const unit of [
      '用户不存在',
      '收件人',
      'é',
      'Ｕｓｅｒ　',
      'empfängeradresse abgelehn',
      'メッセージを投稿する権',
      'غير مصرح ',
    ]) {
      const r = expectLinear((n) => `550 ${fill(unit, n)}`, 100_000);
      assertWellFormedReply(r.reply);
    }
  });

  // Each phrase with its last character cut, so that the matcher follows it almost to a match
  // every time and never gets one: ~200 KB per signal.
  it.each(PHRASES.map((phrases, signal) => [SIGNAL_NAMES[signal] ?? String(signal), phrases] as const))(
    'near misses of every %s phrase, repeated to ~200 KB',
    (_name, phrases) => {
      const cut = phrases.map((p) => p.slice(0, -1));
      // Separated by spaces, then glued (without the separators that reset the matcher).
      const r = expectLinear((n) => `550 ${fill(`${cut.join(' ')} ${cut.join('')} `, n)}`, 20_000);
      expect(r.reply.text.length).toBeGreaterThan(199_000);
    },
  );

  it('every phrase at once, cut short and whole, ~200 KB', () => {
    const all = PHRASES.flat();
    expectLinear((n) => `550 ${fill(all.map((p) => `${p.slice(0, -1)} ${p}`).join(' '), n)}`, 20_000);
  });
});

// ------------------------------------------------------------------------------ caps

describe('input caps (maxLength, maxLines)', () => {
  const truncated = (problems: readonly Problem[]) => problems.filter((p) => p.kind === 'truncated');

  it('reads at most maxLength characters (default 1 MiB) and keeps what came before the cap', () => {
    const head = '550 5.1.1 User unknown ';
    const input = head + 'x'.repeat(2 * 1_048_576);
    const r = parseReply(input);
    expect(truncated(r.problems)).toEqual([expect.objectContaining({ kind: 'truncated', offset: 1_048_576 })]);
    expect(r.code).toBe(550);
    expect(r.enhanced).toBe('5.1.1');
    expect(r.text.startsWith('User unknown xxx')).toBe(true);
    expect(r.text).toHaveLength(1_048_576 - '550 5.1.1 '.length);
    assertWellFormedReply(r, input);

    const c = classify(input);
    expect(c.category).toBe('user-unknown');
    expect(truncated(c.problems)).toHaveLength(1);
  });

  it('a custom maxLength cuts exactly there', () => {
    const r = parseReply('550 5.1.1 User unknown, and more text', { maxLength: 22 });
    expect(r.code).toBe(550);
    expect(r.enhanced).toBe('5.1.1');
    expect(r.text).toBe('User unknown');
    expect(truncated(r.problems)).toEqual([expect.objectContaining({ offset: 22 })]);
    expect(parseReply('550 5.1.1 User unknown', { maxLength: 22 }).problems).toEqual([]);
  });

  it('reads at most maxLines lines (default 100 000) and keeps the lines before the cap', () => {
    const input = `${'550-x\r\n'.repeat(100_004)}550 end`;
    const r = parseReply(input);
    expect(r.lines).toHaveLength(100_000);
    expect(r.lines[99_999]).toEqual({ code: 550, separator: '-', enhanced: null, text: 'x' });
    expect(truncated(r.problems)).toEqual([expect.objectContaining({ line: 100_000 })]);

    const small = parseReply('550-a\r\n550-b\r\n550-c\r\n550 d', { maxLines: 2 });
    expect(small.lines.map((l) => l.text)).toEqual(['a', 'b']);
    expect(small.code).toBe(550);
    expect(truncated(small.problems)).toEqual([expect.objectContaining({ line: 2 })]);
  });

  it('caps lines of text without a code too', () => {
    const r = parseReply('a\nb\nc\nd', { maxLines: 2 });
    expect(r.lines.map((l) => l.text)).toEqual(['a', 'b']);
    expect(truncated(r.problems)).toHaveLength(1);
  });

  it('classify passes its caps to the parser', () => {
    const r = classify('550-5.1.1 a\r\n550-5.1.1 b\r\n550 5.1.1 c', { maxLines: 1 });
    expect(r.reply.lines).toHaveLength(1);
    expect(truncated(r.problems)).toHaveLength(1);
    expect(
      classify(`450 4.2.2 Mailbox full${' '.repeat(100)}`, { maxLength: 10 }).problems.map((p) => p.kind),
    ).toContain('truncated');
  });

  it('ignores caps that are not positive numbers (the defaults apply)', () => {
    for (const maxLength of [0, -1, NaN, '5' as unknown as number]) {
      expect(truncated(parseReply('550 5.1.1 User unknown', { maxLength, maxLines: maxLength }).problems)).toEqual([]);
    }
  });
});

// ------------------------------------------------------------------------------ frozen data

/** Every object reachable from `value` is frozen. Returns the first path that is not. */
function unfrozenPath(value: unknown, path = '$', seen = new Set<unknown>()): string | null {
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  if (!Object.isFrozen(value)) return path;
  for (const [k, v] of Object.entries(value)) {
    const p = unfrozenPath(v, `${path}.${k}`, seen);
    if (p) return p;
  }
  return null;
}

describe('exported data is deeply frozen', () => {
  it('CATEGORIES cannot be changed', () => {
    expect(unfrozenPath(CATEGORIES)).toBeNull();
    expect(() => (CATEGORIES as string[]).push('evil')).toThrow(TypeError);
    expect(() => {
      (CATEGORIES as string[])[0] = 'evil';
    }).toThrow(TypeError);
    expect(CATEGORIES[0]).toBe('success');
    expect(CATEGORIES).not.toContain('evil');
  });

  it('every locale is deeply frozen, so no consumer can change the texts others read', () => {
    const locales: readonly Locale[] = [en, es, fr, de, ja, ptBR, id, ar];
    for (const locale of locales) expect(unfrozenPath(locale)).toBeNull();
    const before = classify('550 5.1.1 User unknown').description;
    expect(() => {
      (en.categories?.['user-unknown'] as { description: string }).description = '';
    }).toThrow(TypeError);
    expect(classify('550 5.1.1 User unknown').description).toBe(before);
  });

  it('every catalogue entry is deeply frozen', () => {
    expect(BASIC_ENTRIES.length).toBeGreaterThan(50);
    expect(ENHANCED_ENTRIES.length).toBeGreaterThan(50);
    expect(unfrozenPath(BASIC_ENTRIES)).toBeNull();
    expect(unfrozenPath(ENHANCED_ENTRIES)).toBeNull();
  });

  it("a lookup result's entry cannot be changed, and the next lookup is unaffected", () => {
    for (const code of ['5.1.1', 550, '4.7.1', '5.7.708', '599', '5.9.9']) {
      const first = lookup(code)!;
      const { name } = first.entry;
      expect(unfrozenPath(first.entry)).toBeNull();
      expect(() => {
        (first.entry as { name: string }).name = 'evil';
      }).toThrow(TypeError);
      expect(() => (first.entry.rfcs as string[]).push('evil')).toThrow(TypeError);
      expect(lookup(code)!.entry.name).toBe(name);
      expect(lookup(code)!.entry.rfcs).not.toContain('evil');
    }
  });

  it('changing one result does not change the next (no shared mutable state)', () => {
    const a = classify('250 2.0.0 OK');
    expect(() => (a.problems as Problem[]).push({ kind: 'empty', message: 'x' })).toThrow(TypeError);
    try {
      (a.reply.lines as unknown[]).length = 0;
    } catch {
      // frozen or not, the next result must be whole
    }
    const b = classify('250 2.0.0 OK');
    expect(b.problems).toEqual([]);
    expect(b.reply.lines).toHaveLength(1);
    expect(classify('').reply.lines).toEqual([]);
    expect(() => (classify('').reply.lines as unknown[]).push('x')).toThrow(TypeError);
    expect(classify('').reply.lines).toEqual([]);
  });
});

// ------------------------------------------------------------------------------ defensive reads

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const boom = (): never => {
  throw new Error('hostile');
};

describe('objects passed in are read defensively', () => {
  it('throwing getters: the field is skipped, never propagated', () => {
    const obj = Object.defineProperties(
      {},
      {
        response: { get: boom, enumerable: true },
        responseCode: { get: boom, enumerable: true },
        command: { get: boom, enumerable: true },
        code: { get: boom, enumerable: true },
        enhancedCode: { get: boom, enumerable: true },
        message: { value: '550 5.1.1 User unknown', enumerable: true },
      },
    );
    const r = classify(obj);
    assertWellFormed(r, obj);
    expect(r.category).toBe('user-unknown');
    const all = Object.defineProperty({}, 'response', { get: boom });
    expect(classify(all).problems[0]?.kind).toBe('invalid-input');
  });

  it('proxies whose every trap throws, and revoked proxies', () => {
    const handler: ProxyHandler<object> = {};
    for (const trap of [
      'get',
      'has',
      'ownKeys',
      'getPrototypeOf',
      'getOwnPropertyDescriptor',
      'set',
      'defineProperty',
      'deleteProperty',
      'apply',
      'construct',
    ] as const) {
      handler[trap] = boom;
    }
    const { proxy: revoked, revoke } = Proxy.revocable({ response: '550 x' }, {});
    revoke();
    for (const input of [
      new Proxy({ response: '550 x' }, handler),
      new Proxy(['550 x'], handler),
      new Proxy(new Uint8Array(4), handler),
      revoked,
    ]) {
      const r = classify(input);
      assertWellFormed(r, input);
      expect(r.problems[0]?.kind).toBe('invalid-input');
      expect(r.malformed).toBe(true);
      assertWellFormedReply(parseReply(input as unknown as string));
    }
  });

  it('`__proto__` keys from JSON.parse are plain data: not read as fields, nothing polluted', () => {
    const input = JSON.parse(
      '{"__proto__": {"response": "550 5.1.1 User unknown", "responseCode": 550}, "constructor": {"prototype": {"polluted": 1}}}',
    ) as object;
    const r = classify(input);
    assertWellFormed(r, input);
    expect(r.code).toBeNull();
    expect(r.problems[0]?.kind).toBe('invalid-input');
    expect(({} as Record<string, unknown>)['response']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

    const own = JSON.parse('{"__proto__": {"x": 1}, "response": "451 4.7.1 Greylisted"}') as object;
    expect(classify(own).category).toBe('greylisted');
  });

  it('fields of the wrong type are ignored', () => {
    const odd = [
      { response: 550, responseCode: '5x0', message: ['550 x'] },
      { response: { toString: boom }, message: { [Symbol.toPrimitive]: boom }, code: { valueOf: boom } },
      { response: null, responseCode: 550n, enhancedCode: 5.1 },
      { response: Symbol('550'), command: Symbol('RCPT'), enhancedCode: ['5.1.1'] },
      Object.assign(Object.create(null) as object, { response: '550 5.1.1 User unknown' }),
      Object.create({ response: '550 inherited' }) as object,
    ];
    for (const input of odd) assertWellFormed(classify(input), input);
    expect(classify(odd[0]).problems[0]?.kind).toBe('invalid-input');
    expect(classify(odd[4]).category).toBe('user-unknown');
  });

  it('parseReply given a non-string that cannot be turned into one reports invalid input', () => {
    for (const input of [Object.create(null) as object, { toString: boom }, new Proxy({}, { get: boom })]) {
      const r = parseReply(input as unknown as string);
      assertWellFormedReply(r);
      expect(r.problems.map((p) => p.kind)).toEqual(['invalid-input']);
    }
  });

  it('lookup reads a basic code only from three ASCII digits (Number() would read 5e2 as 500)', () => {
    for (const code of ['5e2', '2E2', ' 5e2 ', '0x2', '+55', '55.', '５５０']) expect(lookup(code), code).toBeNull();
    expect(lookup(' 550 ')?.code).toBe('550');
  });

  it('formatReply given a spec of the wrong shape throws SmtpReplyError, not TypeError', () => {
    const specs = [
      null,
      'x',
      { code: 550, lines: [null] },
      { code: 550, lines: 5 },
      { code: 550, enhanced: 5, lines: [] },
      { code: Object.create(null) as object, lines: [] },
    ];
    for (const spec of specs) {
      expect(() => formatReply(spec as never), JSON.stringify(spec)).toThrow(SmtpReplyError);
    }
    expect(() => formatReply({ code: 250, lines: 'OK' }, { newline: '\r' as never })).toThrow(SmtpReplyError);
    expect(formatReply({ code: 250, lines: ['a', 'b'] }, { newline: '\n' })).toBe('250-a\n250 b');
  });

  it('never writes to the input or the options (frozen inputs, deep-equal before and after)', () => {
    const locale: Locale = deepFreeze(structuredClone(en) as Locale);
    const options: ClassifyOptions = deepFreeze({ locale, command: 'RCPT TO', maxLength: 10_000, maxLines: 100 });
    const inputs: unknown[] = [
      {
        response: '550-5.1.1 User unknown\r\n550 5.1.1 Check the address',
        responseCode: 550,
        command: 'RCPT TO',
        code: 'EENVELOPE',
      },
      {
        message: 'Greylisted, try again in 300 seconds',
        enhancedCode: '4.7.1',
        responseCode: '451',
        extra: { nested: [1, 2, { deep: true }] },
      },
      ['550-5.1.1 first', '550 5.1.1 second'],
      { response: ['not', 'a', 'string'], responseCode: { code: 550 } },
      'plain string',
    ];
    for (const input of inputs) {
      const before = structuredClone(input);
      const frozen = deepFreeze(structuredClone(input));
      assertWellFormed(classify(frozen, options), frozen, options);
      assertWellFormed(classify(input, options), input, options);
      expect(input).toEqual(before);
      expect(frozen).toEqual(before);
    }
    const bytes = new TextEncoder().encode('550 5.1.1 User unknown \xff');
    const copy = bytes.slice();
    classify(bytes);
    classify(bytes.buffer);
    expect(bytes).toEqual(copy);
    expect(structuredClone(en)).toEqual(locale);
  });
});
