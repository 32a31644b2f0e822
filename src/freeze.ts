/**
 * Freezes an object and everything in it. The library's tables (catalogue entries, locales) are
 * shared by every caller in a process: frozen, no consumer can change what another one reads.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
