import fc from 'fast-check';
import { PROBLEM_KINDS as ALL_PROBLEM_KINDS } from './helpers/well-formed.js';
import { describe, expect, it } from 'vitest';
import { parseReply } from '../src/reply/parse.js';
import { formatReply } from '../src/reply/format.js';
import { classify } from '../src/classify/classify.js';
import { RULES } from '../src/classify/rules.js';
import { CATEGORIES } from '../src/classify/categories.js';
import type { ParsedReply, ProblemKind } from '../src/types.js';

const RUNS = { numRuns: 500 } as const;

const PROBLEM_KINDS: ReadonlySet<ProblemKind> = new Set<ProblemKind>(ALL_PROBLEM_KINDS);
const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
const ENHANCED_SYNTAX = /^[245]\.\d{1,3}\.\d{1,3}$/;
const CLASS_OF_DIGIT = { 2: 'success', 3: 'intermediate', 4: 'transient', 5: 'permanent' } as const;

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** A reply code RFC 5321 §4.2 allows: first digit 2–5, second 0–5, third 0–9. */
const replyCode = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 9 }))
  .map(([a, b, c]) => a * 100 + b * 10 + c);

/** An enhanced code of the given class (RFC 3463 §2: subject and detail 0–999 without leading zeros). */
const enhancedOfClass = (cls: number) =>
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 })).map(([s, d]) => `${cls}.${s}.${d}`);

/**
 * Anything that could be read as an enhanced code: `5.1`, `#4.2.2` … At the start of a line it would
 * be taken as that line's code; anywhere else in a reply without one it is picked up as
 * `enhanced-in-text`. Either way the round trip could not give back `enhanced: null`, so line texts
 * hold none at all.
 */
const LOOKS_ENHANCED = /[245]\.\d/;

/** Printable US-ASCII (RFC 5321 textstring without HT), no leading or trailing space (the parser trims). */
const lineText = fc
  .string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 })
  .filter((t) => t === t.trim() && !LOOKS_ENHANCED.test(t));

/**
 * Text of a one-line reply. A reply that is one line is also read as a possibly flattened log line
 * (`550-5.1.1 a 550 5.1.1 b`, `450 … 503 5.0.0 …`): there, ` NNN-x`, ` NNN X…` and ` NNN 5.x.x` mid-text
 * start another line or another reply. A real multi-line reply is read by its line breaks only, so
 * this restriction applies to single-line replies alone.
 */
const CODE_LIKE = / [2-5][0-5]\d[- ]/;
const singleLineText = lineText.filter((t) => !CODE_LIKE.test(t));

interface Spec {
  readonly code: number;
  readonly enhanced: string | null;
  readonly lines: readonly string[];
}

/**
 * A reply as formatReply takes it: code, optional enhanced code of the same class, 1–20 lines.
 * 3xx replies get no enhanced code: RFC 2034 §4 excludes them and RFC 3463 §2 has no class 3.
 */
const spec: fc.Arbitrary<Spec> = replyCode.chain((code) => {
  const cls = Math.floor(code / 100);
  const enhanced = cls === 3 ? fc.constant(null) : fc.option(enhancedOfClass(cls), { nil: null });
  return fc
    .tuple(enhanced, fc.oneof(fc.tuple(singleLineText), fc.array(lineText, { minLength: 2, maxLength: 20 })))
    .map(([enh, lines]): Spec => ({ code, enhanced: enh, lines }));
});

const multiLineSpec = spec.filter((s) => s.lines.length >= 2);

/** Text made of the characters that matter to the parser, to reach its corners. */
const replyish = fc.string({
  unit: fc.constantFrom(
    '0',
    '1',
    '2',
    '3',
    '4',
    '5',
    '6',
    '9',
    '.',
    '-',
    ' ',
    '\t',
    '#',
    ':',
    '\r',
    '\n',
    '\r\n',
    'a',
    'X',
    '(',
    ')',
    '550',
    '250-',
    '421 ',
    '5.1.1',
    '4.7.1 ',
    'smtp; ',
    ' 503 ',
    '\u00e9',
    '\ud83d\ude00',
    '\u0000',
  ),
  maxLength: 60,
});

/** Lines without line breaks, to be joined with CRLF or LF. */
const replyishLine = fc.string({
  unit: fc.constantFrom(
    '0',
    '2',
    '4',
    '5',
    '.',
    '-',
    ' ',
    '\t',
    '#',
    ':',
    'a',
    'X',
    '550',
    '250-',
    '421 ',
    '5.1.1',
    ' 503 ',
  ),
  maxLength: 20,
});

// ---------------------------------------------------------------------------------------------

