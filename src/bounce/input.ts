/** Checks on the raw bytes before MIME parsing: is it an email at all, and which charsets can this runtime not decode. */

/** Charset labels looked at, at most. */
const MAX_CHARSETS = 64;

function isFieldChar(c: number): boolean {
  // RFC 5322 allows any printable ASCII but the colon; real header names use letters, digits, `-` and `_`.
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;
}

/**
 * `true` when the bytes begin (after blank lines) with a header field (`Name: value`) or an mbox
 * `From ` line followed by one.
 */
export function looksLikeEmail(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length && (bytes[i] === 10 || bytes[i] === 13 || bytes[i] === 32 || bytes[i] === 9)) i++;
  if (bytes[i] === 70 && bytes[i + 1] === 114 && bytes[i + 2] === 111 && bytes[i + 3] === 109 && bytes[i + 4] === 32) {
    // "From " envelope line of an mbox: look at the next line.
    while (i < bytes.length && bytes[i] !== 10) i++;
    i++;
  }
  const start = i;
  while (i < bytes.length && i - start < 200 && isFieldChar(bytes[i]!)) i++;
  return i > start && bytes[i] === 58;
}

const CHARSET = [99, 104, 97, 114, 115, 101, 116, 61]; // "charset="

/** Charset labels named in the email (`charset=…`) that `TextDecoder` does not know, each once. */
export function unknownCharsets(bytes: Uint8Array): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let looked = 0;
  const n = bytes.length - CHARSET.length;
  for (let i = 0; i < n && looked < MAX_CHARSETS; i++) {
    if ((bytes[i]! | 0x20) !== 99) continue;
    let k = 1;
    while (k < CHARSET.length && (bytes[i + k]! | 0x20) === (CHARSET[k]! | 0x20)) k++;
    if (k < CHARSET.length) continue;
    looked++;
    let s = i + k;
    if (bytes[s] === 34) s++;
    let e = s;
    while (e < bytes.length && e - s < 40 && isLabelChar(bytes[e]!)) e++;
    const label = String.fromCharCode(...bytes.subarray(s, e)).toLowerCase();
    i = e;
    // `charset=3D…` is quoted-printable text quoting a header (a returned message), not a part's charset.
    if (!label || label.startsWith('3d') || seen.has(label)) continue;
    seen.add(label);
    try {
      new TextDecoder(label);
    } catch {
      out.push(label);
    }
  }
  return out;
}

function isLabelChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 45 ||
    c === 95 ||
    c === 46 ||
    c === 58
  );
}
