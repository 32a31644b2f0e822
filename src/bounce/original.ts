/** The facts of the returned message (Message-ID, From, To, Subject) from its quoted header block. */
import type { Email } from 'postal-mime';
import type { OriginalMessage } from './types.js';
import { readHeaderBlock } from './mime.js';

/** No facts. */
export const NO_ORIGINAL: OriginalMessage = { messageId: null, from: null, to: [], subject: null };

/** Reads the header block at the start of `text` (a returned message, or its headers only). */
export async function readOriginal(text: string): Promise<{ original: OriginalMessage; email: Email | null }> {
  // Skip what stands before the first header line (a marker line, blank lines).
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const line = text.slice(start, nl < 0 ? text.length : nl);
    const colon = line.indexOf(':');
    if (colon > 0 && !line.slice(0, colon).includes(' ') && line.charCodeAt(0) > 32) break;
    if (nl < 0) return { original: NO_ORIGINAL, email: null };
    start = nl + 1;
  }
  const email = await readHeaderBlock(text.slice(start));
  if (!email || email.headers.length === 0) return { original: NO_ORIGINAL, email: null };
  const to: string[] = [];
  for (const a of email.to ?? []) {
    if (a.address) to.push(a.address);
    else for (const m of a.group ?? []) to.push(m.address);
  }
  let messageId = email.messageId?.trim() ?? null;
  if (messageId?.startsWith('<') && messageId.endsWith('>')) messageId = messageId.slice(1, -1);
  return {
    original: {
      messageId: messageId || null,
      from: email.from?.address || null,
      to,
      subject: email.subject ?? null,
    },
    email,
  };
}