/** White space as the parser counts it (ASCII only: SP, HT, CR, LF, VT, FF). */
const PARSER_BLANK = /^[ \t\r\n\v\f]*$/;

function expectWellFormed(r: ParsedReply, input: string, maxLength = Number.POSITIVE_INFINITY): void {
  expect(Array.isArray(r.problems)).toBe(true);
  expect(Array.isArray(r.lines)).toBe(true);
  expect(r.code === null || (Number.isInteger(r.code) && r.code >= 0 && r.code <= 999)).toBe(true);
  expect(r.enhanced === null || ENHANCED_SYNTAX.test(r.enhanced)).toBe(true);
  expect(typeof r.text).toBe('string');
  expect(typeof r.prefix).toBe('string');
  expect(typeof r.suffix).toBe('string');
  for (const p of r.problems) {
    expect(PROBLEM_KINDS.has(p.kind)).toBe(true);
    expect(typeof p.message).toBe('string');
    if (p.offset !== undefined) expect(p.offset >= 0 && p.offset <= input.length).toBe(true);
    if (p.line !== undefined) expect(p.line >= 0).toBe(true);
  }
  for (const l of r.lines) {
    expect(['-', ' ', '']).toContain(l.separator);
    expect(l.code === null || (Number.isInteger(l.code) && l.code >= 0 && l.code <= 999)).toBe(true);
    expect(l.enhanced === null || ENHANCED_SYNTAX.test(l.enhanced)).toBe(true);
    expect(typeof l.text).toBe('string');
  }
  const kinds = r.problems.map((p) => p.kind);
  if (PARSER_BLANK.test(input.slice(0, maxLength))) {
    expect(kinds.filter((k) => k !== 'truncated')).toEqual(['empty']);
    expect(r.lines).toEqual([]);
  } else {
    expect(kinds).not.toContain('empty');
  }
  if (r.code === null) {
    // No basic code: every line is a line without code, and the input was blank or said so.
    for (const l of r.lines) expect(l.code).toBeNull();
    expect(kinds.includes('no-code') || kinds.includes('empty')).toBe(true);
  } else {
    // The reply's code is the code of its last line.
    expect(r.lines.length).toBeGreaterThan(0);
    expect(r.lines[r.lines.length - 1]!.code).toBe(r.code);
    expect(kinds).not.toContain('no-code');
    // An enhanced code at the start of a line must be of the basic code's class, or it is flagged.
    // (A code found only inside the text is not held to this here.)
    const fromLine = r.lines.some((l) => l.enhanced !== null);
    if (fromLine && r.enhanced !== null && Number(r.enhanced[0]) !== Math.floor(r.code / 100)) {
      expect(kinds).toContain('enhanced-class-mismatch');
    }
  }
}

/** A result with offsets left out and line ends made alike, for comparing CRLF and LF inputs. */
function comparable(r: ParsedReply) {
  const lf = (s: string) => s.replace(/\r\n/g, '\n');
  return {
    code: r.code,
    enhanced: r.enhanced,
    lines: r.lines,
    text: r.text,
    prefix: lf(r.prefix),
    suffix: lf(r.suffix),
    problems: r.problems.map((p) => ({ kind: p.kind, line: p.line })),
  };
}

