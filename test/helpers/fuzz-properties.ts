/**
 * The fuzz properties, shared by `npm run fuzz` (scripts/fuzz.ts, ≥ 10^6 inputs) and the small
 * slice in test/fuzz.test.ts. Each property says: whatever the input, the public functions do
 * not throw (formatReply throws only SmtpReplyError) and return a well-formed result.
 *
 * Inputs are built to reach the parser's corners rather than only random noise: reply-shaped
 * token soup (codes in and out of range, `-`/space/`:` separators, enhanced-like numbers such as
 * `9.999.999` or `5.5.5.5.5`, phrases of the classifier and their near misses, every kind of line
 * break), invalid UTF-8 bytes, lone surrogates, NUL, very long lines, many continuation lines,
 * and objects with odd fields, throwing getters and throwing proxies.
 */
import fc from 'fast-check';
import { classify, formatReply, lookup, parseReply, SmtpReplyError } from '../../src/index.js';
import type { ClassifyOptions, Locale, ParseOptions, ReplySpec } from '../../src/index.js';
import { PHRASES } from '../../src/classify/signals.js';
import { en } from '../../src/locales/en/index.js';
import { de } from '../../src/locales/de/index.js';
import { ja } from '../../src/locales/ja/index.js';
import { assertWellFormed, assertWellFormedLookup, assertWellFormedReply, isEnhancedCode } from './well-formed.js';

const ALL_PHRASES: readonly string[] = PHRASES.flat();

// ------------------------------------------------------------------------------------ strings

const digit = fc.integer({ min: 0, max: 9 }).map(String);

/** Three-digit codes, mostly plausible, some out of range; plus codes of the wrong length. */
const code = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '250',
      '354',
      '421',
      '450',
      '451',
      '452',
      '550',
      '551',
      '552',
      '553',
      '554',
      '535',
      '530',
    ),
  },
  { weight: 3, arbitrary: fc.tuple(digit, digit, digit).map((d) => d.join('')) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '000',
      '099',
      '199',
      '600',
      '999',
      '260',
      '559',
      '560',
      '1000',
      '55',
      '5',
      '-550',
      '0550',
    ),
  },
);

/** Enhanced-code-like numbers: valid ones, too many parts, too many digits, wrong classes. */
const enhancedLike = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('5.1.1', '4.7.1', '2.0.0', '5.7.26', '4.2.2', '5.2.2', '5.7.708', '4.4.7', '5.1.10'),
  },
  {
    weight: 3,
    arbitrary: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 7 }).map((a) => a.join('.')),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '9.999.999',
      '5.5.5.5.5',
      '5.',
      '5..1',
      '.5.1',
      '5.1.',
      '5.1.1.',
      '5.0001.1',
      '#5.1.1',
      '5.1.1a',
      'X.1.1',
    ),
  },
);

const lineBreak = fc.constantFrom('\r\n', '\n', '\r', '\n\r', '\r\r\n', '\r\n\r\n');
const blank = fc.constantFrom(' ', '  ', '\t', ' \t ', '\f', '\v', '\u00a0', '\u2028', '\u3000');
const separator = fc.constantFrom('-', ' ', ':', '', '\t', '- ', ' -');
const oddChar = fc.constantFrom(
  '\0',
  '\ud800',
  '\udfff',
  '\ufffd',
  '\ufeff',
  '\u202e',
  '\u0085',
  '\u{1f4e7}',
  'é',
  'ß',
  '…',
  '#',
  '.',
  ';',
  '=',
  '/',
  '[',
  ']',
);
const phrase = fc.constantFrom(...ALL_PHRASES);
/** A phrase cut short, with a letter changed, or in odd case: almost but not quite evidence. */
const nearPhrase = fc.tuple(phrase, fc.nat(), fc.constantFrom('cut', 'swap', 'upper', 'glue')).map(([p, n, how]) => {
  if (how === 'cut') return p.slice(0, Math.max(1, p.length - 1 - (n % 3)));
  if (how === 'swap') {
    const i = n % p.length;
    return p.slice(0, i) + (p[i] === 'x' ? 'y' : 'x') + p.slice(i + 1);
  }
  if (how === 'upper') return p.toUpperCase();
  return p.replace(/ /g, '');
});
const word = fc.constantFrom(
  'User',
  'unknown',
  'mailbox',
  'try',
  'again',
  'in',
  'seconds',
  'minutes',
  'hours',
  'later',
  'Greylisted',
  'said:',
  'host',
  'mx.example.com[192.0.2.1]',
  'smtp;',
  '(in',
  'reply',
  'to',
  'RCPT',
  'TO',
  'command)',
  'DATA',
  '<a@b.example>',
  'rate',
  'limit',
);
const number = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.constantFrom('300', '0', '00000000000', '1.5', '1e9', '-5', '9999999999999999'),
);

