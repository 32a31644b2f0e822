import { expect } from 'vitest';
import { SmtpReplyError } from '../../src/errors.js';

/**
 * Runs `run` and returns the SmtpReplyError it throws. Fails the test when it throws anything else,
 * or nothing (`call` names the call in that message, e.g. `formatReply({"code":250})`).
 */
export function thrownBy(run: () => unknown, call: string): SmtpReplyError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(SmtpReplyError);
    return e as SmtpReplyError;
  }
  throw new Error(`${call} did not throw`);
}
