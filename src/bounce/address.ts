/** Email addresses found in text by a character scan (no regex): around each `@`, the characters an address may hold. */

/** An address found in a text, with where it stands. */
export interface FoundAddress {
  readonly address: string;
  readonly start: number;
  readonly end: number;
}

function isLocalChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 46 || // .
    c === 95 || // _
    c === 45 || // -
    c === 43 || // +
    c === 61 || // =
    c === 37 || // %
    c === 33 || // !
    c === 35 || // #
    c === 36 || // $
    c === 38 || // &
    c === 39 || // '
    c === 42 || // *
    c === 47 || // /
    c === 63 || // ?
    c === 94 || // ^
    c === 96 || // `
    c === 123 || // {
    c === 124 || // |
    c === 125 || // }
    c === 126 // ~
  );
}

function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 95;
}

/** Every address in `text` (at most `max`), in order. A domain needs a dot; dots at either end are dropped. */
export function findAddresses(text: string, max = 1000): FoundAddress[] {
  const out: FoundAddress[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0 && out.length < max; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > from && isLocalChar(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && isDomainChar(text.charCodeAt(e))) e++;
    while (s < at && text.charCodeAt(s) === 46) s++;
    while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
    const domain = text.slice(at + 1, e);
    if (s === at || !domain.includes('.') || domain.startsWith('.')) continue;
    out.push({ address: text.slice(s, e), start: s, end: e });
    from = e;
  }
  return out;
}
