import type { CategoryTable } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/**
 * English category texts. For the operator of the sending system: `description` (what
 * happened), `fix` (what to do when nothing will retry) and `fixRetry` (when the message will be
 * retried). For the person who sent the message: `user` and `userRetry`. Success and
 * intermediate have `description`, `fix` and `user` only.
 */
export const categories: CategoryTable = /* @__PURE__ */ deepFreeze({
  success: {
    description:
      'The receiving server accepted the message or command. For a message, that server is now responsible for delivering it.',
    fix: 'Nothing to do. If the recipient says the message never arrived, ask them to look in their spam or junk folder and at their filtering rules.',
    user: "Your message was accepted by the recipient's email service. If they can't find it, ask them to look in their spam or junk folder.",
  },
  intermediate: {
    description:
      'The server accepted the command so far and is waiting for more, such as the message content after DATA (354) or the next step of an authentication exchange (334).',
    fix: "Nothing is wrong; the sending software should carry on with the exchange. If sessions stop at this point, look in the sending software's logs for a timeout or a dropped connection.",
    user: "Your message is on its way. You don't need to do anything.",
  },
  'user-unknown': {
    description:
      'The receiving server reports that no mailbox with this address exists at that domain, so the message was not delivered.',
    fix: 'Check the address for typing mistakes and confirm it with the recipient by other means. Correct it, or remove it from your lists: further messages to it will fail the same way and can harm your sender reputation.',
    fixRetry:
      'The server could not confirm the mailbox for now (for example because its user directory was unreachable), and the message will be retried automatically. Meanwhile check the address for typing mistakes; if the retries end in a permanent refusal, correct or remove the address.',
    user: "This email address doesn't exist. Check it for typos or ask the recipient for the right address, then send your message again.",
    userRetry:
      "The recipient's email service couldn't confirm this address yet, so we'll keep trying to deliver your message. Meanwhile, check that the address is spelled correctly.",
    fixSoft:
      'The receiving side refused the address, but nothing in the reply proves the mailbox is gone (the refusal came before the recipient was named, or a rule marked the evidence as weak). Do not remove the address on this alone: check it, and watch whether later messages to it fail the same way.',
    userSoft:
      "Your message to this address wasn't delivered. The address may still be right: check it for typos, and if it looks correct, try again later or reach the recipient another way.",
  },
  'domain-unknown': {
    description:
      'The domain of the recipient address does not exist or has no way to receive mail, so the message could not be routed.',
    fix: 'Check the part of the address after the @ for typing mistakes (for example gmial.com) and correct it. If the domain is spelled right but does not exist or publishes no mail route, the address cannot receive mail: remove it from your lists unless the recipient confirms the domain is being fixed.',
    fixRetry:
      "The domain could not be resolved for now, often because of a DNS timeout or a faulty name server on the recipient's side, and the message will be retried automatically. Check the domain for typing mistakes; if the failure lasts, look up its MX and A records yourself to see whether it exists.",
    user: "The part of the address after the @ doesn't exist or can't receive email. Check the address for typos or ask the recipient for the right one, then send your message again.",
    userRetry:
      "The recipient's email service can't be found at the moment, so we'll keep trying to deliver your message. Meanwhile, check that the part of the address after the @ is spelled correctly.",
    fixSoft:
      'The domain could not be used for delivery, but the reply came before any recipient was named, so it does not prove the addresses there are bad. Check the domain for typing mistakes and its mail records; do not remove addresses on this alone.',
    userSoft:
      "Your message couldn't be delivered to this domain. Check the part of the address after the @ for typos; if it looks right, try again later or reach the recipient another way.",
  },
  'mailbox-moved': {
    description: 'The recipient no longer uses this address, and the server does not forward mail to a new one.',
    fix: 'If the reply names a new address, confirm it with the recipient before using it; otherwise ask them for their new address by other means. Remove the old address from your lists.',
    fixRetry:
      'The server reports that the recipient has moved but answered with a temporary code, so the message will be retried automatically. Look in the reply for a new address and confirm it with the recipient; if the retries fail, replace the old address in your lists.',
    user: 'The recipient no longer uses this email address. Ask them for their new address and send your message there.',
    userRetry:
      "The recipient may no longer use this email address. We'll keep trying for now, but it's a good idea to ask them whether they have a new one.",
    fixSoft:
      'The reply says the recipient has moved, but it does not prove the old address is gone for good. Look for a new address in the reply and confirm it with the recipient; do not remove the old one on this alone.',
    userSoft:
      'The recipient may have a new email address. Ask them which address to use, then send your message again.',
  },
  'no-mail-accepted': {
    description:
      "The recipient's domain or host declares that it accepts no mail at all (for example with a null MX record).",
    fix: 'Do not send to addresses at this domain, and remove them from your lists. If you believe the domain should receive mail, contact its owner by other means.',
    fixRetry:
      'The receiving side says it accepts no mail but answered with a temporary code, so the message will be retried automatically. Check the domain\'s MX records (a null MX is a single record with the host "."); if the refusal lasts, treat the address as undeliverable and remove it from your lists.',
    user: "This address can't receive email at all. Ask the recipient for a different address, or contact them another way.",
    userRetry:
      "The recipient's email service isn't accepting any messages right now. We'll keep trying; if it still fails, you'll need a different address for them.",
    fixSoft:
      "The receiving host refused all mail before any recipient was named. That is a statement about the host, not proof that the address is bad: check the domain's MX records and whether you reached the right host, and do not remove addresses on this alone.",
    userSoft:
      "The recipient's email service refused to take any mail. Check the address; if it looks right, try again later or reach the recipient another way.",
  },
  'mailbox-disabled': {
    description: 'The mailbox exists but has been disabled, suspended or deactivated, so it does not accept mail.',
    fix: 'Stop sending to this address and remove it from your lists: disabled accounts rarely come back, and some are later turned into spam traps. Ask the recipient for a current address by other means.',
    fixRetry:
      'The mailbox is locked or suspended for now, and the message will be retried automatically. Nothing to change meanwhile; if the server later refuses it permanently, remove the address from your lists.',
    user: "This email account has been shut down and can't receive messages anymore. Stop writing to this address and ask the recipient for a new one.",
    userRetry:
      "The recipient's email account is locked at the moment. We'll keep trying to deliver your message; you don't need to do anything for now.",
    fixSoft:
      'The account is locked, blocked or disabled, but the reply does not say it is gone for good (no permanent code, or a lock that may be lifted). The message will not be retried; keep the address for now, and remove it only if later messages are refused permanently.',
    userSoft:
      "The recipient's email account is blocked or disabled at the moment, so your message wasn't delivered. Try again later, or reach the recipient another way and let them know.",
  },
  'mailbox-full': {
    description: "The recipient's mailbox is over its storage quota and does not accept new messages.",
    fix: 'The recipient has to delete mail or get more space before the mailbox takes anything new. Send the message again later, or tell the recipient by other means that their mailbox is full.',
    fixRetry:
      'Nothing to change on your side; the message will be retried automatically until the recipient frees up space. If it is still refused after a day or so, tell the recipient by other means that their mailbox is full.',
    user: "The recipient's mailbox is full, so your message wasn't delivered. You can send it again later, or let them know another way, for example by phone.",
    userRetry:
      "The recipient's mailbox is full at the moment. We'll keep trying to deliver your message; if it's urgent, let them know another way that their mailbox is full.",
  },
  'message-too-large': {
    description: 'The message is larger than the receiving server accepts.',
    fix: 'Make the message smaller, then send it again: compress or remove attachments, or share large files through a link instead. Attachments grow by about a third when they are encoded for mail.',
    fixRetry:
      'The server deferred the message because of its size, and it will be retried automatically; this can succeed if the limit came from a passing shortage of space. If it keeps failing, send a smaller version, with attachments compressed or shared through a link.',
    user: "Your message is too large for the recipient's email service. Make it smaller, for example by removing attachments or sharing big files through a link, then send it again.",
    userRetry:
      "The recipient's email service can't take a message this large right now. We'll keep trying; if it's urgent, send a smaller version with big files shared through a link.",
  },
  'content-rejected': {
    description:
      'The receiving server refused the message because of its content: the text, a header, an attachment type or a detected virus.',
    fix: "Read the reply text for the reason, then change the message and send it again: remove or replace the attachment concerned, scan it for malware, and check the headers your sending software adds. If you think the refusal is a mistake, contact the recipient's postmaster.",
    fixRetry:
      "The server deferred the message because of its content, sometimes because its virus or content scanner was unavailable, and it will be retried automatically. If it keeps failing, read the reply for the reason and change the attachment or headers concerned, or contact the recipient's postmaster.",
    user: "The recipient's email service refused your message because of what it contains, often a type of attachment it doesn't allow. Remove or change the attachment and send the message again.",
    userRetry:
      "The recipient's email service hasn't accepted the contents of your message yet. We'll keep trying; if it still fails, you may need to remove or change an attachment.",
  },
  spam: {
    description: "The receiving server's filters judged the message to be spam and refused it.",
    fix: "Review the content and links, make sure the recipients asked for your mail, and check that SPF, DKIM and DMARC pass. If the message is legitimate, contact the recipient's mail administrator or the provider's sender support, where one is offered.",
    fixRetry:
      "The filters found the message suspicious and deferred it; it will be retried automatically, and some providers accept it on a later attempt. Meanwhile check that SPF, DKIM and DMARC pass and review the content and links; if the deferrals continue, contact the provider's sender support.",
    user: "The recipient's email service mistook your message for junk mail (spam) and refused it. Try rewording it, with fewer links and no unneeded attachments, and send it again, or contact the recipient another way.",
    userRetry:
      "The recipient's email service thinks your message might be junk mail (spam) and hasn't accepted it yet. We'll keep trying; you don't need to do anything for now.",
  },
  blocked: {
    description:
      'The receiving server refused the connection or message because of the sending IP address, host or domain, for example because it is on a blocklist, has a poor reputation or lacks reverse DNS.',
    fix: 'Changing the message will not help. Look up the sending IP address and domain on the blocklists the reply names, and check that the IP has a reverse DNS (PTR) record matching the host name. Fix the cause, such as a compromised account or a misconfigured server, then ask for delisting; if you do not run the server, your mail provider can help.',
    fixRetry:
      'The message will be retried automatically, but it will only get through once the block is lifted. Look up the sending IP address and domain on the blocklists the reply names and check the reverse DNS (PTR) record; fix the cause and ask for delisting, or contact your mail provider if you do not run the server.',
    user: "The recipient's email service is refusing mail from the service that sent your message; it's not caused by your message or the address. Try again later or reach the recipient another way, and contact support if it keeps happening.",
    userRetry:
      "The recipient's email service is refusing mail from the service that sent your message; it's not caused by your message or the address. We'll keep trying to deliver it.",
  },
  'sender-authentication': {
    description: "The message failed the receiving server's sender authentication checks: SPF, DKIM, DMARC or ARC.",
    fix: "Check that your domain's SPF record lists every server that sends for it, that messages are signed with a valid DKIM key published in DNS, and that the From domain aligns as your DMARC policy requires. Online checkers and DMARC reports show which check failed; send the message again once it passes.",
    fixRetry:
      'The check failed or could not be completed for now, often because a DNS lookup of the SPF, DKIM or DMARC records timed out, and the message will be retried automatically. Make sure those records are published and answer reliably; if failures continue, use DMARC reports or an online checker to find the failing check.',
    user: "The recipient's email service couldn't confirm that your message really came from you, so it refused it. This has to be fixed in the sending settings, not in your message: contact support or whoever manages your email.",
    userRetry:
      "The recipient's email service couldn't yet confirm that your message really came from you. We'll keep trying; you don't need to do anything for now.",
  },
  'sender-rejected': {
    description: 'The receiving server refused the envelope sender address (MAIL FROM) of the message.',
    fix: 'Check that the sender address is complete and correct, that its domain exists and can receive mail (many servers test this), and that you are allowed to send from it. The reply text usually gives the reason.',
    fixRetry:
      'The sender address was refused for now, often because its domain could not be checked in time, and the message will be retried automatically. Check that the sender address is correct and that its domain resolves and has MX records; if it keeps failing, read the reply for the reason.',
    user: "The recipient's email service refused the address your message was sent from. Check that your own email address is set up correctly, or contact support, then send the message again.",
    userRetry:
      "The recipient's email service hasn't accepted the address your message was sent from yet. We'll keep trying; you don't need to do anything for now.",
  },
  'relay-denied': {
    description:
      'The server will not pass the message on to another domain for you: it only accepts mail for its own domains or from authorised senders.',
    fix: "If this is your own outgoing server, sign in with SMTP AUTH or send from a network it trusts. If it is the recipient's server, check that the recipient domain's MX records point to it; if they do not, the mistake is in DNS or in your routing settings.",
    fixRetry:
      'The server declined to relay the message for now, and it will be retried automatically. If it keeps failing, check that the sending software signs in with SMTP AUTH to your own outgoing server, and that mail for the recipient domain goes to the host its MX records name.',
    user: "The email service your message went through refused to pass it on to the recipient. This is usually a problem with the sending account's settings: check that you're signed in, or contact support.",
    userRetry:
      "The email service your message went through hasn't passed it on to the recipient yet. We'll keep trying; if it keeps failing, check your account settings or contact support.",
  },
  policy: {
    description: 'The receiving server refused the message under one of its own local rules.',
    fix: "Look in the reply text for the rule that was applied; it often includes a reason or a link. If it gives none, check the usual causes: SPF, DKIM and DMARC results, reverse DNS of the sending IP address, and blocklists. Then send the full reply, with the time and sending IP address, to the recipient's mail administrator (often postmaster@ their domain).",
    fixRetry:
      "The receiving side deferred the message under a local rule, and it will be retried automatically. If it keeps being deferred, read the reply for the rule; if none is named, check SPF, DKIM, DMARC, reverse DNS and blocklists, and send the full reply to the recipient's postmaster.",
    user: "The recipient's email service refused your message because of one of its own rules, without saying which. Reach the recipient another way and ask them to check with whoever runs their email.",
    userRetry:
      "The recipient's email service is holding back your message because of one of its own rules. We'll keep trying; you don't need to do anything for now.",
  },
  'auth-required': {
    description:
      'The server requires the sending client to sign in with SMTP AUTH before sending, or it did not accept the credentials given.',
    fix: "Check the user name, password and authentication method in the sending software's settings. Some providers require an app password or OAuth instead of the normal password, or SMTP to be enabled for the account.",
    fixRetry:
      'The server could not check the credentials for now, for example because its authentication service was unavailable, and the message will be retried automatically. If it keeps failing, check the user name, password and authentication method in the sending software.',
    user: "Your message wasn't sent because signing in to the sending email account failed. Check the account's user name and password in your settings (some providers need a special app password), then send the message again.",
    userRetry:
      "Signing in to the sending email account didn't work this time. We'll keep trying; if it keeps failing, check the account's password in your settings.",
  },
  'tls-required': {
    description:
      'The server requires an encrypted connection (TLS) before it accepts this command or message, or setting up encryption failed.',
    fix: 'Turn on STARTTLS or TLS in the sending software, or use the port the provider gives for encrypted submission (often 587 with STARTTLS or 465 with TLS). If TLS is already on, check that both sides accept the TLS versions and certificates in use, then send the message again.',
    fixRetry:
      "The message will be retried automatically. If the reply says TLS is not available because of a local problem, the fault is on the receiving server: nothing to change on your side unless it lasts, in which case tell the recipient's postmaster. If the server requires encryption, turn on STARTTLS or TLS in the sending software and check the TLS versions and certificates both sides accept.",
    user: "Your message wasn't sent because a secure connection was required and couldn't be set up. Turn on the secure connection option in your email settings, or contact support, then send the message again.",
    userRetry:
      "A secure connection to the recipient's email service couldn't be set up this time. We'll keep trying; you don't need to do anything for now.",
  },
  'rate-limited': {
    description:
      'The receiving server limits how many messages or connections it accepts from you, and that limit was exceeded.',
    fix: "Slow down: send fewer messages per connection and per minute, and spread large mailings over time. Check the provider's published sending limits, then send the message again at a lower rate.",
    fixRetry:
      "The message stays queued and will be retried automatically at a slower pace. If the limit is hit often, send fewer messages per connection and per minute, spread large mailings over time, and check the provider's published sending limits.",
    user: "Too many messages were sent in a short time, so the recipient's email service turned yours away. Wait a while, then send it again.",
    userRetry:
      "Too many messages were sent in a short time, so the recipient's email service asked us to slow down. We'll keep trying to deliver yours; you don't need to do anything.",
  },
  'too-many-recipients': {
    description: 'The message had more recipients than the server accepts in one message or transaction.',
    fix: 'Send the message again, in one or more further messages, to the recipients that were not accepted. For mailing lists, split the recipients into smaller batches.',
    fixRetry:
      'Nothing to do: the recipients accepted so far get the message, and the rest will be sent automatically in a further transaction. For large lists, split the recipients into smaller batches to avoid the delay.',
    user: "Your message had too many recipients for the receiving email service, so some of them didn't get it. Send it again to the people who were left out, or split them into smaller groups.",
    userRetry:
      "Your message has many recipients, so it's being delivered in smaller batches. Some people may get it a little later; you don't need to do anything.",
  },
  greylisted: {
    description:
      'The receiving server deliberately deferred the message because it had not seen this sender before. This is a common anti-spam measure.',
    fix: 'Greylisting accepts a message when it is sent again after a few minutes from the same IP address or range, so send it again. If your sending software gave up after a single greylisting reply, configure it to keep deferred messages in its queue.',
    fixRetry:
      'Nothing to do: the message will be retried automatically and is usually accepted after a few minutes. Only check that the sending server retries from the same IP address or range.',
    user: "As a routine check against junk mail, the recipient's email service turns away a first delivery attempt, and your message wasn't sent again. Wait a few minutes, then send it again.",
    userRetry:
      "As a routine check against junk mail, the recipient's email service asked us to try again shortly. We'll do that, and it usually goes through within minutes; you don't need to do anything.",
  },
  'service-unavailable': {
    description:
      'The receiving server did not offer mail service, for example because of maintenance or overload, and typically closed the connection.',
    fix: 'The problem is on the receiving side, and nothing will send this message again by itself. Send it again later; if the server keeps refusing, tell the recipient by other means so their mail administrator can look into it.',
    fixRetry:
      'Nothing to change on your side; the message will be retried automatically. If the problem lasts for hours, tell the recipient by other means so they can alert their mail administrator.',
    user: "The recipient's email service isn't accepting messages right now, so your message wasn't delivered. You can send it again later, or reach the recipient another way.",
    userRetry:
      "The recipient's email service is unavailable at the moment. We'll keep trying to deliver your message; you don't need to do anything.",
  },
  'server-error': {
    description: 'An internal error occurred at the receiving server while it handled the message.',
    fix: "The problem is on the receiving side, and nothing will send this message again by itself. Send it again later; if the error repeats, send the full reply to the recipient's mail administrator (often postmaster@ their domain).",
    fixRetry:
      "Nothing to change on your side; the message will be retried automatically. If the error keeps coming back, send the full reply to the recipient's mail administrator.",
    user: "The recipient's email service had a technical problem and couldn't accept your message. You can send it again later, or reach the recipient another way.",
    userRetry:
      "The recipient's email service had a technical problem. We'll keep trying to deliver your message; you don't need to do anything.",
  },
  'storage-full': {
    description:
      "The receiving server itself (not the recipient's mailbox) has run out of storage space and cannot accept messages.",
    fix: 'The problem is on the receiving side, and nothing will send this message again by itself. Send it again later, and tell the recipient by other means so their administrator can free up space.',
    fixRetry:
      'Nothing to change on your side; the message will be retried automatically. If it goes on, tell the recipient by other means so their administrator can free up space.',
    user: "The recipient's email service has run out of space and couldn't accept your message. You can send it again later, or reach the recipient another way.",
    userRetry:
      "The recipient's email service is short of space at the moment. We'll keep trying to deliver your message; you don't need to do anything.",
  },
  network: {
    description:
      'The message could not be delivered because of routing, DNS or connection trouble between the sending and receiving servers.',
    fix: 'Check the MX records and DNS of the recipient domain, and that your server can reach port 25 on the receiving server (some networks and hosting providers block it). Once the route works, send the message again.',
    fixRetry:
      'This is usually temporary, and the message will be retried automatically. If it lasts, check the MX records and DNS of the recipient domain, and that your server can reach port 25 on the receiving server (some networks block it).',
    user: "Your message couldn't reach the recipient's email service because of a connection problem. You can send it again later, or reach the recipient another way.",
    userRetry:
      "There's a connection problem on the way to the recipient's email service. We'll keep trying to deliver your message; you don't need to do anything.",
  },
  expired: {
    description: 'The sending server tried to deliver the message for a long time without success and has given up.',
    fix: 'Look at the earlier temporary errors for this message to find the underlying cause. Once it is fixed, or checked with the recipient, send the message again.',
    fixRetry:
      'The message is still queued and being retried automatically, but it has been failing for a long time. Look at the temporary errors logged for it to find the cause; if nothing changes, it will be returned as undeliverable when its time in the queue runs out.',
    user: "Your message couldn't be delivered despite repeated attempts over several days, and no more attempts will be made. Check the address, then send it again or reach the recipient another way.",
    userRetry:
      "Your message still hasn't been delivered after many attempts. We'll keep trying for a while longer; if it's urgent, reach the recipient another way.",
  },
  protocol: {
    description:
      'The receiving server did not understand a command, or got commands in the wrong order. This points to a problem in the sending software, not in the message or the address.',
    fix: 'Update or reconfigure the sending software or device, then send the message again. If you run it, compare its SMTP session log with the reply to find the command that was refused.',
    fixRetry:
      "The message will be retried automatically, but the same software fault usually fails again. Compare the sending software's SMTP session log with the reply to find the refused command, then update or reconfigure the software.",
    user: "Your message couldn't be sent because of a technical fault in the app or service that sent it, not because of your message or the address. Contact support, and send the message again once it's fixed.",
    userRetry:
      "A technical fault on the sending side has held up your message. We'll keep trying; if it still isn't delivered, contact support.",
  },
  unknown: {
    description: 'The reply did not contain enough information to tell what went wrong.',
    fix: "Read the full reply text for clues. If the cause stays unclear, contact the recipient's mail administrator (often postmaster@ their domain) with the full reply before sending the message again.",
    fixRetry:
      "The message will be retried automatically. If it keeps failing, read the full reply text for clues and send it to the recipient's mail administrator.",
    user: "Your message couldn't be delivered, and the recipient's email service didn't say why. Check the address and send it again later, or reach the recipient another way.",
    userRetry:
      "Your message hasn't been delivered yet, and the recipient's email service didn't say why. We'll keep trying; you don't need to do anything for now.",
  },
} as const satisfies CategoryTable);
