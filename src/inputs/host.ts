/** A host as MTAs log it: a name, an address in brackets, or both, maybe with a port. */
export interface HostAddress {
  /** Host name without a trailing dot; `null` when only an address was logged. */
  readonly host: string | null;
  /** What stood in brackets: usually an IP address (Postfix may log `private/dovecot-lmtp`). */
  readonly ip: string | null;
}

/**
 * Reads `mx.example.com[192.0.2.1]:25` (Postfix), `mx.example.com [192.0.2.1]` (Exim),
 * `mx.example.com. [192.0.2.1]` (Sendmail), `[192.0.2.1]` or `mx.example.com`.
 */
export function splitHost(value: string): HostAddress {
  const s = value.trim();
  const open = s.indexOf('[');
  if (open < 0) return { host: hostName(stripPort(s)), ip: null };
  const close = s.indexOf(']', open + 1);
  const ip = (close < 0 ? s.slice(open + 1) : s.slice(open + 1, close)).trim() || null;
  return { host: hostName(s.slice(0, open)), ip };
}

function stripPort(s: string): string {
  const colon = s.lastIndexOf(':');
  if (colon < 0 || s.indexOf(':') !== colon) return s; // none, or an IPv6 address
  for (let i = colon + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return s;
  }
  return s.slice(0, colon);
}

function hostName(s: string): string | null {
  let t = s.trim();
  if (t.endsWith('.')) t = t.slice(0, -1);
  return t === '' ? null : t;
}
