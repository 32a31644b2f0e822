import type { EnhancedCodeEntry } from './types.js';

/**
 * Every enhanced status code in the IANA "SMTP Enhanced Status Codes" registry (RFC 3463, RFC 5248),
 * keyed by subject and detail (`'X.1.1'`); the class digit is left as `X` because one entry covers
 * 2.1.1, 4.1.1 and 5.1.1 alike.
 *
 * Facts come from the registry: `name` is the registry's sample text, `basicCodes` its associated
 * basic codes and `rfcs` its references. `classes` says which of 2 / 4 / 5 the defining text meant
 * the code for; servers do not always keep to it (4.7.1 and 5.2.2 are both common). The X.N.0 rows
 * double as subject fallbacks for unregistered details. Checked row by row against the registry export
 * in test/fixtures/reference by test/catalogue-enhanced-codes.test.ts.
 */
export const ENHANCED_CODES = [
  {
    kind: 'enhanced',
    key: 'X.0.0',
    name: 'Other undefined Status',
    classes: [2, 4, 5],
    basicCodes: [],
    description:
      'The server reports an outcome but gives no detail about its cause; X.0.0 is the catch-all for cases that no more specific code covers. Only the class digit carries meaning: 2 succeeded, 4 may work later, 5 failed for good.',
    whenSeen:
      'Common in generic rejections from servers that do not map their errors to detailed codes, such as `550 5.0.0` for a refused recipient or `451 4.0.0` for an internal fault. The reply text usually holds the real reason.',
    fix: 'Read the reply text, because the code itself says nothing specific. Retry a 4.0.0 on the normal schedule; for a 5.0.0, find the cause in the text or ask the receiving site before sending again.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.1.0',
    name: 'Other address status',
    classes: [2, 4, 5],
    basicCodes: [],
    description:
      'Something is wrong with an address in the envelope, either the sender or a recipient, but the server does not say what exactly.',
    whenSeen:
      'Seen when a server refuses a MAIL FROM or RCPT TO address without telling an unknown user apart from bad syntax or a blocked domain, for example a bare `550 5.1.0 Address rejected`.',
    fix: 'Check the envelope sender and the recipient for typos and make sure both domains exist. The reply text usually names the address at fault.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.1.1',
    name: 'Bad destination mailbox address',
    classes: [5],
    basicCodes: [451, 550],
    description:
      'The recipient mailbox does not exist: the server is responsible for the domain but does not know the local part (the text left of the @). RFC 3463 treats it as a permanent failure.',
    whenSeen:
      'The classic "user unknown" bounce, usually `550 5.1.1` in answer to RCPT TO for an address that is mistyped, deleted or never existed. Some servers send `450`/`451 4.1.1` while they cannot check their user directory.',
    fix: 'Treat 5.1.1 as a hard bounce: stop mailing the address and remove it from your lists, or ask the recipient for the right one. A 4.1.1 may be retried, but if it keeps coming back handle it as permanent.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.1.2',
    name: 'Bad destination system address',
    classes: [5],
    basicCodes: [],
    description:
      'The domain part of the recipient address (right of the @) is wrong: the host does not exist or cannot take mail. It is a permanent failure.',
    whenSeen:
      "Seen when a recipient domain is misspelt, has expired or has no usable DNS records, for instance sendmail's `550 5.1.2 Host unknown`, often produced by the sending side itself.",
    fix: 'Check the spelling of the domain and whether it still publishes MX or address records (for example with `dig MX example.com`). If the domain is gone, remove the address.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.1.3',
    name: 'Bad destination mailbox address syntax',
    classes: [5],
    basicCodes: [501],
    description: 'The recipient address is not valid address syntax, so it cannot be used whatever the domain.',
    whenSeen:
      'Typically `501 5.1.3` or `553 5.1.3` in answer to RCPT TO when an address holds spaces or forbidden characters, two @ signs, or lacks its angle brackets.',
    fix: 'Correct the address where it comes from (a form, a list import, or the client that builds RCPT TO) and validate addresses before sending. The same string will fail every time.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.1.4',
    name: 'Destination mailbox address ambiguous',
    classes: [2, 4, 5],
    basicCodes: [],
    description:
      'The recipient address matches more than one mailbox at the destination, so the server cannot tell which one is meant.',
    whenSeen:
      'Rare; seen from servers that resolve short names or partial addresses against a directory, where the name given fits several people.',
    fix: "Use the recipient's full, exact address instead of a short name or alias. The recipient or their administrator can tell you the unique form.",
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.1.5',
    name: 'Destination address valid',
    classes: [2],
    basicCodes: [250],
    description: 'A success code: the recipient address was checked and accepted.',
    whenSeen:
      'In `250 2.1.5` replies to RCPT TO from servers that announce enhanced status codes, such as Postfix, Exchange and Gmail.',
    fix: 'Nothing to do; the recipient was accepted and the client can go on with further recipients or DATA.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.1.6',
    name: 'Destination mailbox has moved, No forwarding address',
    classes: [5],
    basicCodes: [],
    description:
      'The recipient used to be reachable at this address but has moved, and the server knows no new address to send the message on to. It is a permanent failure.',
    whenSeen:
      'Seen for people who left an organisation or accounts that were closed, where the site keeps a record that the owner went away; usually with `550` or `551`.',
    fix: 'Stop sending to this address and remove it from your lists. Ask the person through another channel for their new address.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.1.7',
    name: "Bad sender's mailbox address syntax",
    classes: [2, 4, 5],
    basicCodes: [],
    description: 'The envelope sender address given in MAIL FROM is not valid address syntax.',
    whenSeen:
      "Usually in answer to MAIL FROM, for example Postfix's `501 5.1.7 Bad sender address syntax`, when an application sends a return path that is malformed, unbracketed or has an invalid local part.",
    fix: 'Fix the sender address in the application or MTA settings so MAIL FROM carries a well-formed address in angle brackets. Every message from that sender fails until this is corrected.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.1.8',
    name: "Bad sender's system address",
    classes: [4, 5],
    basicCodes: [451, 501],
    description:
      'The domain of the envelope sender is not acceptable: it does not exist, does not resolve, or could not receive replies.',
    whenSeen:
      'Common as `450 4.1.8` or `550 5.1.8` "Sender address rejected: Domain not found" from servers that check that the sender domain has DNS records; the 4xx form means the lookup failed only for now.',
    fix: 'Send from a domain that exists in public DNS with MX or address records, and never use internal names such as `localhost` or `.local` in the return path. Retry a 4.1.8 once the DNS problem is gone.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.1.9',
    name: 'Message relayed to non-compliant mailer',
    classes: [2, 4, 5],
    basicCodes: [],
    description:
      'The address was valid and the message was handed on to a system that does not take part in status reporting, so no further status information will follow. Registered by RFC 3886.',
    whenSeen:
      'Mostly in message-tracking answers and delivery status notifications rather than in live SMTP replies, typically as 2.1.9 after a gateway passed the message to a legacy or non-SMTP system.',
    fix: 'Usually nothing; the message simply left the part of the path that reports status. If you need proof of delivery, ask the recipient directly.',
    rfcs: ['RFC 3886'],
  },
  {
    kind: 'enhanced',
    key: 'X.1.10',
    name: 'Recipient address has null MX',
    classes: [5],
    basicCodes: [556],
    description:
      'The recipient domain publishes a null MX record (RFC 7505), declaring that it accepts no email at all.',
    whenSeen:
      "Returned as `556 5.1.10` when a domain's only MX is the null MX `.`; Microsoft 365 also uses 5.1.10 with `RESOLVER.ADR.RecipientNotFound` for recipients its directory does not know.",
    fix: 'Stop sending to addresses at that domain: a null MX is a deliberate statement that it takes no mail. For the Microsoft RecipientNotFound case, treat it like an unknown user and correct or remove the address.',
    rfcs: ['RFC 7504', 'RFC 7505'],
  },
  {
    kind: 'enhanced',
    key: 'X.2.0',
    name: 'Other or undefined mailbox status',
    classes: [2, 4, 5],
    basicCodes: [],
    description: 'The recipient mailbox exists but has some problem that the server does not specify further.',
    whenSeen:
      'Seen as `450 4.2.0` or `550 5.2.0` from servers that group mailbox-side troubles together, such as a locked or unavailable mailbox; some greylisting setups also answer `450 4.2.0`.',
    fix: 'Read the reply text for the actual cause. Retry a 4.2.0 later; for a 5.2.0 the recipient or their administrator has to fix the mailbox before mail can arrive.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.2.1',
    name: 'Mailbox disabled, not accepting messages',
    classes: [4, 5],
    basicCodes: [],
    description:
      'The mailbox exists but is switched off or suspended and takes no mail. RFC 3463 allows it as permanent or temporary, depending on whether the mailbox is expected to come back.',
    whenSeen:
      "Seen for suspended, locked or inactive accounts, such as Gmail's `550 5.2.1` for a disabled account; Gmail also sends `450 4.2.1` when one recipient is receiving mail too fast.",
    fix: 'For 5.2.1, stop sending and treat the address as inactive; reach the person another way. For 4.2.1, retry later and send to that recipient more slowly.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.2.2',
    name: 'Mailbox full',
    classes: [4, 5],
    basicCodes: [552],
    description:
      'The recipient mailbox has reached its storage quota and cannot take this message. RFC 3463 meant it as a temporary condition that can last a while, since the owner can free space.',
    whenSeen:
      'Common as `452 4.2.2` or `552 5.2.2` "over quota"; many large providers send the permanent form even though the mailbox may be emptied later.',
    fix: 'Retry a 4.2.2 on the normal schedule. Handle a 5.2.2 as a soft bounce: do not resend at once, but only drop the address if the mailbox stays full over several days or weeks.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.2.3',
    name: 'Message length exceeds administrative limit',
    classes: [5],
    basicCodes: [552],
    description:
      "The message is larger than the recipient's mailbox or site policy allows for a single message. This is an administrative limit, not a lack of system capacity.",
    whenSeen:
      'Typically `552 5.2.3` at DATA or after the message data when an attachment pushes the message over a size cap set for the recipient or the domain.',
    fix: 'Send a smaller message: compress or drop attachments, or share large files by link. The same message will be refused again if sent unchanged.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.2.4',
    name: 'Mailing list expansion problem',
    classes: [4, 5],
    basicCodes: [450, 452],
    description:
      'The recipient is a mailing list or alias, and the server could not expand it into the member addresses.',
    whenSeen:
      'Seen with `450` or `452` when a list server or alias expansion fails, for example because the list definition is broken or its member source cannot be read.',
    fix: "Retry a 4.2.4 later. For a 5.2.4, contact the list owner or the postmaster of the list's domain, since the fault lies in the list setup rather than in your message.",
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.3.0',
    name: 'Other or undefined mail system status',
    classes: [2, 4, 5],
    basicCodes: [221, 250, 421, 451, 550, 554],
    description:
      'A status about the receiving mail system as a whole rather than the mailbox or the address, without a more precise code; in the 2.3.0 form it reports a general success.',
    whenSeen:
      'Used with many basic codes: `250 2.3.0` after accepted data on some servers, `421` or `451 4.3.0` for internal errors and temporary trouble, and `550` or `554 5.3.0` for generic system-level refusals.',
    fix: "For a 4.3.0, retry later; the fault is usually on the receiving side. For a 5.3.0, read the reply text and, if it stays unclear, contact the receiving site's postmaster.",
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.3.1',
    name: 'Mail system full',
    classes: [4],
    basicCodes: [452],
    description:
      'The receiving system has run out of storage for mail in general (disk or queue space), not just for one mailbox. It is a temporary condition that can last a while.',
    whenSeen:
      'Typically `452 4.3.1 Insufficient system storage` from Postfix or sendmail when the queue file system is nearly full.',
    fix: 'Keep the message queued and let it retry; the receiving administrator must free disk space. If the server is yours, clear space on the queue file system or lower the space reserve it needs.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.3.2',
    name: 'System not accepting network messages',
    classes: [4, 5],
    basicCodes: [453, 521],
    description:
      'The host is not taking mail from the network, either for a while (maintenance, shutdown) or never. RFC 7504 pairs the permanent form with 521 for hosts that accept no mail.',
    whenSeen:
      'Seen as `421 4.3.2` or `453 4.3.2` while a server shuts down or is under maintenance (Exchange uses `421 4.3.2 Service not available`), and as `521 5.3.2` from hosts that never accept mail.',
    fix: 'For the 4xx form, keep the message queued and retry later. For `521 5.3.2`, stop trying that host and check that you are sending to the right MX for the domain.',
    rfcs: ['RFC 3463', 'RFC 7504'],
  },
  {
    kind: 'enhanced',
    key: 'X.3.3',
    name: 'System not capable of selected features',
    classes: [2, 4, 5],
    basicCodes: [],
    description:
      'The message or command asks for a feature, such as a delivery option or extension, that the receiving system does not support.',
    whenSeen:
      'Seen when a client requests an option the server did not offer, or when a gateway cannot carry a feature of the message on to the next system.',
    fix: "Send without the unsupported feature, or check the server's EHLO reply for what it offers and adjust the client. If the feature is essential, the receiving site must add support for it.",
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.3.4',
    name: 'Message too big for system',
    classes: [5],
    basicCodes: [552, 554],
    description:
      'The message is larger than the receiving system can handle at all, as opposed to a per-recipient policy limit. It is a permanent failure.',
    whenSeen:
      'Typically `552 5.3.4 Message size exceeds fixed limit`, which Postfix sends when a message goes over its configured maximum, or a refusal of a MAIL FROM SIZE= value above the advertised SIZE.',
    fix: "Check the SIZE value in the server's EHLO reply and keep messages below it; move large attachments to a file-sharing link. Retrying the same message will not help.",
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.3.5',
    name: 'System incorrectly configured',
    classes: [2, 4, 5],
    basicCodes: [],
    description: 'The receiving system has a configuration error that prevents it from handling the message.',
    whenSeen:
      "Seen when a server's own setup is broken, such as a missing transport, a misconfigured virtual domain or lookup table; Postfix reports such faults as `451 4.3.5 Server configuration error` and keeps the mail.",
    fix: 'The fault is on the receiving side: retry a 4.3.5 later and tell the receiving postmaster if it lasts. If the server is yours, its logs name the setting that is wrong.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.3.6',
    name: 'Requested priority was changed',
    classes: [2],
    basicCodes: [250, 251],
    description:
      'A success notice from the SMTP priority extension (RFC 6710): the message was accepted, but at a different priority than the one requested.',
    whenSeen:
      'In `250` or `251` replies from servers that support MT-PRIORITY when site policy raises or lowers the priority the client asked for.',
    fix: 'No action is needed for delivery. If priority matters to you, ask the receiving site which priority levels it allows for your sender.',
    rfcs: ['RFC 6710'],
  },
  {
    kind: 'enhanced',
    key: 'X.4.0',
    name: 'Other or undefined network or routing status',
    classes: [2, 4, 5],
    basicCodes: [],
    description: 'Something went wrong in the network or in routing the message, with no more specific code.',
    whenSeen:
      'Seen mostly in bounce and delay reports written by the sending side when delivery failed for network reasons, and less often in a live reply from the receiving server.',
    fix: 'Retry a 4.4.0 later and check DNS, firewalls and connectivity toward the destination if it repeats. For a 5.4.0, read the diagnostic text for the routing problem before sending again.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.4.1',
    name: 'No answer from host',
    classes: [4],
    basicCodes: [451],
    description:
      'The sending side could not get a connection to the destination host: the attempt timed out or was refused. It is a temporary condition that can last a while.',
    whenSeen:
      'Usually generated by the sending MTA itself, for example Postfix deferring with 4.4.1 after "Connection timed out" or "Connection refused", when the target MX is down or port 25 is blocked.',
    fix: "Let the queue keep retrying. If it does not clear, check that outbound port 25 is open from your network and that the recipient's MX hosts are up and reachable.",
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.4.2',
    name: 'Bad connection',
    classes: [4],
    basicCodes: [421],
    description:
      'A connection was made but then broke or was dropped during the transaction. It is a temporary condition that can last a while.',
    whenSeen:
      "Common as `421 4.4.2` when the server closes an idle or too slow session, and in the sender's own log when the connection was lost in the middle of a transaction.",
    fix: 'Retry; the message normally goes through on a later attempt. If it keeps happening, look for slow clients, unstable network paths or firewalls that cut long SMTP sessions.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.4.3',
    name: 'Directory server failure',
    classes: [4],
    basicCodes: [451, 550],
    description:
      'The server could not consult a directory service it needs for routing, most often DNS. RFC 3463 limits it to temporary failures that can last a while.',
    whenSeen:
      'Seen as `451 4.4.3` when DNS lookups for the recipient domain time out or fail, and in deferrals the sending MTA writes for DNS errors; the registry also lists `550` with it.',
    fix: "Retry later. If it lasts, check the resolvers the sending server uses and the recipient domain's authoritative name servers.",
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.4.4',
    name: 'Unable to route',
    classes: [4, 5],
    basicCodes: [],
    description:
      'The mail system could not work out where to send the message next, typically because the domain has no usable routing information.',
    whenSeen:
      'Often 5.4.4 in bounces from Postfix when the recipient domain does not exist or has neither MX nor address records, and 4.4.4 when routing information is missing only for now.',
    fix: 'Check that the recipient domain exists and publishes correct MX records. Retry a 4.4.4; for a 5.4.4, correct the address or remove it.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.4.5',
    name: 'Mail system congestion',
    classes: [4],
    basicCodes: [451],
    description:
      'The receiving mail system is overloaded and cannot handle the message right now. It is a temporary condition that can last a while.',
    whenSeen:
      'Typically `451 4.4.5` or `421 4.4.5` when a server is under heavy load or has too many connections open, sometimes also as a throttle against busy senders.',
    fix: 'Back off and retry later with fewer parallel connections; the queue normally delivers once the load drops.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.4.6',
    name: 'Routing loop detected',
    classes: [4],
    basicCodes: [],
    description:
      'The message was found circling between systems or passing through too many hops. RFC 3463 lists it as temporary, but a loop rarely clears without a human fixing it.',
    whenSeen:
      "Seen when MX records, forwarding rules or relay settings send mail back to a host already on its path, such as Postfix's `mail for ... loops back to myself` or a `554 5.4.6 Too many hops` bounce.",
    fix: "Check the MX records, forwarding rules and relay settings of the domains involved for a cycle, then resend. If the loop is on the recipient's side, tell their postmaster.",
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.4.7',
    name: 'Delivery time expired',
    classes: [4, 5],
    basicCodes: [],
    description:
      'The message stayed in a queue longer than its allowed lifetime, or passed its delivery deadline, and was given up without being delivered.',
    whenSeen:
      "Found in bounces as 5.4.7 after the sending MTA retried temporary failures until its queue lifetime (often a few days) ran out, and as 4.4.7 in delay notices such as Exchange's; Microsoft also sends the mismatched `550 4.4.7 QUEUE.Expired`.",
    fix: 'Look at the earlier temporary errors in the report, which show why the message could not be delivered in time. Fix that cause, for example a block, a rate limit or an unreachable host, and send the message again.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.5.0',
    name: 'Other or undefined protocol status',
    classes: [2, 4, 5],
    basicCodes: [220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554],
    description:
      'A status about the SMTP dialogue itself (commands, their order, extensions) without a more specific code; the 2.5.0 form is a general success.',
    whenSeen:
      'Appears with many basic codes; the registry lists fourteen, from success replies such as `250` to protocol errors such as `503` or `554 5.5.0`.',
    fix: "Read the text to see which command or step the server objected to. Retry a 4.5.0 later; for a 5.5.0, check the client's command sequence and the extensions it uses.",
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.5.1',
    name: 'Invalid command',
    classes: [5],
    basicCodes: [430, 500, 501, 503, 530, 550, 554, 555],
    description:
      'The server did not recognise the command, or it came at a point in the session where it is not allowed. RFC 3463 treats it as a permanent error.',
    whenSeen:
      'Common as `500 5.5.1` for unknown commands, `503 5.5.1` for commands out of order (RCPT before MAIL, MAIL before EHLO), and `530 5.5.1 Authentication Required` when a step such as AUTH must come first.',
    fix: "Check the client's SMTP dialogue in a protocol log: EHLO first, then STARTTLS and AUTH if required, then MAIL, RCPT and DATA in order. An outdated or misconfigured client library is the usual cause.",
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.5.2',
    name: 'Syntax error',
    classes: [5],
    basicCodes: [500, 501, 502, 550, 555],
    description:
      'The command line could not be parsed: it has a syntax error, even though the server may know the command.',
    whenSeen:
      'Typically `500 5.5.2` or `501 5.5.2` for malformed command lines, stray bytes or bare line feeds; Postfix also answers `501 5.5.2` to an invalid HELO name.',
    fix: 'Capture the exact command the client sent and fix its format, including CRLF line endings, angle brackets around addresses and a valid HELO name. Resending it unchanged will fail again.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.5.3',
    name: 'Too many recipients',
    classes: [4],
    basicCodes: [451],
    description:
      'The message has more recipients than the server accepts in one transaction. RFC 3463 defines it as temporary: the remaining recipients can go in another transaction.',
    whenSeen:
      "Typically `452 4.5.3 Error: too many recipients` in answer to a RCPT TO beyond the server's per-message limit; some servers use a 5.5.3 form for policy limits.",
    fix: 'Split the recipient list: deliver to the recipients already accepted and send the rest in a later transaction. Good MTAs do this on their own; bulk senders should cap recipients per message.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.5.4',
    name: 'Invalid command arguments',
    classes: [5],
    basicCodes: [451, 501, 502, 503, 504, 550, 555],
    description:
      'The command is valid, but one of its arguments or parameters is not acceptable, such as an unknown MAIL FROM parameter or a bad value.',
    whenSeen:
      'Seen as `501 5.5.4` or `555 5.5.4` when a client passes a parameter the server did not advertise (SMTPUTF8, SIZE or BODY values, for example) or a bad argument to AUTH or HELO.',
    fix: 'Send only the parameters the server lists in its EHLO reply, with valid values. Update or reconfigure the client if it sends extensions without checking for them.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.5.5',
    name: 'Wrong protocol version',
    classes: [2, 4, 5],
    basicCodes: [],
    description: 'The two sides are using incompatible versions of the mail protocol.',
    whenSeen:
      'Rare in SMTP; may appear when a client speaks a different dialect to the port than the server expects, such as LMTP against SMTP, or an old variant the server no longer accepts.',
    fix: 'Make sure the client uses the protocol and version the port expects: SMTP on 25, submission on 587 or 465, LMTP only where it is configured.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.5.6',
    name: 'Authentication Exchange line is too long',
    classes: [4, 5],
    basicCodes: [500],
    description: 'A line of the SMTP AUTH exchange was longer than the server allows. Registered by RFC 4954.',
    whenSeen:
      'Seen as `500 5.5.6` when a client puts a very long token, such as a large OAuth or Kerberos credential, on a single AUTH line.',
    fix: "Let the client send the credentials after the server's 334 prompt instead of as an initial response, or raise the line limit if the server is yours.",
    rfcs: ['RFC 4954'],
  },
  {
    kind: 'enhanced',
    key: 'X.6.0',
    name: 'Other or undefined media error',
    classes: [2, 4, 5],
    basicCodes: [],
    description:
      'Something in the message content or its format could not be handled, with no more specific media code.',
    whenSeen:
      'Seen for content-level refusals such as malformed MIME, blocked attachment types or content filters, for example `554 5.6.0` or `550 5.6.0`.',
    fix: 'Check the message structure (valid MIME, correct encodings and headers) and remove attachments the recipient side may block, then resend.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.6.1',
    name: 'Media not supported',
    classes: [5],
    basicCodes: [],
    description: 'The message contains a media type the destination does not support. It is a permanent failure.',
    whenSeen:
      'Seen when a gateway or mailbox cannot accept a content type, or when a filter blocks attachment types such as executables or archives.',
    fix: 'Send the content in a supported format, for example plain text or PDF in place of the refused type, or put the file somewhere the recipient can download it.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.6.2',
    name: 'Conversion required and prohibited',
    classes: [2, 4, 5],
    basicCodes: [],
    description: 'The message would have to be converted to be delivered, but conversion is not allowed for it.',
    whenSeen:
      'Seen when a message must be changed to pass a hop, for example from 8-bit to 7-bit or into another media type, but it is signed or marked so that it must not be altered.',
    fix: 'Send the message in a form the path can carry unchanged, such as 7-bit MIME with quoted-printable or base64 encoding, or permit conversion.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.6.3',
    name: 'Conversion required but not supported',
    classes: [5],
    basicCodes: [554],
    description:
      'Delivery needs the message to be converted, and the system on the path has no way to perform that conversion.',
    whenSeen:
      'Typically `554 5.6.3` when 8-bit content meets a hop that only takes 7-bit data and cannot downgrade it, or when a gateway cannot translate the content to its target format.',
    fix: 'Encode the message so that no conversion is needed, for example base64 or quoted-printable for 8-bit parts, and resend.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.6.4',
    name: 'Conversion with loss performed',
    classes: [2, 5],
    basicCodes: [250],
    description:
      'The message was converted on the way and some information was lost. As a success code it is a warning; as a failure it means a lossy conversion would have been needed but was forbidden.',
    whenSeen:
      'Mostly in delivery status notifications from gateways, for example 2.6.4 when formatting or attachments were dropped while passing the message into another mail system.',
    fix: 'Check with the recipient whether the content arrived intact, and send the important parts in a simpler format if it did not.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.6.5',
    name: 'Conversion Failed',
    classes: [4, 5],
    basicCodes: [],
    description: 'A conversion of the message content was attempted and failed.',
    whenSeen:
      'Seen from gateways and content-rewriting systems that cannot convert a message, for example because of a broken encoding or a character set they cannot map; the 4xx form means a retry may work.',
    fix: 'Check the MIME structure and the character set declarations of the message for errors. Retry a 4.6.5; for a 5.6.5, send a corrected or simpler version.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.6.6',
    name: 'Message content not available',
    classes: [4, 5],
    basicCodes: [554],
    description:
      'The message content the client pointed to could not be fetched. Registered by RFC 4468 for BURL, where the submission server retrieves the message from an IMAP URL.',
    whenSeen:
      'Seen as `554 5.6.6` or a 4xx form when a BURL submission refers to an IMAP message the server cannot retrieve, for example because the URL authorisation expired or access was refused.',
    fix: 'Check the IMAP URL authorisation and that the message still exists, then submit again; retry the 4xx form later. If it keeps failing, send the content with DATA instead.',
    rfcs: ['RFC 4468'],
  },
  {
    kind: 'enhanced',
    key: 'X.6.7',
    name: 'Non-ASCII addresses not permitted for that sender/recipient',
    classes: [5],
    basicCodes: [553, 550],
    description:
      'An address with non-ASCII characters was used where such addresses are not allowed, because the path does not support internationalised email (SMTPUTF8, RFC 6531).',
    whenSeen:
      'Typically `553 5.6.7` in answer to RCPT TO or `550 5.6.7` in answer to MAIL FROM when an internationalised address is sent without SMTPUTF8 having been agreed.',
    fix: 'Use an ASCII alternative address if the person has one, or send only through servers that advertise SMTPUTF8 and ask for it with the SMTPUTF8 parameter.',
    rfcs: ['RFC 6531'],
  },
  {
    kind: 'enhanced',
    key: 'X.6.8',
    name: 'UTF-8 string reply is required, but not permitted by the SMTP client',
    classes: [2, 5],
    basicCodes: [252, 553, 550],
    description:
      "The server's answer would have to contain UTF-8 text, such as an internationalised address, but the client did not ask for SMTPUTF8, so it cannot be given.",
    whenSeen:
      'Seen with `252`, `553` or `550`, for instance in answer to VRFY or EXPN, when the reply involves a non-ASCII address and the client did not negotiate SMTPUTF8.',
    fix: 'Enable SMTPUTF8 in the client so it requests UTF-8 replies, or avoid commands whose answer needs UTF-8 text.',
    rfcs: ['RFC 6531'],
  },
  {
    kind: 'enhanced',
    key: 'X.6.9',
    name: 'UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected',
    classes: [5],
    basicCodes: [550],
    description:
      'The message has UTF-8 header fields and at least one recipient cannot receive them over SMTPUTF8, so the whole message is refused.',
    whenSeen:
      "Seen as `550 5.6.9` (the registry's pairing) or `554 5.6.9` after DATA (the form RFC 6531 shows) when a message with internationalised headers reaches a server that cannot accept it.",
    fix: 'Send those recipients a version whose header fields are ASCII only, using MIME encoded words, or route the mail through servers that support SMTPUTF8.',
    rfcs: ['RFC 6531'],
  },
  {
    kind: 'enhanced',
    key: 'X.6.10',
    name: '(deprecated: duplicate of X.6.8)',
    classes: [],
    basicCodes: [],
    description:
      'A deprecated code that RFC 6531 registered with the same meaning as X.6.8; it should no longer be sent, and readers should take it as X.6.8.',
    whenSeen: 'Hardly ever met; only from software written against the early registration of the SMTPUTF8 codes.',
    fix: 'Handle it as X.6.8: turn on SMTPUTF8 in the client or avoid the request whose answer needs UTF-8. If you write server software, send X.6.8 instead.',
    rfcs: ['RFC 6531'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.0',
    name: 'Other or undefined security status',
    classes: [2, 4, 5],
    basicCodes: [220, 235, 450, 454, 500, 501, 503, 504, 530, 535, 550],
    description:
      'A security or policy status without a more specific code; the 2.7.0 form reports that a security step such as authentication succeeded.',
    whenSeen:
      'Used very widely: `235 2.7.0` after a successful AUTH, `530 5.7.0 Must issue a STARTTLS command first` when encryption or login must come first, and `550` or `554 5.7.0` for generic policy refusals.',
    fix: 'For the failure forms, read the text: it usually says whether TLS, authentication or a policy rule is missing. Enable STARTTLS and SMTP AUTH in the client when asked; for policy refusals, contact the receiving site.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.1',
    name: 'Delivery not authorized, message refused',
    classes: [5],
    basicCodes: [451, 454, 502, 503, 533, 550, 551],
    description:
      'The sender is not permitted to send this message to this recipient, so it is refused. RFC 3463 meant it as permanent, but many servers also send 4.7.1 for temporary policy refusals.',
    whenSeen:
      'One of the most common refusal codes: spam and content-filter rejections, blocklist hits, relay denial for clients that did not log in (`554 5.7.1 Relay access denied`) and sender restrictions; `450`/`451 4.7.1` is widely used for greylisting and temporary blocks.',
    fix: 'Read the text to see which policy applied. For relay denied, log in with SMTP AUTH or send through your own provider; for spam or blocklist refusals, check your IP and domain reputation, SPF, DKIM, DMARC and content, then request delisting. Retry a 4.7.1 later.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.2',
    name: 'Mailing list expansion prohibited',
    classes: [5],
    basicCodes: [550],
    description:
      'The sender is not allowed to send to this mailing list, so it will not be expanded to its members. It is a permanent failure.',
    whenSeen:
      'Seen as `550 5.7.2` when posting to a restricted list or distribution group that only accepts members or named senders.',
    fix: 'Ask the list owner to authorise your address, or post from the address that is subscribed or allowed.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.3',
    name: 'Security conversion required but not possible',
    classes: [5],
    basicCodes: [],
    description:
      'The message would need a security-related conversion, for example between security formats, and that conversion is not possible.',
    whenSeen:
      'Rare; seen at gateways between mail systems with different security or encryption formats that cannot translate a protected message.',
    fix: 'Send the message in a security format the recipient side supports, or without the protection the gateway cannot translate if that is acceptable.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.4',
    name: 'Security features not supported',
    classes: [5],
    basicCodes: [504],
    description:
      'The message or command asks for security features the receiving system does not support. It is a permanent failure.',
    whenSeen:
      'Seen as `504 5.7.4` when a client asks for an AUTH mechanism or another security option the server does not offer.',
    fix: 'Use one of the mechanisms and options the server advertises in its EHLO reply, or ask its administrator to enable the one you need.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.5',
    name: 'Cryptographic failure',
    classes: [2, 4, 5],
    basicCodes: [],
    description:
      'A cryptographic operation on the message, such as decryption or signature checking, failed on a system that was able to attempt it.',
    whenSeen:
      'Rare in SMTP replies; may appear from gateways that decrypt or verify messages, and in delivery reports about encrypted mail.',
    fix: 'Check the certificates and keys used to sign or encrypt the message (expiry, trust chain, the right recipient key) and resend.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.6',
    name: 'Cryptographic algorithm not supported',
    classes: [2, 4, 5],
    basicCodes: [],
    description: 'The message uses a cryptographic algorithm the receiving system does not support.',
    whenSeen:
      'Seen from security gateways when a message is signed or encrypted with an algorithm they do not implement or no longer accept.',
    fix: "Sign or encrypt with a widely supported algorithm that the recipient's system accepts.",
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.7',
    name: 'Message integrity failure',
    classes: [2, 4, 5],
    basicCodes: [],
    description:
      'The message failed an integrity check: it was corrupted or altered on the way. RFC 3463 allows this detail with any class.',
    whenSeen:
      'Seen from systems that verify message integrity, for instance when a signature no longer matches because the content changed in transit.',
    fix: 'Resend the message, and look for systems on the path that change content after signing, such as footers, rewriting or re-encoding.',
    rfcs: ['RFC 3463'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.8',
    name: 'Authentication credentials invalid',
    classes: [5],
    basicCodes: [535, 554],
    description: 'SMTP AUTH failed because the username, password or token was not accepted. Registered by RFC 4954.',
    whenSeen:
      'Typically `535 5.7.8` on the submission port when a client logs in with a wrong, expired or app-restricted password; Gmail words it "Username and Password not accepted".',
    fix: 'Check the username and password set in the client; where the provider requires it, use an app password or OAuth instead of the account password. Do not retry in a loop, since repeated failures can lock the account.',
    rfcs: ['RFC 4954'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.9',
    name: 'Authentication mechanism is too weak',
    classes: [5],
    basicCodes: [534],
    description: "The AUTH mechanism the client chose is weaker than the server's policy allows for this user.",
    whenSeen:
      'Seen as `534 5.7.9` when a client tries a plain-text mechanism where a stronger one is required; Gmail uses it to ask for an application-specific password.',
    fix: 'Configure the client to use a stronger mechanism the server offers (or OAuth), or create an app-specific password where the provider asks for one.',
    rfcs: ['RFC 4954'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.10',
    name: 'Encryption Needed',
    classes: [5],
    basicCodes: [523],
    description: 'The server requires an encrypted connection before it allows this action.',
    whenSeen: 'Seen as `523 5.7.10` when a client tries to send or log in without TLS to a server that insists on it.',
    fix: 'Turn on STARTTLS, or implicit TLS on port 465, in the client and make sure its TLS settings work with the server.',
    rfcs: ['RFC 5248'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.11',
    name: 'Encryption required for requested authentication mechanism',
    classes: [5],
    basicCodes: [524, 538],
    description:
      'The chosen AUTH mechanism may only be used over an encrypted connection, usually because it would expose the password.',
    whenSeen:
      'Typically `538 5.7.11` when a client tries PLAIN or LOGIN before STARTTLS; the registry also lists `524`.',
    fix: 'Issue STARTTLS before AUTH, or connect with implicit TLS, and then log in again.',
    rfcs: ['RFC 4954'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.12',
    name: 'A password transition is needed',
    classes: [4],
    basicCodes: [422, 432],
    description:
      'The user must change or set a password before this AUTH mechanism can be used, for example on first login. The failure is temporary: it goes away once the password is set.',
    whenSeen:
      "Seen as `432 4.7.12` in answer to AUTH when the account's password must be changed or converted for the selected mechanism; the registry also lists `422`.",
    fix: "Log in through the provider's normal interface, complete the password change, then try AUTH again.",
    rfcs: ['RFC 4954'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.13',
    name: 'User Account Disabled',
    classes: [5],
    basicCodes: [525],
    description: 'The account used to log in is disabled, so it may not send mail.',
    whenSeen:
      'Seen as `525 5.7.13` when the sending account was suspended, locked or deactivated by the provider or an administrator.',
    fix: 'Contact the mail provider or your administrator to reactivate the account; every attempt fails until then.',
    rfcs: ['RFC 5248'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.14',
    name: 'Trust relationship required',
    classes: [5],
    basicCodes: [535, 554],
    description:
      'The server needs a trust relationship with the client, such as a known certificate or an agreement, before it allows this action.',
    whenSeen:
      'Seen as `535` or `554 5.7.14` when a client the server does not trust tries to log in or relay, for example without a certificate it recognises.',
    fix: "Set up the required trust with the server's administrator, for example by registering the client's certificate or IP address, or use the submission route they provide.",
    rfcs: ['RFC 5248'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.15',
    name: 'Priority Level is too low',
    classes: [4, 5],
    basicCodes: [450, 550],
    description:
      'The priority requested with the SMTP priority extension (RFC 6710) is too low for the server to accept the message, for now or at all.',
    whenSeen:
      'Seen as `450 4.7.15` or `550 5.7.15` from servers supporting MT-PRIORITY that take only higher-priority mail, for instance while under load.',
    fix: "Retry a 4.7.15 later, or with a higher priority if you are entitled to one; for a 5.7.15, check the receiving site's priority policy.",
    rfcs: ['RFC 6710'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.16',
    name: 'Message is too big for the specified priority',
    classes: [4, 5],
    basicCodes: [552],
    description:
      'Under the SMTP priority extension, the message is larger than the size allowed for the requested priority level.',
    whenSeen: 'Seen as `552 5.7.16` or a 4xx form from MT-PRIORITY servers that cap message size per priority level.',
    fix: 'Send the message at a lower priority, or make it smaller.',
    rfcs: ['RFC 6710'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.17',
    name: 'Mailbox owner has changed',
    classes: [5],
    basicCodes: [],
    description:
      'The recipient mailbox now belongs to a different owner than at the date the sender gave with the RRVS extension (RFC 7293).',
    whenSeen:
      'Seen with a 5xx reply when a sender uses the RRVS parameter and the address was reassigned to someone else after that date.',
    fix: 'Do not send to this address until the intended person has confirmed it again; treat it as an address you have lost.',
    rfcs: ['RFC 7293'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.18',
    name: 'Domain owner has changed',
    classes: [5],
    basicCodes: [],
    description:
      "The recipient's domain changed owner since the date given with the RRVS extension, so the address may now reach someone else.",
    whenSeen:
      'Seen with a 5xx reply for RRVS messages when the domain was transferred or registered again by a new holder.',
    fix: 'Verify the address with the recipient through another channel before sending to it again, especially for sensitive mail.',
    rfcs: ['RFC 7293'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.19',
    name: 'RRVS test cannot be completed',
    classes: [5],
    basicCodes: [],
    description:
      'The server could not perform the RRVS check, for example because it keeps no ownership history for the mailbox, and the sender asked for delivery to fail in that case.',
    whenSeen:
      'Seen with a 5xx reply when an RRVS request tells the server to refuse the message if it cannot verify the ownership history.',
    fix: 'Resend with the RRVS option that lets delivery continue when the check cannot be made, or confirm the address with the recipient directly.',
    rfcs: ['RFC 7293'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.20',
    name: 'No passing DKIM signature found',
    classes: [5],
    basicCodes: [550],
    description: 'The receiving server requires a valid DKIM signature, and the message has none that verifies.',
    whenSeen:
      'Seen as `550 5.7.20` when the message is unsigned or its signature broke in transit, for example because a relay or list changed the body.',
    fix: 'Enable DKIM signing for your domain and publish the matching public key in DNS; make sure nothing alters the message after it is signed.',
    rfcs: ['RFC 6376', 'RFC 7372'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.21',
    name: 'No acceptable DKIM signature found',
    classes: [5],
    basicCodes: [550],
    description:
      "The message has DKIM signatures that verify, but none meets the receiver's requirements, such as key length, algorithm or signing domain.",
    whenSeen:
      'Seen as `550 5.7.21` when, for example, a message is signed only with a short key or by a domain the receiver does not accept.',
    fix: 'Sign with a current algorithm (rsa-sha256 with a 2048-bit key, or ed25519) and with a domain the receiver accepts.',
    rfcs: ['RFC 6376', 'RFC 7372'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.22',
    name: 'No valid author-matched DKIM signature found',
    classes: [5],
    basicCodes: [550],
    description:
      'No verifying DKIM signature comes from the domain in the From header (the author domain), and the receiver requires one.',
    whenSeen:
      "Seen as `550 5.7.22` when mail is signed only by an email service provider's domain and not by the sender's own domain.",
    fix: 'Set up DKIM signing with your own From domain (most providers support a custom signing domain) and publish its key in DNS.',
    rfcs: ['RFC 6376', 'RFC 7372'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.23',
    name: 'SPF validation failed',
    classes: [5],
    basicCodes: [550],
    description:
      "The SPF check of the sending IP against the envelope sender's domain returned fail, and the receiver refuses such mail.",
    whenSeen:
      "Seen as `550 5.7.23` when mail comes from an IP the sender domain's SPF record does not list, common after changing providers or when mail is forwarded.",
    fix: "Add the sending servers or service to the domain's SPF record (with include:, ip4: or ip6:) and keep the record within the limit of ten DNS lookups.",
    rfcs: ['RFC 7208', 'RFC 7372'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.24',
    name: 'SPF validation error',
    classes: [4, 5],
    basicCodes: [451, 550],
    description:
      'The SPF check could not be completed because of an error, either temporary (a DNS timeout) or permanent (a broken SPF record).',
    whenSeen:
      'Seen as `451 4.7.24` when DNS lookups for SPF time out, and as `550 5.7.24` when the record has syntax errors, is published twice, or needs too many lookups.',
    fix: "Test the domain's SPF record with a checker and fix syntax errors, duplicate records or excess lookups. Retry a 4.7.24 once the DNS problem is gone.",
    rfcs: ['RFC 7208', 'RFC 7372'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.25',
    name: 'Reverse DNS validation failed',
    classes: [5],
    basicCodes: [550],
    description:
      "The sending IP failed the receiver's reverse DNS check: it has no PTR record, or the name it points to does not resolve back to the same address.",
    whenSeen:
      'Seen as `550 5.7.25` from large providers, Gmail among them, when the sending IP lacks a PTR record with a matching forward A or AAAA record.',
    fix: 'Ask whoever controls the IP (your hosting or network provider) to set a PTR record naming your mail server, and make sure that name resolves back to the same IP.',
    rfcs: ['RFC 7372'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.26',
    name: 'Multiple authentication checks failed',
    classes: [5],
    basicCodes: [550],
    description:
      'More than one sender authentication check failed, for example both SPF and DKIM, so the message is refused.',
    whenSeen:
      "Seen as `550 5.7.26` at large providers when a message fails DMARC or is unauthenticated because neither SPF nor DKIM passes, as in Gmail's refusals of unauthenticated mail.",
    fix: 'Make SPF and DKIM pass and align with the From domain, and publish a DMARC record. If you forward mail, use SRS or ARC so that authentication survives the extra hop.',
    rfcs: ['RFC 7372'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.27',
    name: 'Sender address has null MX',
    classes: [5],
    basicCodes: [550],
    description:
      "The envelope sender's domain publishes a null MX record, so it cannot receive bounces, and the receiver refuses mail from it.",
    whenSeen:
      'Seen as `550 5.7.27` in answer to MAIL FROM when the sender domain has a null MX (RFC 7505), often an application using a no-reply domain set up to receive nothing.',
    fix: 'Use a return path at a domain that can receive mail, or remove the null MX from the sender domain.',
    rfcs: ['RFC 7505'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.28',
    name: 'Mail flood detected',
    classes: [4, 5],
    basicCodes: [],
    description:
      'The server sees an unusual burst of mail aimed at the recipient, typical of a mail-bombing attack, and refuses further messages for now or for good.',
    whenSeen:
      'Seen during sudden floods of messages to one mailbox, for example from abused signup forms or mass list subscriptions; the 4xx form is the usual throttle.',
    fix: 'Slow down or stop sending to this recipient. If your forms or lists are the source, add confirmation (double opt-in) and bot protection so they cannot be abused.',
    rfcs: ['draft-levine-mailbomb-header'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.29',
    name: 'ARC validation failure',
    classes: [5],
    basicCodes: [550],
    description:
      'The message carried an ARC set (Authenticated Received Chain, RFC 8617) that failed validation, and the receiver refuses it.',
    whenSeen:
      'Seen as `550 5.7.29` when an intermediary such as a mailing list or forwarding service added broken or inconsistent ARC headers.',
    fix: 'If you run the intermediary, fix its ARC signing (keys, DNS records, header handling). As the original sender, ask the forwarder or list operator to check its ARC setup.',
    rfcs: ['RFC 8617'],
  },
  {
    kind: 'enhanced',
    key: 'X.7.30',
    name: 'REQUIRETLS support required',
    classes: [5],
    basicCodes: [550],
    description:
      'The message demanded REQUIRETLS handling (RFC 8689), and the next hop does not support it, so the message cannot be passed on.',
    whenSeen:
      'Seen as `550 5.7.30` in a bounce when a message sent with the REQUIRETLS option reaches a server that does not advertise REQUIRETLS.',
    fix: "Send without REQUIRETLS if the content allows it, or use another route to that recipient; otherwise the recipient's provider must add REQUIRETLS support.",
    rfcs: ['RFC 8689'],
  },
] as const satisfies readonly EnhancedCodeEntry[];

/**
 * Class fallbacks (RFC 3463 §2), used when an enhanced code's subject is not registered either:
 * the class digit alone still says success, temporary or permanent failure.
 */
export const ENHANCED_CLASS_ENTRIES = [
  {
    kind: 'enhanced',
    key: '2.X.X',
    name: 'Success',
    classes: [2],
    basicCodes: [],
    description: 'The request succeeded; the subject and detail digits add information about what was done.',
    whenSeen:
      'In positive 2yz replies from servers that send enhanced codes, including subject and detail pairs that are not registered or not known to this library.',
    fix: 'Nothing to do; record the message or command as accepted.',
    rfcs: ['RFC 3463 §2'],
  },
  {
    kind: 'enhanced',
    key: '4.X.X',
    name: 'Persistent Transient Failure',
    classes: [4],
    basicCodes: [],
    description:
      'A temporary failure: the request was not carried out now, but the same request may succeed later once the condition clears.',
    whenSeen:
      "With 4yz replies whose subject or detail is unknown, unregistered or vendor-specific, for example a server's own 4.7.x codes for throttling.",
    fix: 'Keep the message queued and retry with increasing delays; if it still fails when the queue lifetime ends, handle it as a bounce.',
    rfcs: ['RFC 3463 §2'],
  },
  {
    kind: 'enhanced',
    key: '5.X.X',
    name: 'Permanent Failure',
    classes: [5],
    basicCodes: [],
    description: 'A permanent failure: sending the same message again without changes will not succeed.',
    whenSeen:
      "With 5yz replies whose subject or detail is unknown, unregistered or vendor-specific, such as Microsoft's 5.7.606 to 5.7.649 range for blocked IP addresses.",
    fix: 'Do not retry the message as it is; read the reply text, fix the cause it names, and only then send again.',
    rfcs: ['RFC 3463 §2'],
  },
] as const satisfies readonly EnhancedCodeEntry[];
