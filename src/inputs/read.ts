/**
 * Defensive reads for objects we did not make (errors thrown by mail clients, parsed JSON): a
 * throwing getter, a revoked proxy or a field of the wrong type yields `undefined`/`null`, never
 * an exception, and nothing is written to the object.
 */

let decoder: { decode(input: Uint8Array): string } | undefined;

/** Bytes decoded as UTF-8, invalid sequences replaced (U+FFFD). */
export function decodeUtf8(bytes: Uint8Array): string {
  decoder ??= new TextDecoder('utf-8', { fatal: false });
  return decoder.decode(bytes);
}

/** One property, or `undefined` when reading it throws (a getter, a proxy trap) or there is no object. */
export function readProp(obj: unknown, key: string): unknown {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return undefined;
  try {
    return (obj as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** A string, or bytes decoded as UTF-8; `null` for anything else or for white space only. */
export function readText(value: unknown): string | null {
  let s: string | null = null;
  if (typeof value === 'string') s = value;
  else {
    try {
      if (value instanceof Uint8Array) s = decodeUtf8(value);
    } catch {
      return null;
    }
  }
  return s !== null && s.trim() !== '' ? s : null;
}

/** The items of an array (or array-like proxy), skipping any that cannot be read; `[]` for a non-array. */
export function readArray(value: unknown, max: number): unknown[] {
  const out: unknown[] = [];
  try {
    if (!Array.isArray(value)) return out;
    const n = Math.min(value.length, max);
    for (let i = 0; i < n; i++) {
      try {
        out.push(value[i]);
      } catch {
        // an item behind a throwing getter: skip it, keep the rest
      }
    }
  } catch {
    // a revoked proxy: Array.isArray itself throws
  }
  return out;
}