/** One token of reply-shaped text. */
const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: code },
  { weight: 3, arbitrary: separator },
  { weight: 3, arbitrary: enhancedLike },
  { weight: 3, arbitrary: lineBreak },
  { weight: 3, arbitrary: blank },
  { weight: 3, arbitrary: phrase },
  { weight: 2, arbitrary: nearPhrase },
  { weight: 3, arbitrary: word },
  { weight: 2, arbitrary: number },
  { weight: 2, arbitrary: oddChar },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

/** Reply-shaped token soup: the main diet. */
export const replyish: fc.Arbitrary<string> = fc.array(token, { maxLength: 40 }).map((t) => t.join(''));

/** Reply lines (`NNN-…` … `NNN …`) with mutations, closer to real replies than the soup. */
export const replyLines: fc.Arbitrary<string> = fc
  .tuple(
    code,
    fc.array(fc.tuple(separator, fc.option(enhancedLike), replyish), { minLength: 1, maxLength: 8 }),
    lineBreak,
    fc.boolean(),
  )
  .map(([c, lines, nl, flat]) =>
    lines
      .map(
        ([sep, enh, text], i) =>
          `${c}${i === lines.length - 1 ? sep.replace('-', ' ') : sep}${enh ? `${enh} ` : ''}${text}`,
      )
      .join(flat ? ' ' : nl),
  );

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: replyish },
  { weight: 3, arbitrary: replyLines },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 60 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(replyish, fc.string({ unit: codeUnit, maxLength: 10 }), replyLines).map((p) => p.join('')),
  },
);

/** Very long lines, many continuation lines, long runs of digits and dots: cheap to build, big to parse. */
export const bigString: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(anyString, fc.integer({ min: 100, max: 20_000 }))
    .map(([s, n]) => (s || 'x').repeat(Math.ceil(n / Math.max(1, s.length)) * 10)),
  fc
    .tuple(code, token, fc.integer({ min: 100, max: 30_000 }), lineBreak, fc.boolean())
    .map(([c, text, n, nl, ended]) => `${`${c}-${text}${nl}`.repeat(n)}${ended ? `${c} end` : ''}`),
  fc
    .tuple(
      fc.constantFrom('5.', '9.999.', '1', '5.5.5.', '550 ', '5.1.1', '#', '0.'),
      fc.integer({ min: 1_000, max: 200_000 }),
    )
    .map(([unit, n]) => unit.repeat(n)),
  fc.tuple(code, fc.integer({ min: 100, max: 20_000 })).map(([c, n]) => `${c} ${'550-5.1.1 '.repeat(n)}`),
);

// ------------------------------------------------------------------------------------ bytes

/** Invalid UTF-8: stray continuation bytes, overlong forms, truncated sequences, surrogates, 0xFF. */
const badUtf8 = fc.constantFrom(
  [0x80],
  [0xbf],
  [0xc0, 0x80],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0x80],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xfe],
  [0xff],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x93],
  [0xef, 0xbb, 0xbf],
  [0x00],
);

export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc
    .array(
      fc.oneof(
        anyString.map((s) => [...new TextEncoder().encode(s)]),
        badUtf8,
      ),
      { maxLength: 8 },
    )
    .map((parts) => Uint8Array.from(parts.flat())),
);

// ------------------------------------------------------------------------------------ objects

