import type { Category } from '../types.js';
import type { CategoryTexts } from './types.js';
import { deepFreeze } from '../freeze.js';

/**
 * English texts of the categories: `en.categories`, in a module of their own so that a bundle
 * with classify() (which reads only these) does not carry the rest of the English locale.
 */
export const EN_CATEGORIES: Readonly<Record<Category, CategoryTexts>> = /* @__PURE__ */ deepFreeze({
  success: {
    description:
      'The receiving server accepted the message or command. For a message, that server is now responsible for delivering it.',
    fix: 'Nothing to do. If the recipient says the message never arrived, ask them to look in their spam or junk folder and at their filtering rules.',
  },
  intermediate: {
    description:
      'The server accepted the command so far and is waiting for more, such as the message content after DATA (354) or the next step of an authentication exchange (334).',
    fix: "Nothing is wrong; the sending software should carry on with the exchange. If sessions stop at this point, look in the sending software's logs for a timeout or a dropped connection.",
  },
  'user-unknown': {
    description: 'The receiving server says this mailbox does not exist at that domain. The message was not delivered.',
    fix: 'Check the address for typing mistakes and confirm it with the recipient by other means. If it is wrong, remove it from your lists: further messages to it will fail the same way and can harm your sender reputation.',
  },
  'domain-unknown': {
    description:
      'The domain of the recipient address does not exist or has no way to receive mail, so the message could not be routed.',
    fix: 'Check the part of the address after the @ for typing mistakes (for example gmial.com). If the domain is right, its owner has to fix its DNS records; otherwise remove the address from your lists.',
  },
  'mailbox-moved': {
    description: 'The recipient no longer uses this address, and the server does not forward mail to a new one.',
    fix: 'If the reply names a new address, confirm it with the recipient before using it; otherwise ask them for their new address by other means. Remove the old address from your lists.',
  },
  'no-mail-accepted': {
    description:
      "The recipient's domain or host declares that it accepts no mail at all (for example with a null MX record).",
    fix: 'Do not send to addresses at this domain, and remove them from your lists. If you believe the domain should receive mail, contact its owner by other means.',
  },
  'mailbox-disabled': {
    description: 'The mailbox exists but is disabled, suspended or inactive, so it does not accept mail at the moment.',
    fix: 'Try again later or reach the recipient by other means. If the address keeps being refused for days or weeks, remove it from your lists.',
  },
  'mailbox-full': {
    description: "The recipient's mailbox is over its storage quota and cannot take new messages right now.",
    fix: 'Try again later; the recipient has to delete mail or get more space. If the mailbox stays full for a long time it may be abandoned, and removing it from your lists is wise.',
  },
  'message-too-large': {
    description: 'The message is larger than the receiving server accepts.',
    fix: 'Make the message smaller: compress or remove attachments, or share large files through a link instead. Attachments grow by about a third when they are encoded for mail.',
  },
  'content-rejected': {
    description:
      'The receiving server refused the message because of its content: the text, a header, an attachment type or a detected virus.',
    fix: "Read the reply text for the reason, then change the message: remove or replace the attachment concerned, scan it for malware, and check the headers your sending software adds. If you think the refusal is a mistake, contact the recipient's postmaster.",
  },
  spam: {
    description: "The receiving server's filters judged the message to be spam and refused it.",
    fix: "Review the content and links, make sure the recipients asked for your mail, and check that SPF, DKIM and DMARC pass. If the message is legitimate, contact the recipient's mail administrator or the provider's sender support, where one is offered.",
  },
  blocked: {
    description:
      'The receiving server refused the connection or message because of the sending IP address, host or domain, for example because it is on a blocklist, has a poor reputation or lacks reverse DNS.',
    fix: 'Look up the sending IP address and domain on the blocklists the reply names, and check that the IP has a reverse DNS (PTR) record matching the host name. Fix the cause, such as a compromised account or a misconfigured server, then ask for delisting; if you do not run the server, your mail provider can help.',
  },
  'sender-authentication': {
    description: "The message failed the receiving server's sender authentication checks: SPF, DKIM, DMARC or ARC.",
    fix: "Check that your domain's SPF record lists every server that sends for it, that messages are signed with a valid DKIM key published in DNS, and that the From domain aligns as your DMARC policy requires. Online checkers and DMARC reports show which check failed.",
  },
  'sender-rejected': {
    description: 'The receiving server refused the envelope sender address (MAIL FROM) of the message.',
    fix: 'Check that the sender address is complete and correct, that its domain exists and can receive mail (many servers test this), and that you are allowed to send from it. The reply text usually gives the reason.',
  },
  'relay-denied': {
    description:
      'The server will not pass the message on to another domain for you: it only accepts mail for its own domains or from authorised senders.',
    fix: "If this is your own outgoing server, sign in with SMTP AUTH or send from a network it trusts. If it is the recipient's server, check that the recipient domain's MX records point to it; if they do not, the mistake is in DNS or in your routing settings.",
  },
  policy: {
    description: 'The receiving server refused the message under one of its own local rules.',
    fix: "Look in the reply text for the rule that was applied; it often includes a link. If it is unclear, send the full reply to the recipient's mail administrator (often postmaster@ their domain).",
  },
  'auth-required': {
    description:
      'The server requires you to sign in with SMTP AUTH before sending, or it did not accept the credentials given.',
    fix: "Check the user name, password and authentication method in the sending software's settings. Some providers require an app password or OAuth instead of the normal password, or SMTP to be enabled for the account.",
  },
  'tls-required': {
    description: 'The server requires an encrypted connection (TLS) before it accepts this command or message.',
    fix: 'Turn on STARTTLS or TLS in the sending software, or use the port the provider gives for encrypted submission (often 587 with STARTTLS or 465 with TLS). If TLS is already on, check that both sides accept the TLS versions and certificates in use.',
  },
  'rate-limited': {
    description:
      'The receiving server limits how many messages or connections it accepts from you, and that limit was exceeded.',
    fix: "Slow down: send fewer messages per connection and per minute, and spread large mailings over time. The sending server normally retries deferred messages; if the limit is hit often, check the provider's published sending limits.",
  },
  'too-many-recipients': {
    description: 'The message had more recipients than the server accepts in one message or transaction.',
    fix: 'Send to the remaining recipients in a further message or later. Most sending software does this by itself; for mailing lists, split the recipients into smaller batches.',
  },
  greylisted: {
    description:
      'The receiving server deliberately deferred the message because it had not seen this sender before. This is a common anti-spam measure.',
    fix: 'Nothing to do: the sending server retries automatically, and the message is usually accepted after a few minutes. Only check that the sending server retries from the same IP address or range.',
  },
  'service-unavailable': {
    description:
      'The receiving server is not available right now and is closing the connection, for example because of maintenance or overload.',
    fix: 'Nothing to change on your side; the sending server will retry later. If the problem lasts for hours, tell the recipient by other means so they can alert their mail administrator.',
  },
  'server-error': {
    description: 'An internal error occurred at the receiving server while it handled the message.',
    fix: "The problem is on the receiving side. Let the sending server retry later; if it keeps happening, send the full reply to the recipient's mail administrator.",
  },
  'storage-full': {
    description: 'The receiving server has run out of storage space and cannot accept messages for now.',
    fix: 'Let the sending server retry later. If it goes on, tell the recipient by other means so their administrator can free up space.',
  },
  network: {
    description:
      'The message could not be delivered because of routing, DNS or connection trouble between the sending and receiving servers.',
    fix: 'This is usually temporary, and the sending server retries. If it lasts, check the MX records and DNS of the recipient domain, and that your server can reach port 25 on the receiving server (some networks block it).',
  },
  expired: {
    description: 'The sending server tried to deliver the message for a long time without success and has given up.',
    fix: 'Look at the earlier temporary errors for this message to find the underlying cause. Once it is fixed, or checked with the recipient, send the message again.',
  },
  protocol: {
    description:
      'The receiving server did not understand a command, or got commands in the wrong order. This points to a problem in the sending software, not in the message or the address.',
    fix: 'Update or reconfigure the sending software or device. If you run it, compare its SMTP session log with the reply to find the command that was refused.',
  },
  unknown: {
    description: 'The reply did not contain enough information to tell what went wrong.',
    fix: "Read the full reply text for clues. If the error is temporary, let the sending server retry; if it is permanent and unclear, contact the recipient's mail administrator with the full reply.",
  },
});
