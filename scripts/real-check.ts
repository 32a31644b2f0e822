// Lists the entries of test/fixtures/real-replies.ts that classify() gets wrong (a working aid).
import { classify } from '../src/index.js';
import { REAL_REPLIES } from '../test/fixtures/real-replies.js';
let bad = 0;
for (const r of REAL_REPLIES) {
  const g = classify(r.reply, r.command ? { command: r.command } : undefined);
  if (g.category !== r.category || g.retryable !== r.retryable || g.bounce !== r.bounce) {
    bad++;
    console.log(
      `want ${r.category}/${r.retryable}/${r.bounce} got ${g.category}/${g.retryable}/${g.bounce} [${g.rule}] :: ${r.reply.replace(/\r\n/g, ' ⏎ ').slice(0, 220)}${r.note ? `\n      note: ${r.note.slice(0, 200)}` : ''}`,
    );
  }
}
console.log(`${bad} of ${REAL_REPLIES.length} differ`);