const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  anyString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    550,
    '550',
    ' 550 ',
    450.5,
    -550,
    5500,
    NaN,
    Infinity,
    -0,
    0n,
    550n,
    null,
    undefined,
    true,
    [],
    {},
    ['550'],
    Symbol('x'),
  ),
  fc.anything({
    maxDepth: 2,
    withBoxedValues: true,
    withNullPrototype: true,
    withBigInt: true,
    withTypedArray: true,
    withSparseArray: true,
  }),
);

/** Error-like objects as clients throw them, with any field odd or missing. */
const errorLike = fc.record(
  {
    response: oddValue,
    responseCode: oddValue,
    code: oddValue,
    command: oddValue,
    enhancedCode: oddValue,
    enhancedStatus: oddValue,
    message: oddValue,
    name: oddValue,
  },
  { requiredKeys: [] },
);

/**
 * Objects that fight back when read: throwing getters and traps, revoked proxies, JSON `__proto__`.
 * fast-check itself inspects generated values (to clone and print them), so the arbitrary yields
 * a recipe and the property builds the object: see {@link build}.
 */
export class Hostile {
  constructor(
    readonly kind: string,
    readonly text: string,
  ) {}

  build(): unknown {
    const { text } = this;
    const boom = (): never => {
      throw new Error('hostile');
    };
    switch (this.kind) {
      case 'getter':
        return Object.defineProperties(
          {},
          { response: { get: boom, enumerable: true }, message: { value: text, enumerable: true } },
        );
      case 'proxy':
        return new Proxy(
          { response: text },
          {
            get: boom,
            has: boom,
            ownKeys: boom,
            getPrototypeOf: boom,
            getOwnPropertyDescriptor: boom,
            set: boom,
            defineProperty: boom,
          },
        );
      case 'revoked': {
        const { proxy, revoke } = Proxy.revocable({ response: text }, {});
        revoke();
        return proxy;
      }
      case 'proto':
        return JSON.parse(
          `{"__proto__": {"response": ${JSON.stringify(text)}}, "responseCode": "550", "constructor": {"prototype": {"polluted": true}}}`,
        );
      case 'toPrimitive':
        return {
          response: { [Symbol.toPrimitive]: boom, toString: boom },
          message: { toString: boom },
          code: { valueOf: boom },
        };
      case 'nullProto':
        return Object.assign(Object.create(null) as object, { response: text });
      case 'arrayProxy':
        return new Proxy([text], { get: boom });
      default: {
        // A getter that answers differently each time it is read.
        let n = 0;
        return Object.defineProperty({}, 'response', { get: () => (n++ % 2 ? text : 42), enumerable: true });
      }
    }
  }

  [fc.toStringMethod](): string {
    return `new Hostile(${JSON.stringify(this.kind)}, ${fc.stringify(this.text)}).build()`;
  }
}

const hostile: fc.Arbitrary<Hostile> = fc
  .tuple(
    fc.constantFrom('getter', 'proxy', 'revoked', 'proto', 'toPrimitive', 'nullProto', 'arrayProxy', 'changing'),
    anyString,
  )
  .map(([kind, text]) => new Hostile(kind, text));

/** The value to hand to the library: hostile recipes are built here, at the last moment. */
export function materialize(v: unknown): unknown {
  return v instanceof Hostile ? v.build() : v;
}

/** Anything classify() might be handed. */
export const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: anyString },
  { weight: 2, arbitrary: anyBytes },
  { weight: 1, arbitrary: anyBytes.map((b) => b.buffer) },
  { weight: 1, arbitrary: anyBytes.map((b) => new DataView(b.buffer)) },
  { weight: 2, arbitrary: fc.array(anyString, { maxLength: 6 }) },
  { weight: 1, arbitrary: fc.array(oddValue, { maxLength: 4 }) },
  { weight: 3, arbitrary: errorLike },
  { weight: 2, arbitrary: hostile },
  { weight: 1, arbitrary: oddValue },
);