describe('parseReply properties', () => {
  it('(1) round trip: parseReply(formatReply(x)) gives back code, enhanced code and line texts', () => {
    fc.assert(
      fc.property(
        spec,
        fc.constantFrom('\r\n' as const, '\n' as const),
        fc.boolean(),
        (s, newline, trailingNewline) => {
          const r = parseReply(formatReply(s, { newline, trailingNewline }));
          expect(r.code).toBe(s.code);
          expect(r.enhanced).toBe(s.enhanced);
          expect(r.lines.map((l) => l.text)).toEqual(s.lines);
          expect(r.lines.map((l) => l.enhanced)).toEqual(s.lines.map(() => s.enhanced));
          expect(r.text).toBe(s.lines.filter((t) => t !== '').join(' '));
          expect(r.prefix).toBe('');
          expect(r.suffix).toBe('');
          expect(r.problems).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it('(2) never throws, and every result is well formed', () => {
    const bytesDecoded = fc.uint8Array({ maxLength: 80 }).map((b) => new TextDecoder().decode(b));
    const crlfMix = fc
      .array(fc.constantFrom('\r', '\n', '\r\n', ' ', '550', '-', '5.1.1', 'x'), { maxLength: 30 })
      .map((a) => a.join(''));
    const inputs = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'binary-ascii' }),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'grapheme-composite' }),
      bytesDecoded,
      crlfMix,
      replyish,
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const r = parseReply(input);
        expectWellFormed(r, input);
      }),
      { numRuns: 2000 },
    );
  });

  it('(2b) never throws with small limits', () => {
    fc.assert(
      fc.property(
        replyish,
        fc.integer({ min: -2, max: 30 }),
        fc.integer({ min: -2, max: 5 }),
        (input, maxLength, maxLines) => {
          const r = parseReply(input, { maxLength, maxLines });
          expectWellFormed(r, input, maxLength > 0 ? maxLength : undefined);
          expect(r.lines.length).toBeLessThanOrEqual(maxLines > 0 ? maxLines : Number.POSITIVE_INFINITY);
          if (maxLength > 0 && input.length > maxLength) expect(r.problems.map((p) => p.kind)).toContain('truncated');
        },
      ),
      RUNS,
    );
  });

  it('(2c) non-string input does not throw', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = parseReply(v as string);
        expect(Array.isArray(r.problems)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('(3) continuation structure: "-" on every line but the last, " " on the last, one code', () => {
    fc.assert(
      fc.property(multiLineSpec, fc.constantFrom('\r\n' as const, '\n' as const), (s, newline) => {
        const r = parseReply(formatReply(s, { newline }));
        expect(r.lines).toHaveLength(s.lines.length);
        r.lines.forEach((l, n) => {
          expect(l.separator).toBe(n === r.lines.length - 1 ? ' ' : '-');
          expect(l.code).toBe(s.code);
        });
      }),
      RUNS,
    );
  });

  it('(4) a line has an enhanced code exactly when one stands at the start of its text', () => {
    // Each line: an enhanced code at the start, one inside the text, or none.
    const placed = fc.tuple(
      fc.constantFrom('start' as const, 'inside' as const, 'none' as const),
      fc.constantFrom('', '#'),
      lineText.filter((t) => t !== ''),
    );
    fc.assert(
      fc.property(replyCode, fc.array(placed, { minLength: 1, maxLength: 8 }), (code, lines) => {
        const cls = Math.floor(code / 100);
        const enh = `${cls === 3 ? 5 : cls}.1.1`;
        const wire = lines
          .map(([where, hash, text], n) => {
            const sep = n === lines.length - 1 ? ' ' : '-';
            const body =
              where === 'start' ? `${hash}${enh} ${text}` : where === 'inside' ? `${text} (${hash}${enh})` : text;
            return `${code}${sep}${body}`;
          })
          .join('\r\n');
        const r = parseReply(wire);
        expect(r.lines).toHaveLength(lines.length);
        r.lines.forEach((l, n) => {
          const [where] = lines[n]!;
          expect(l.enhanced).toBe(where === 'start' ? enh : null);
        });
        const kinds = r.problems.map((p) => p.kind);
        if (lines.some(([w]) => w === 'start')) {
          expect(r.enhanced).toBe(enh);
          expect(kinds).not.toContain('enhanced-in-text');
        } else if (lines.some(([w]) => w === 'inside') && cls !== 3) {
          // Not at a line start, but still found, and said so.
          expect(r.enhanced).toBe(enh);
          expect(kinds).toContain('enhanced-in-text');
        } else {
          // None given, or one of another class inside the text of a 3xx reply: not this reply's status.
          expect(r.enhanced).toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('(5) CRLF, LF (and CR) versions of a reply give the same result', () => {
    fc.assert(
      fc.property(fc.array(replyishLine, { minLength: 1, maxLength: 8 }), fc.boolean(), (lines, trailing) => {
        const end = trailing ? '\n' : '';
        const lf = parseReply(lines.join('\n') + end);
        const crlf = parseReply(lines.join('\r\n') + (trailing ? '\r\n' : ''));
        expect(comparable(crlf)).toEqual(comparable(lf));
        // Bare CR line ends are read the same way too.
        const cr = comparable(parseReply(lines.join('\r') + (trailing ? '\r' : '')));
        expect({ ...cr, prefix: cr.prefix.replace(/\r/g, '\n'), suffix: cr.suffix.replace(/\r/g, '\n') }).toEqual(
          comparable(lf),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('(5b) CRLF and LF versions of formatted replies are equal, offsets aside', () => {
    fc.assert(
      fc.property(spec, (s) => {
        expect(comparable(parseReply(formatReply(s, { newline: '\r\n' })))).toEqual(
          comparable(parseReply(formatReply(s, { newline: '\n' }))),
        );
      }),
      RUNS,
    );
  });
});

describe('classify properties', () => {
  it('(6) the class always matches the first digit of an allowed reply code', () => {
    fc.assert(
      fc.property(replyCode, fc.string({ maxLength: 60 }), (code, text) => {
        const r = classify(`${code} ${text}`);
        expect(r.code).toBe(code);
        expect(r.class).toBe(CLASS_OF_DIGIT[Math.floor(code / 100) as 2 | 3 | 4 | 5]);
        if (r.class === 'success' || r.class === 'intermediate') expect(r.bounce).toBeNull();
        else expect(r.bounce).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('(6b) the class matches the first digit for formatted replies with enhanced codes', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const r = classify(formatReply(s));
        expect(r.code).toBe(s.code);
        expect(r.enhanced).toBe(s.enhanced);
        expect(r.class).toBe(CLASS_OF_DIGIT[Math.floor(s.code / 100) as 2 | 3 | 4 | 5]);
      }),
      RUNS,
    );
  });

  /**
   * Objects that fight back: throwing getters, proxies, null prototypes, odd primitives. Hostile
   * values are built inside the property from a plain description, so that fast-check itself (which
   * inspects generated values) never touches them.
   */
  const FIELDS = ['response', 'responseCode', 'command', 'code', 'enhancedCode', 'enhancedStatus', 'message'] as const;
  type Hostile =
    | { readonly hostile: 'getters'; readonly keys: readonly string[] }
    | { readonly hostile: 'proxy'; readonly trap: string }
    | { readonly hostile: 'revoked' };
  const hostile: fc.Arbitrary<Hostile> = fc.oneof(
    fc.subarray([...FIELDS], { minLength: 1 }).map((keys): Hostile => ({ hostile: 'getters', keys })),
    fc
      .constantFrom('get', 'has', 'getPrototypeOf', 'ownKeys', 'getOwnPropertyDescriptor')
      .map((trap): Hostile => ({ hostile: 'proxy', trap })),
    fc.constant<Hostile>({ hostile: 'revoked' }),
  );
  function build(h: Hostile): object {
    if (h.hostile === 'getters') {
      const o = {};
      for (const k of h.keys)
        Object.defineProperty(o, k, {
          get() {
            throw new Error(k);
          },
          enumerable: true,
        });
      return o;
    }
    if (h.hostile === 'proxy')
      return new Proxy(
        {},
        {
          [h.trap]: () => {
            throw new Error(h.trap);
          },
        },
      );
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  }
  const errorLike = fc.record(
    {
      response: fc.oneof(fc.string(), fc.anything()),
      responseCode: fc.oneof(fc.integer(), fc.string(), fc.anything()),
      command: fc.oneof(fc.string(), fc.anything()),
      code: fc.oneof(fc.integer(), fc.string()),
      enhancedCode: fc.oneof(fc.string(), fc.anything()),
      message: fc.oneof(fc.string(), fc.anything()),
    },
    { requiredKeys: [] },
  );
  const plainInput = fc.oneof(
    fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withTypedArray: true,
      withSparseArray: true,
      withMap: true,
      withSet: true,
      withDate: true,
    }),
    fc.string({ unit: 'binary' }),
    fc.array(fc.string(), { maxLength: 5 }),
    fc.uint8Array({ maxLength: 60 }),
    fc.double(),
    errorLike,
    fc.constant(Symbol('x')),
    fc.constant(Object.create(null) as object),
    fc.constant(() => '550 5.1.1 x'),
  );
  const anyInput = fc.oneof(
    plainInput.map((value) => ({ value })),
    hostile.map((h) => ({ build: h })),
  );

  it('(6c) never throws for any input, and the result is always well formed', () => {
    fc.assert(
      fc.property(anyInput, (generated) => {
        const input = 'build' in generated ? build(generated.build) : generated.value;
        const r = classify(input);
        expect(['success', 'intermediate', 'transient', 'permanent', 'unknown']).toContain(r.class);
        expect(CATEGORIES).toContain(r.category);
        expect(RULE_IDS.has(r.rule)).toBe(true);
        expect(typeof r.retryable).toBe('boolean');
        expect(typeof r.malformed).toBe('boolean');
        expect([null, 'hard', 'soft']).toContain(r.bounce);
        expect(r.retryAfter === null || (Number.isFinite(r.retryAfter) && r.retryAfter > 0)).toBe(true);
        expect(Array.isArray(r.problems)).toBe(true);
        if (r.code !== null && r.code >= 200 && r.code <= 559 && Math.floor(r.code / 10) % 10 <= 5) {
          expect(r.class).toBe(CLASS_OF_DIGIT[Math.floor(r.code / 100) as 2 | 3 | 4 | 5]);
        }
        if (r.problems.some((p) => p.kind === 'invalid-input')) {
          expect(r.class).toBe('unknown');
          expect(r.bounce).toBeNull();
          expect(r.malformed).toBe(true);
        }
        if (r.class === 'success' || r.class === 'intermediate') expect(r.bounce).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});
