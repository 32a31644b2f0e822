/**
 * Freezes a locale object and everything in it, so that no consumer can change the texts that
 * every other consumer of the same module reads (English is the fallback of every locale).
 */
export function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) frozen(v);
    Object.freeze(value);
  }
  return value;
}
