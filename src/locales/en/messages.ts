import type { LocaleMessages } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/** English: names of the reply classes, section labels, and the templates of bounceNotice(). */
export const messages: LocaleMessages = /* @__PURE__ */ deepFreeze({
  classes: {
    success: 'Success',
    intermediate: 'Intermediate',
    transient: 'Temporary failure',
    permanent: 'Permanent failure',
    unknown: 'Unknown',
  },
  labels: {
    description: 'Description',
    whenSeen: 'When you see it',
    fix: 'How to fix',
    keyDifferences: 'Key differences',
    whenToUse: 'When to use which',
    class: 'Class',
    category: 'Category',
    retryable: 'Retryable',
    bounce: 'Bounce',
    hardBounce: 'Hard bounce',
    softBounce: 'Soft bounce',
    userMessage: 'For the sender',
    yes: 'Yes',
    no: 'No',
  },
  notice: {
    subjectFailed: 'Not delivered: your message to {recipient}',
    subjectDelayed: 'Delayed: your message to {recipient}',
    failed: 'Your message “{subject}” to {recipient} could not be delivered.',
    failedNoSubject: 'Your message to {recipient} could not be delivered.',
    delayed: "Your message “{subject}” to {recipient} hasn't been delivered yet, but we're still trying.",
    delayedNoSubject: "Your message to {recipient} hasn't been delivered yet, but we're still trying.",
    detailsHeading: 'Technical details (for administrators)',
    serverReply: 'Reply from the receiving server',
    footer: "This notice was sent automatically by {service}. You don't need to reply to it.",
    footerNoService: "This notice was sent automatically. You don't need to reply to it.",
  },
} as const satisfies LocaleMessages);