/** Options of the documented types, with edge values (0, negative, NaN, huge caps). */
const limit = fc.oneof(
  fc.integer({ min: -5, max: 200 }),
  fc.constantFrom(0, 1, 3, 0.5, NaN, Infinity, -Infinity, 2 ** 31, 1e300),
);
const locale = fc.constantFrom<Locale>(en, de, ja);
export const parseOptions: fc.Arbitrary<ParseOptions | undefined> = fc.option(
  fc.record({ maxLength: limit, maxLines: limit }, { requiredKeys: [] }),
  { nil: undefined },
);
// Commands are any strings here, not only the typed spellings: classify() reads anything at run time.
export const classifyOptions: fc.Arbitrary<ClassifyOptions | undefined> = fc.option(
  fc.record(
    {
      maxLength: limit,
      maxLines: limit,
      locale,
      command: fc.oneof(word, fc.string(), fc.constantFrom('RCPT TO', 'CONN', 'data', '')),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<ClassifyOptions>,
  { nil: undefined },
);

// ------------------------------------------------------------------------------------ checks

function checkClassify(recipe: unknown, options: ClassifyOptions | undefined): void {
  const input = materialize(recipe);
  const r = classify(input, options);
  assertWellFormed(r, input, options);
  // The result can be logged as JSON (the CLI does): no cycles, no bigints.
  JSON.stringify(r);
}

function checkParse(input: string, options: ParseOptions | undefined): void {
  assertWellFormedReply(parseReply(input, options), input, options);
}

function checkLookup(input: unknown): void {
  const r = lookup(input as string);
  assertWellFormedLookup(r);
  if (r !== null) {
    const given = typeof input === 'number' ? String(input) : String(input).trim();
    if (r.code !== given) throw new Error(`lookup(${JSON.stringify(given)}) normalised the code to ${r.code}`);
  }
}

/** Short strings that JavaScript's Number() would read as a number although they are no code: `5e2`, `0x1`. */
const numberLike = fc.oneof(
  fc.string({
    unit: fc.constantFrom('0', '1', '2', '5', '9', 'e', 'E', 'x', 'b', '.', '+', '-', ' ', '_', 'n', '٥'),
    minLength: 1,
    maxLength: 7,
  }),
  fc
    .tuple(
      fc.constantFrom('2', '5', '0', '+', '-', '.', ' '),
      fc.constantFrom('e', 'E', 'x', 'b', 'o', '0', '5', '.', '_'),
      fc.constantFrom('0', '1', '2', '5'),
    )
    .map((c) => c.join('')),
);

/** A text made of letters, punctuation and single spaces: nothing the parser could read as a code. */
const plainText = fc
  .array(fc.constantFrom('a', 'B', 'z', ',', '!', '(', ')', "'", 'é', '日'), { maxLength: 12 })
  .chain((first) =>
    fc
      .array(fc.constantFrom('a', 'B', 'z', ',', '!', '(', ')', "'", 'é', '日', ' '), { maxLength: 20 })
      .map((rest) => `${first.join('')}${rest.join('')}`.trim().replace(/ {2,}/g, ' ')),
  );

function checkFormat(spec: unknown, options: unknown): void {
  try {
    formatReply(spec as ReplySpec, options as undefined);
  } catch (e) {
    if (!(e instanceof SmtpReplyError)) throw e;
  }
}

/** One fuzz property with its share of the run budget. */
export interface FuzzProperty {
  readonly name: string;
  /** Fraction of the total run budget. */
  readonly share: number;
  readonly property: fc.IProperty<never>;
}

type AnyProperty = fc.IProperty<never>;
const asAny = <T extends [unknown, ...unknown[]]>(p: fc.IPropertyWithHooks<T>): AnyProperty =>
  p as unknown as AnyProperty;

/** The properties, in the order they run. Shares add up to 1. */
export const FUZZ_PROPERTIES: readonly FuzzProperty[] = [
  {
    name: 'classify: any input, any options → well formed, never throws',
    share: 0.3,
    property: asAny(fc.property(anyInput, classifyOptions, checkClassify)),
  },
  {
    name: 'classify: reply-shaped strings → well formed',
    share: 0.2,
    property: asAny(fc.property(anyString, (s) => checkClassify(s, undefined))),
  },
  {
    name: 'parseReply: any string, any caps → well formed',
    share: 0.2,
    property: asAny(fc.property(anyString, parseOptions, checkParse)),
  },
  {
    name: 'parseReply: not a string → never throws',
    share: 0.02,
    property: asAny(
      fc.property(fc.oneof(oddValue, hostile), (v) => {
        assertWellFormedReply(parseReply(materialize(v) as string));
      }),
    ),
  },
  {
    name: 'classify / parseReply: bytes with invalid UTF-8 → well formed',
    share: 0.08,
    property: asAny(
      fc.property(anyBytes, classifyOptions, (b, o) => {
        checkClassify(b, o);
        checkParse(new TextDecoder().decode(b), undefined);
      }),
    ),
  },
  {
    name: 'lookup: any code-like value → null or a well-formed, frozen entry',
    share: 0.1,
    property: asAny(
      fc.property(
        fc.oneof(
          enhancedLike,
          code,
          anyString,
          fc.integer({ min: -10, max: 1200 }),
          oddValue,
          numberLike,
          fc.tuple(blank, fc.oneof(enhancedLike, code), blank).map((p) => p.join('')),
        ),
        checkLookup,
      ),
    ),
  },
  {
    name: 'formatReply: only SmtpReplyError, and parseReply reads back what it wrote',
    share: 0.09,
    property: asAny(
      fc.property(
        fc.oneof(fc.integer({ min: 150, max: 650 }), fc.constantFrom(NaN, Infinity, 550.5, -550)),
        fc.option(fc.oneof(enhancedLike, fc.constantFrom('5.1.1', '4.4.7', '2.0.0'))),
        fc.oneof(plainText, fc.array(plainText, { maxLength: 5 })),
        fc.option(
          fc.record({ newline: fc.constantFrom('\r\n' as const, '\n' as const), trailingNewline: fc.boolean() }),
          { nil: undefined },
        ),
        (c, enhanced, lines, options) => {
          let out: string;
          try {
            out = formatReply({ code: c, enhanced, lines }, options);
          } catch (e) {
            if (e instanceof SmtpReplyError) return;
            throw e;
          }
          const texts = typeof lines === 'string' ? [lines] : lines;
          const back = parseReply(out);
          assertWellFormedReply(back, out);
          if (back.code !== c)
            throw new Error(
              `formatReply → parseReply changed the code: ${c} → ${String(back.code)} in ${JSON.stringify(out)}`,
            );
          if (texts.length > 0 && back.enhanced !== (enhanced ?? null)) {
            throw new Error(
              `formatReply → parseReply changed the enhanced code: ${String(enhanced)} → ${String(back.enhanced)} in ${JSON.stringify(out)}`,
            );
          }
          if (texts.length > 0 && JSON.stringify(back.lines.map((l) => l.text)) !== JSON.stringify(texts)) {
            throw new Error(
              `formatReply → parseReply changed the lines: ${JSON.stringify(texts)} → ${JSON.stringify(back.lines.map((l) => l.text))}`,
            );
          }
          if (back.problems.length > 0)
            throw new Error(
              `formatReply wrote a reply with problems: ${JSON.stringify(back.problems)} in ${JSON.stringify(out)}`,
            );
          if (enhanced !== null && !isEnhancedCode(enhanced))
            throw new Error(`formatReply accepted ${JSON.stringify(enhanced)}`);
        },
      ),
    ),
  },
  {
    name: 'formatReply: any spec at all → only SmtpReplyError',
    share: 0.005,
    property: asAny(
      fc.property(
        fc.oneof(
          fc.record(
            { code: oddValue, enhanced: oddValue, lines: fc.oneof(oddValue, fc.array(oddValue, { maxLength: 3 })) },
            { requiredKeys: [] },
          ),
          oddValue,
        ),
        fc.option(fc.record({ newline: oddValue, trailingNewline: oddValue }, { requiredKeys: [] })),
        checkFormat,
      ),
    ),
  },
  {
    name: 'classify / parseReply: huge inputs (long lines, many lines, digits and dots)',
    share: 0.005,
    property: asAny(
      fc.property(bigString, parseOptions, (s, o) => {
        checkParse(s, o);
        checkClassify(s, o);
      }),
    ),
  },
];
