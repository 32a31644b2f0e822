import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_LENGTH, DEFAULT_MAX_LINES, parseReply, scanReply, singleLine } from '../src/reply/parse.js';
import { REAL_REPLIES } from './fixtures/real-replies.js';

/*
 * parseReply() reads the most common reply (one clean line) with a fast path, singleLine(), and
 * everything else with the general scanner. Where the fast path answers, its result must be the
 * scanner's, field for field; where it declines, parseReply() must be the scanner's result.
 */

const general = (s: string, maxLength = DEFAULT_MAX_LENGTH) => scanReply(s, maxLength, DEFAULT_MAX_LINES);

function agree(s: string, maxLength = DEFAULT_MAX_LENGTH): boolean {
  const fast = singleLine(s, maxLength);
  if (fast !== null) expect(fast, JSON.stringify(s)).toStrictEqual(general(s, maxLength));
  expect(parseReply(s, { maxLength }), JSON.stringify(s)).toStrictEqual(general(s, maxLength));
  // No line may be read (maxLines below 1): the fast path must not answer.
  expect(parseReply(s, { maxLength, maxLines: 0.5 }), JSON.stringify(s)).toStrictEqual(scanReply(s, maxLength, 0));
  return fast !== null;
}

const corpus: string[] = readFileSync(new URL('./fixtures/corpus/sisimai-dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { diagnosticcode_raw: string }).diagnosticcode_raw);

describe('parseReply fast path (singleLine)', () => {
  it('answers for plain one-line replies, and gives what the scanner gives', () => {
    for (const s of [
      '550 5.1.1 User unknown',
      '250 OK',
      '451 4.7.1 Greylisted, try again in 300 seconds',
      '550 #5.1.1 no such user  ',
      '221 ',
      '550 5.1.1',
    ]) {
      expect(agree(s), s).toBe(true);
    }
  });

  it('declines whatever the scanner must report or read differently', () => {
    for (const s of [
      ' 550 x', // leading space
      '550-5.1.1 a', // continued
      '550 4.1.1 class differs', // enhanced-class-mismatch
      '550 no such user 5.1.1', // enhanced-in-text
      '550 a\r\n',
      '550 a\nb', // line breaks
      '650 out of range',
      '550:x',
      '550\tx',
      '55 x',
      '5500 x',
      '250 OK 550 5.1.1 No such user', // a second reply
      '250 ok 503 Bad sequence', // a second reply, capitalised word
    ]) {
      expect(agree(s), s).toBe(false);
    }
    // Longer than maxLength: truncated, reported by the scanner.
    expect(agree('550 5.1.1 User unknown', 10)).toBe(false);
  });

  it('agrees with the scanner on every corpus and published reply', () => {
    let fast = 0;
    for (const s of [...corpus, ...REAL_REPLIES.map((r) => r.reply)]) if (agree(s)) fast++;
    // The fast path is taken for a real share of them (a path never taken would prove nothing).
    expect(fast).toBeGreaterThan(50);
  });

  it('agrees with the scanner on generated one-line replies', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        ' ',
        '  ',
        '\t',
        '.',
        '-',
        ':',
        '#',
        '\r',
        '\n',
        '\r\n',
        'x',
        'User',
        'unknown',
        'é',
        '日本',
        '5.1.1',
        '4.7.1',
        '2.0.0',
        '5.1',
        '5.1.1.1',
        '5.01.1',
        '#5.1.1',
        '55',
        '550',
        '5500',
        '300',
        ' 550 ',
        ' 550-',
        ' 550 5.1.1 ',
        ' 503 Bad',
        ' 451 4.7.1 x',
        ' 250 ok',
        ' 999 X',
        ' 550-5.1.1 a',
        '550 X',
      ),
      fc.string({ maxLength: 4 }),
    );
    const line = fc
      .tuple(
        fc.constantFrom('550', '250', '451', '421', '554', '599', '199', '600', '5x0', '55'),
        fc.constantFrom(' ', ' ', ' ', '-', '', ':', '\t', '  '),
        fc.constantFrom('', '', '5.1.1 ', '4.7.1 ', '2.0.0 ', '#5.1.1 ', '5.1.1', '5.7.26 ', '5.1.1x ', '5.1 '),
        fc.array(piece, { maxLength: 10 }).map((a) => a.join('')),
      )
      .map(([c, sep, e, t]) => c + sep + e + t);
    let fast = 0;
    fc.assert(
      fc.property(line, fc.constantFrom(DEFAULT_MAX_LENGTH, 12, 30), (s, maxLength) => {
        if (agree(s, maxLength)) fast++;
      }),
      { numRuns: 3000 },
    );
    expect(fast).toBeGreaterThan(100);
  });
});
