/**
 * Basic (three-digit) SMTP reply codes.
 *
 * Facts come from the reference table test/fixtures/reference/reply-codes.csv (RFC 5321, its extensions, the IANA
 * "SMTP Enhanced Status Codes" registry of RFC 5248 and a few non-standard codes seen in the wild).
 * The texts are written for people who run or use a mail sender.
 *
 * `REPLY_CLASS_ENTRIES` holds the fallbacks used for codes this table does not list: RFC 5321 §4.2
 * requires a client to interpret an unknown code by its first digit.
 */
import type { BasicCodeEntry } from './types.js';

export const REPLY_CODES = [
  // ---------------------------------------------------------------- 2yz positive completion
  {
    kind: 'basic',
    key: '211',
    code: 211,
    class: 'success',
    standard: true,
    name: 'System status, or system help reply',
    description:
      'A positive reply that carries status information about the server or, on some servers, a short help text. It reports information and does not confirm any mail action.',
    whenSeen:
      'Rarely, mostly in answer to HELP or to a vendor-specific status query typed during a manual session. Ordinary delivery never depends on it.',
    fix: 'No action is needed. If you expected a mail command to be confirmed instead, check that the client really sent the command you intended.',
    rfcs: ['RFC 5321 §4.2.2', 'RFC 5321 §4.2.3'],
  },
  {
    kind: 'basic',
    key: '214',
    code: 214,
    class: 'success',
    standard: true,
    name: 'Help message',
    description:
      'The server is answering a help request. The text explains commands or the server to a human reader and means nothing to software.',
    whenSeen:
      'After the HELP command, usually in a manual test session with telnet, openssl s_client or a similar tool.',
    fix: 'Nothing to fix. Read the text if you are testing by hand; automated senders can ignore it.',
    rfcs: ['RFC 5321 §4.2.3'],
  },
  {
    kind: 'basic',
    key: '220',
    code: 220,
    class: 'success',
    standard: true,
    name: 'Service ready',
    description:
      "The server is ready to talk SMTP. As the greeting, its text begins with the server's host name or address literal; as the answer to STARTTLS, it means the server is ready for the TLS handshake.",
    whenSeen:
      'As the first line after the TCP connection opens (on port 465 only after the TLS handshake), and again in answer to STARTTLS just before encryption starts.',
    fix: 'Nothing to fix. If the greeting never comes, or names an unexpected host, check the host name, port, firewalls and any proxy or antivirus product that intercepts SMTP.',
    rfcs: ['RFC 5321 §4.2.3', 'RFC 5321 §4.2', 'RFC 3207 §4'],
  },
  {
    kind: 'basic',
    key: '221',
    code: 221,
    class: 'success',
    standard: true,
    name: 'Service closing transmission channel',
    description: 'The server acknowledges the end of the session and is about to close the connection cleanly.',
    whenSeen: 'In answer to QUIT, at the end of a normal session.',
    fix: 'No action is needed. What counts for the message is the reply it got earlier, normally a 250 after the end of the message data.',
    rfcs: ['RFC 5321 §4.2.3'],
  },
  {
    kind: 'basic',
    key: '235',
    code: 235,
    class: 'success',
    standard: true,
    name: 'Authentication succeeded',
    description:
      'The AUTH exchange is complete and the server accepted the credentials; the rest of the session runs as the authenticated user.',
    whenSeen: 'At the end of an AUTH exchange, typically on a submission port, usually with enhanced code 2.7.0.',
    fix: 'Nothing to fix. If later commands are still refused, the account may not be allowed to send as the chosen sender address.',
    rfcs: ['RFC 4954 §6'],
  },
  {
    kind: 'basic',
    key: '250',
    code: 250,
    class: 'success',
    standard: true,
    name: 'Requested mail action okay, completed',
    description:
      'The command succeeded. When it follows the final dot of the message data, the receiving server has taken over responsibility for delivering the message.',
    whenSeen:
      "In answer to HELO and EHLO (where the extra lines list the server's extensions), MAIL FROM, RCPT TO, RSET, NOOP and the end of the message data.",
    fix: 'Nothing to fix. Keep the text of the reply to the message data: it often holds a queue ID the receiving site can use to trace the message.',
    rfcs: ['RFC 5321 §4.2.3'],
  },
  {
    kind: 'basic',
    key: '251',
    code: 251,
    class: 'success',
    standard: true,
    name: 'User not local; will forward',
    description:
      'The recipient is accepted, but the mailbox lives elsewhere and this server will pass the message on to the forward-path given in the reply text.',
    whenSeen:
      'In answer to RCPT TO for an address that has moved. The reply text names the new address in a form software is allowed to read.',
    fix: 'Nothing is urgent, since the message will be delivered. Consider updating your stored address to the one in the reply so that later mail goes there directly.',
    rfcs: ['RFC 5321 §4.2.3', 'RFC 5321 §3.4'],
  },
  {
    kind: 'basic',
    key: '252',
    code: 252,
    class: 'success',
    standard: true,
    name: 'Cannot VRFY user, but will accept message and attempt delivery',
    description:
      'The server will not, or cannot, confirm that the address exists, yet it will accept mail for it and try to deliver it.',
    whenSeen:
      'In answer to VRFY, commonly on servers that switch address verification off so that their user lists cannot be harvested.',
    fix: 'Do not read it as proof that the address is valid or invalid. To test an address, send a real message and watch for a bounce.',
    rfcs: ['RFC 5321 §4.2.3', 'RFC 5321 §3.5.3'],
  },
  {
    kind: 'basic',
    key: '253',
    code: 253,
    class: 'success',
    standard: true,
    name: 'ETRN: queue run started, with pending message count',
    description:
      'Part of the ETRN extension: the server has started sending the mail it holds for the named node and reports how many messages were waiting.',
    whenSeen:
      'In answer to ETRN, sent by a site that is only online from time to time and asks its relay to flush the queue kept for its domain.',
    fix: 'Nothing to fix. Make sure your own mail server is reachable, because the relay now opens separate connections to deliver the queued messages.',
    rfcs: ['RFC 1985'],
  },
  // ---------------------------------------------------------------- 3yz positive intermediate
  {
    kind: 'basic',
    key: '334',
    code: 334,
    class: 'intermediate',
    standard: true,
    name: 'Server challenge (AUTH continuation)',
    description:
      "An intermediate step of AUTH: the text is a base64 challenge, possibly empty, and the server is waiting for the client's base64 answer.",
    whenSeen:
      'After an AUTH command for mechanisms such as LOGIN or CRAM-MD5, or AUTH PLAIN sent without an initial response; several may come in a row.',
    fix: 'Nothing to fix, as the client library answers on the next line. If a session stalls here, check the chosen mechanism and that the client base64-encodes its answer.',
    rfcs: ['RFC 4954 §4'],
  },
  {
    kind: 'basic',
    key: '354',
    code: 354,
    class: 'intermediate',
    standard: true,
    name: 'Start mail input; end with <CRLF>.<CRLF>',
    description:
      'The server accepted DATA and is ready for the message itself: headers and body, closed by a line holding only a dot.',
    whenSeen: 'Straight after DATA, once at least one recipient has been accepted.',
    fix: 'Nothing to fix; the client sends the message next. The real verdict on the message is the reply that follows the final dot.',
    rfcs: ['RFC 5321 §4.2.3'],
  },
  // ---------------------------------------------------------------- 4yz transient negative
  {
    kind: 'basic',
    key: '421',
    code: 421,
    class: 'transient',
    standard: true,
    name: 'Service not available, closing transmission channel',
    description:
      'A temporary refusal after which the server closes the connection. It may answer any command, or even arrive unprompted, when the server has to stop serving this session.',
    whenSeen:
      'At connection time when the server is overloaded or limits connections from your address, in the middle of a session on timeouts or shutdown, and often as a rate or reputation throttle from large mailbox providers.',
    fix: 'Keep the message queued and retry later with growing delays; it is not a bounce. If it persists, lower the number of parallel connections and the sending rate, and look in the text for a rate-limit or reputation hint.',
    rfcs: ['RFC 5321 §4.2.3', 'RFC 5321 §3.8'],
  },
  {
    kind: 'basic',
    key: '432',
    code: 432,
    class: 'transient',
    standard: true,
    name: 'A password transition is needed',
    description:
      'An AUTH reply saying the user has to move to the mechanism just requested, normally by logging in once with PLAIN; afterwards the requested mechanism should work.',
    whenSeen:
      'In answer to AUTH, with enhanced code 4.7.12, for example after a server has changed how it stores credentials.',
    fix: 'Log in once with the PLAIN mechanism over an encrypted connection (or change the password if the provider asks you to), then retry with the preferred mechanism.',
    rfcs: ['RFC 4954 §6'],
  },
  {
    kind: 'basic',
    key: '450',
    code: 450,
    class: 'transient',
    standard: true,
    name: 'Requested mail action not taken: mailbox unavailable',
    description:
      'A temporary failure for the mailbox: it is busy, locked or held back by a short-lived policy, so the action was not carried out this time.',
    whenSeen:
      'Usually in answer to RCPT TO; greylisting servers and temporary blocks on a recipient or sender often use it.',
    fix: 'Let the sender queue the message and retry after some minutes; greylisting normally clears on a later attempt from the same server. If it lasts for days, read the text for a policy or reputation reason.',
    rfcs: ['RFC 5321 §4.2.3'],
  },
  {
    kind: 'basic',
    key: '451',
    code: 451,
    class: 'transient',
    standard: true,
    name: 'Requested action aborted: local error in processing',
    description:
      'The server ran into a problem on its own side while handling the request and gave up for now; the same request may succeed later.',
    whenSeen:
      'At RCPT TO or after the message data, for temporary DNS, SPF or content-scanner failures, greylisting or storage trouble. A client whose connection drops is expected to behave as if it had received this code.',
    fix: "Retry later, as normal queueing does. If every attempt fails the same way, tell the receiving site's postmaster; if the text mentions DNS or SPF, check that your own DNS records resolve.",
    rfcs: ['RFC 5321 §4.2.3'],
  },
  {
    kind: 'basic',
    key: '452',
    code: 452,
    class: 'transient',
    standard: true,
    name: 'Requested action not taken: insufficient system storage',
    description:
      'A temporary failure because the server lacks room or resources for the request. It is also the proper code for too many recipients in one transaction.',
    whenSeen:
      'At RCPT TO once a per-message recipient limit is reached, at MAIL FROM when the declared SIZE cannot be handled just now, or when the receiving system is short of disk space.',
    fix: 'Retry later. If it starts after a certain number of recipients, send the remaining ones in a new transaction or lower the recipients-per-message setting.',
    rfcs: ['RFC 5321 §4.2.3', 'RFC 1870'],
  },
  {
    kind: 'basic',
    key: '453',
    code: 453,
    class: 'transient',
    standard: true,
    name: 'ATRN/ODMR: You have no mail',
    description:
      'Part of On-Demand Mail Relay: the server holds no queued mail for the domains named in ATRN, so there is nothing to hand over.',
    whenSeen:
      'In answer to ATRN from an intermittently connected client that has authenticated and asked to receive its queued mail.',
    fix: 'Nothing is wrong; ask again later. If mail should be waiting, check that the domains given to ATRN match the ones the provider holds for your account.',
    rfcs: ['RFC 2645'],
  },
  {
    kind: 'basic',
    key: '454',
    code: 454,
    class: 'transient',
    standard: true,
    name: 'TLS not available (STARTTLS) or temporary authentication failure (AUTH)',
    description:
      'A temporary security failure: either TLS cannot be started right now, or authentication failed for a reason expected to pass, such as an unreachable credential store.',
    whenSeen:
      'In answer to STARTTLS when the server has certificate or TLS library trouble, or in answer to AUTH with enhanced code 4.7.0.',
    fix: 'Retry later. If STARTTLS keeps failing, the receiving site has to repair its TLS setup; if AUTH keeps failing, contact the provider, as the fault is probably on their side.',
    rfcs: ['RFC 3207 §4', 'RFC 4954 §6'],
  },
  {
    kind: 'basic',
    key: '455',
    code: 455,
    class: 'transient',
    standard: true,
    name: 'Server unable to accommodate parameters',
    description:
      'The server understood the extension parameters on MAIL FROM or RCPT TO but cannot honour them at the moment.',
    whenSeen:
      'After MAIL FROM or RCPT TO carrying parameters such as SIZE, BODY or delivery-notification options that the server temporarily cannot satisfy.',
    fix: 'Retry later. If it persists, try sending without the optional parameters or with different values.',
    rfcs: ['RFC 5321 §4.2.3'],
  },
  {
    kind: 'basic',
    key: '458',
    code: 458,
    class: 'transient',
    standard: true,
    name: 'ETRN: unable to queue messages for node',
    description:
      'Part of the ETRN extension: the server cannot start the queue run for the requested node at the moment.',
    whenSeen: 'In answer to ETRN when the relay cannot process the queue for that domain right now.',
    fix: "Issue ETRN again later. If it keeps failing, ask the relay's operator whether your domain is still set up for queue holding.",
    rfcs: ['RFC 1985'],
  },
  {
    kind: 'basic',
    key: '459',
    code: 459,
    class: 'transient',
    standard: true,
    name: 'ETRN: node not allowed',
    description:
      'Part of the ETRN extension: the server refuses to run the queue for the named node and states a reason in the text.',
    whenSeen:
      'In answer to ETRN for a domain the relay does not hold mail for, or one the client is not permitted to request.',
    fix: "Check the domain given to ETRN and the relay's configuration for your account, and read the reason in the reply text.",
    rfcs: ['RFC 1985'],
  },
  // ---------------------------------------------------------------- 5yz permanent negative
  {
    kind: 'basic',
    key: '500',
    code: 500,
    class: 'permanent',
    standard: true,
    name: 'Syntax error, command unrecognized',
    description: 'The server did not recognise the command at all, or the command line was too long for it to accept.',
    whenSeen:
      'After a mistyped or unknown command or an over-long line. During AUTH it also reports an exchange line that is too long (enhanced code 5.5.6).',
    fix: 'Check the client software and its settings: it may be using an extension the server did not advertise in EHLO. In hand-made sessions, check spelling and line length.',
    rfcs: ['RFC 5321 §4.2.3', 'RFC 5321 §4.3.2', 'RFC 4954 §4', 'RFC 4954 §6'],
  },
  {
    kind: 'basic',
    key: '501',
    code: 501,
    class: 'permanent',
    standard: true,
    name: 'Syntax error in parameters or arguments',
    description: 'The command was recognised, but its arguments were malformed.',
    whenSeen:
      "For a bad HELO or EHLO host name, a malformed address in MAIL FROM or RCPT TO, STARTTLS given parameters, or an AUTH exchange cancelled with '*' or carrying invalid base64.",
    fix: 'Correct the argument: write addresses as <user@example.com>, have the client announce a valid fully qualified host name, and make sure AUTH data is properly encoded.',
    rfcs: ['RFC 5321 §4.2.3', 'RFC 3207 §4', 'RFC 4954 §4'],
  },
  {
    kind: 'basic',
    key: '502',
    code: 502,
    class: 'permanent',
    standard: true,
    name: 'Command not implemented',
    description: 'The server recognises the command but does not support it.',
    whenSeen:
      'After commands that many servers switch off, such as VRFY, EXPN, TURN or ETRN, or after AUTH or STARTTLS on servers without those features.',
    fix: 'Stop using that command with this server, and rely only on extensions the server lists in its EHLO reply.',
    rfcs: ['RFC 5321 §4.2.3'],
  },
  {
    kind: 'basic',
    key: '503',
    code: 503,
    class: 'permanent',
    standard: true,
    name: 'Bad sequence of commands',
    description: 'The command is valid on its own but arrived at the wrong point in the session.',
    whenSeen:
      'For MAIL FROM before EHLO, RCPT TO before MAIL FROM, DATA when no recipient was accepted or a site recipient limit was passed, AUTH repeated or sent inside a transaction, and every command after a 554 greeting. Some servers also use it to demand authentication first.',
    fix: 'Check the order in which the client sends commands. If DATA got it, find out why the recipients were refused; if the text asks for authentication, configure SMTP AUTH for the sender.',
    rfcs: ['RFC 5321 §4.2.3', 'RFC 5321 §3.1', 'RFC 5321 §4.5.3.1.10', 'RFC 4954 §4'],
  },
  {
    kind: 'basic',
    key: '504',
    code: 504,
    class: 'permanent',
    standard: true,
    name: 'Command parameter not implemented',
    description:
      'The command is supported but one of its parameters is not, for example an authentication mechanism the server does not offer.',
    whenSeen:
      "Typically after AUTH with a mechanism missing from the server's EHLO list (enhanced code 5.5.4), or a command parameter the server does not know.",
    fix: 'Use a parameter the server offers; for AUTH, choose one of the mechanisms listed in the EHLO reply.',
    rfcs: ['RFC 5321 §4.2.3', 'RFC 4954 §4'],
  },
  {
    kind: 'basic',
    key: '521',
    code: 521,
    class: 'permanent',
    standard: true,
    name: 'Server does not accept mail',
    description: 'The host never accepts mail at all; this is not a temporary or per-message refusal.',
    whenSeen:
      'In place of the 220 greeting when connecting to a host that runs no mail service. The server may keep answering with this code or simply close the connection.',
    fix: "Do not retry this host. Check the recipient domain's MX records: you may be connecting to the wrong machine, or the domain takes no mail.",
    rfcs: ['RFC 7504 §3', 'RFC 1846 (superseded)'],
  },
  {
    kind: 'basic',
    key: '530',
    code: 530,
    class: 'permanent',
    standard: true,
    name: 'Authentication required',
    description:
      'The server refuses the command until the client has authenticated or, on some servers, until the session has been switched to TLS with STARTTLS.',
    whenSeen:
      "At MAIL FROM or other commands on a submission server when the client has not logged in, usually with enhanced code 5.7.0. The text 'Must issue a STARTTLS command first' means encryption is expected before anything else.",
    fix: 'Turn on SMTP authentication with valid credentials in the sending client, and enable STARTTLS (or implicit TLS on port 465) when the text asks for it.',
    rfcs: ['RFC 4954 §6', 'RFC 3207 §4'],
  },
  {
    kind: 'basic',
    key: '534',
    code: 534,
    class: 'permanent',
    standard: true,
    name: 'Authentication mechanism is too weak',
    description:
      "The server declines the chosen authentication mechanism because it is not secure enough for the server's policy.",
    whenSeen:
      'In answer to AUTH with enhanced code 5.7.9, for example with PLAIN or LOGIN where the server wants something stronger. Some providers also use it to demand an app password or OAuth.',
    fix: "Choose a stronger mechanism that the server advertises, or follow the provider's instructions in the text (app password, OAuth 2.0).",
    rfcs: ['RFC 4954 §6'],
  },
  {
    kind: 'basic',
    key: '535',
    code: 535,
    class: 'permanent',
    standard: true,
    name: 'Authentication credentials invalid',
    description: 'Authentication failed because the user name, password or token was not accepted.',
    whenSeen: 'At the end of an AUTH exchange, with enhanced code 5.7.8.',
    fix: "Check the user name, password or token and the account's state; many providers want an app-specific password or OAuth rather than the normal login password. Repeated failures can get the client's IP address blocked.",
    rfcs: ['RFC 4954 §6'],
  },
  {
    kind: 'basic',
    key: '538',
    code: 538,
    class: 'permanent',
    standard: true,
    name: 'Encryption required for requested authentication mechanism',
    description:
      'The chosen mechanism may only be used over an encrypted connection. RFC 4954 keeps this code for historical reference only.',
    whenSeen: 'In answer to AUTH on an unencrypted connection, with enhanced code 5.7.11; rare on current servers.',
    fix: 'Run STARTTLS before AUTH, or connect to the implicit-TLS port instead.',
    rfcs: ['RFC 4954 §6'],
  },
  {
    kind: 'basic',
    key: '550',
    code: 550,
    class: 'permanent',
    standard: true,
    name: 'Requested action not taken: mailbox unavailable',
    description:
      'A permanent refusal of the requested action. The classic meaning is that the mailbox does not exist or cannot be reached, but servers also use it for policy rejections.',
    whenSeen:
      'Most often at RCPT TO for unknown users, and at MAIL FROM, RCPT TO or after the data for blocks, spam filtering, refused relaying or SPF and DMARC failures; the enhanced code and text tell these apart. It also answers MAIL FROM when an internationalised address reaches a server that needs ASCII (X.6.7).',
    fix: "Read the enhanced code and text. For an unknown user, check the address and remove it from your list; for a block or policy reason, fix the cause (DNS authentication records, reputation, content) or contact the recipient's postmaster. Do not resend unchanged.",
    rfcs: ['RFC 5321 §4.2.3'],
  },
  {
    kind: 'basic',
    key: '551',
    code: 551,
    class: 'permanent',
    standard: true,
    name: 'User not local; please try forward-path',
    description:
      'The server will not take mail for this recipient and points to another address, given as a forward-path in the reply text, where the mailbox can be reached.',
    whenSeen:
      'At RCPT TO for a user who has moved away, or on servers that refuse to relay mail for addresses that are not local.',
    fix: 'Send to the address named in the reply if there is one and update your records; otherwise confirm the right address with the recipient.',
    rfcs: ['RFC 5321 §4.2.3', 'RFC 5321 §3.4'],
  },
  {
    kind: 'basic',
    key: '552',
    code: 552,
    class: 'permanent',
    standard: true,
    name: 'Requested mail action aborted: exceeded storage allocation',
    description:
      "The action was refused because a storage limit was exceeded: the recipient's quota or the server's maximum message size.",
    whenSeen:
      "After MAIL FROM with a SIZE above the server's fixed limit, after the message data for an oversized message or a full mailbox, and on some older servers at RCPT TO when there are too many recipients.",
    fix: 'Make the message smaller (share big attachments by link) or ask the recipient to free space. When it answers RCPT TO because of too many recipients, treat it as temporary and send the remaining recipients in a later transaction, as RFC 5321 advises.',
    rfcs: ['RFC 5321 §4.2.3', 'RFC 5321 §4.5.3.1.10', 'RFC 1870 §6.1'],
  },
  {
    kind: 'basic',
    key: '553',
    code: 553,
    class: 'permanent',
    standard: true,
    name: 'Requested action not taken: mailbox name not allowed',
    description: 'The address is not acceptable as written: the mailbox name is malformed or not permitted.',
    whenSeen:
      'At RCPT TO or MAIL FROM for addresses with bad syntax or forbidden characters, for sender addresses the account may not use, and at RCPT TO for an internationalised address sent to a server that needs ASCII (X.6.7).',
    fix: 'Correct the address syntax. If the sender address is the problem, use one that your account is allowed to send as.',
    rfcs: ['RFC 5321 §4.2.3', 'RFC 6531 §3.5'],
  },
  {
    kind: 'basic',
    key: '554',
    code: 554,
    class: 'permanent',
    standard: true,
    name: 'Transaction failed (at connection: no SMTP service here)',
    description:
      'A permanent failure whose meaning depends on timing. As the first reply on a connection it means the server offers you no SMTP service; after the message data it means the message itself was rejected.',
    whenSeen:
      'At connection time when your address is blocklisted or not allowed (the server then waits for QUIT and answers other commands with 503), and after the final dot for spam, malware, policy or internationalised-header (X.6.9) rejections.',
    fix: 'At connection time, check the reputation and blocklist status of your sending IP and request delisting. After the data, read the text and change the content or fix SPF, DKIM and DMARC before sending again.',
    rfcs: ['RFC 5321 §4.2.3', 'RFC 5321 §3.1', 'RFC 6531 §3.5'],
  },
  {
    kind: 'basic',
    key: '555',
    code: 555,
    class: 'permanent',
    standard: true,
    name: 'MAIL FROM/RCPT TO parameters not recognized or not implemented',
    description: 'The server does not know or support one of the extension parameters given on MAIL FROM or RCPT TO.',
    whenSeen:
      'When the client adds parameters such as SIZE, BODY=8BITMIME, SMTPUTF8 or delivery-notification options that the server did not advertise in its EHLO reply.',
    fix: 'Send only parameters for extensions the server lists after EHLO; update or configure the client so it checks the list before using them.',
    rfcs: ['RFC 5321 §4.2.3'],
  },
  {
    kind: 'basic',
    key: '556',
    code: 556,
    class: 'permanent',
    standard: true,
    name: 'Domain does not accept mail',
    description:
      "The recipient's domain does not accept mail at all, for example because it publishes a null MX record.",
    whenSeen:
      'Reported by a relay or by your own outgoing server, at RCPT TO or in a bounce, with enhanced code 5.1.10 when the recipient domain declares that it takes no mail.',
    fix: 'Remove or correct the address: mail to this domain can never be delivered, so retrying is pointless.',
    rfcs: ['RFC 7504 §4'],
  },
  // ---------------------------------------------------------------- registry-only codes
  {
    kind: 'basic',
    key: '422',
    code: 422,
    class: 'transient',
    standard: false,
    name: 'Password transition needed (registry-listed)',
    description:
      'No RFC defines this code; the IANA enhanced status code registry lists it beside 432 for X.7.12, a required password transition. By its first digit it is a temporary failure.',
    whenSeen:
      'Rarely, in answer to AUTH from a server that wants the user to move to a new authentication mechanism or password.',
    fix: 'Handle it like 432: log in once with PLAIN over TLS, or change the password as the provider asks, then retry.',
    rfcs: ['RFC 5248 (IANA registry, X.7.12)'],
  },
  {
    kind: 'basic',
    key: '430',
    code: 430,
    class: 'transient',
    standard: false,
    name: 'Invalid command (registry-listed)',
    description:
      'No RFC defines this code; the enhanced status code registry only names it among the basic codes that may go with X.5.1 (invalid command). By its first digit it is a temporary failure.',
    whenSeen: 'Seldom met; a server may send it for a command it considers invalid at that moment.',
    fix: 'Retry later as for any 4xx reply and read the enhanced code and text for details; if it repeats, find out which command triggers it.',
    rfcs: ['RFC 5248 (IANA registry, X.5.1)'],
  },
  {
    kind: 'basic',
    key: '523',
    code: 523,
    class: 'permanent',
    standard: false,
    name: 'Encryption needed (registry-listed)',
    description:
      'No RFC body defines this code; the enhanced status code registry lists it with X.7.10, meaning the server wants the session encrypted before going on. By its first digit it is a permanent failure.',
    whenSeen: 'After commands sent over a plain connection to a server that insists on TLS.',
    fix: 'Enable STARTTLS or implicit TLS in the sending client, then send again.',
    rfcs: ['RFC 5248 (IANA registry, X.7.10)'],
  },
  {
    kind: 'basic',
    key: '524',
    code: 524,
    class: 'permanent',
    standard: false,
    name: 'Encryption required for authentication mechanism (registry-listed, historic)',
    description:
      'A registry-listed alternative to 538 for X.7.11: the chosen authentication mechanism may only be used over an encrypted connection. It is historic and no RFC body defines it.',
    whenSeen: 'In answer to AUTH over an unencrypted connection, on a few older servers.',
    fix: 'Start TLS first, then repeat the authentication with the same mechanism.',
    rfcs: ['RFC 5248 (IANA registry, X.7.11)'],
  },
  {
    kind: 'basic',
    key: '525',
    code: 525,
    class: 'permanent',
    standard: false,
    name: 'User account disabled (registry-listed)',
    description:
      'The enhanced status code registry lists this code with X.7.13: the account involved has been disabled. No RFC body defines it.',
    whenSeen:
      "After authenticating to an account that an administrator has switched off, and on some servers at RCPT TO for a disabled recipient mailbox (text such as 'Disabled recipient address').",
    fix: 'For your own account, ask the provider to re-enable it. For a recipient, stop mailing the address and reach the person another way.',
    rfcs: ['RFC 5248 (IANA registry, X.7.13)'],
  },
  {
    kind: 'basic',
    key: '533',
    code: 533,
    class: 'permanent',
    standard: false,
    name: 'Delivery not authorized (registry-listed)',
    description:
      'No RFC body defines this code; the registry lists it among the basic codes for X.7.1, meaning delivery was not authorised and the message was refused. By its first digit it is a permanent failure.',
    whenSeen:
      'Rarely; a server applying a security or policy refusal may send it at MAIL FROM, RCPT TO or after the data.',
    fix: "Find the policy reason in the text and correct it (authentication, sender permissions, reputation) before sending again, or ask the recipient's postmaster.",
    rfcs: ['RFC 5248 (IANA registry, X.7.1)'],
  },
  // ---------------------------------------------------------------- non-standard codes
  {
    kind: 'basic',
    key: '200',
    code: 200,
    class: 'success',
    standard: false,
    name: 'Success (non-standard)',
    description:
      'A non-standard success reply that current SMTP specifications do not define; old reply tables mention it as sent by early implementations. Clients act on the first digit, so it counts as success.',
    whenSeen: 'Very rarely, from old or home-grown servers in place of 250.',
    fix: 'Treat it as success. If the server is yours, make it send the standard 250 instead.',
    rfcs: ['RFC 876 (historic)'],
  },
  {
    kind: 'basic',
    key: '426',
    code: 426,
    class: 'transient',
    standard: false,
    name: 'Connection timed out (non-standard)',
    description:
      'A non-standard code some systems report when the connection to the receiving server timed out. Clients act on the first digit, so it is a temporary failure.',
    whenSeen:
      'In delay or bounce reports written by the sending side or a gateway after the remote server stopped responding.',
    fix: 'Let the queue retry. If it continues, check network reachability and firewalls towards the destination and whether the remote server is overloaded.',
    rfcs: [],
  },
  {
    kind: 'basic',
    key: '522',
    code: 522,
    class: 'permanent',
    standard: false,
    name: 'Over quota (non-standard)',
    description:
      "A non-standard code some servers use to say the recipient's mailbox is over quota. Clients act on the first digit, so it is handled as a permanent failure.",
    whenSeen:
      "At RCPT TO or after the message data, often with an enhanced code such as 5.2.0 and text like 'Over quota'.",
    fix: 'Tell the recipient by another channel that the mailbox is full and resend once they have made room. Quota bounces that repeat for weeks usually mean an abandoned mailbox.',
    rfcs: [],
  },
  {
    kind: 'basic',
    key: '542',
    code: 542,
    class: 'permanent',
    standard: false,
    name: 'Rejected (non-standard)',
    description:
      'A non-standard rejection code sent by some filtering services. Clients act on the first digit, so it is a permanent failure.',
    whenSeen: "Typically at RCPT TO or after the data, from a security gateway, with a short text such as 'Rejected'.",
    fix: "Look at the text and any enhanced code for the reason, fix the likely cause (content, reputation or address), and contact the recipient's administrator if it stays unclear.",
    rfcs: [],
  },
] as const satisfies readonly BasicCodeEntry[];

/** Fallbacks by first digit, for codes not in {@link REPLY_CODES} (RFC 5321 §4.2). */
export const REPLY_CLASS_ENTRIES = [
  {
    kind: 'basic',
    key: '2xx',
    code: 200,
    class: 'success',
    standard: true,
    name: 'Positive completion (2xx)',
    description:
      'A reply beginning with 2 that this catalogue does not list. Whatever its exact code, the first digit says the requested action was completed.',
    whenSeen: 'In answer to any command, from servers that use success codes beyond the common ones.',
    fix: 'Nothing to fix; treat the command as successful.',
    rfcs: ['RFC 5321 §4.2.1'],
  },
  {
    kind: 'basic',
    key: '3xx',
    code: 300,
    class: 'intermediate',
    standard: true,
    name: 'Positive intermediate (3xx)',
    description:
      'A reply beginning with 3 that this catalogue does not list. The first digit says the server accepted the command so far and is waiting for more input from the client.',
    whenSeen: 'In the middle of a multi-step exchange, such as sending message data or authenticating.',
    fix: 'Nothing to fix if the client continues the exchange. If the session stalls here, the client probably does not support the step the server expects.',
    rfcs: ['RFC 5321 §4.2.1'],
  },
  {
    kind: 'basic',
    key: '4xx',
    code: 400,
    class: 'transient',
    standard: true,
    name: 'Transient negative completion (4xx)',
    description:
      'A reply beginning with 4 that this catalogue does not list. The first digit says the action failed this time, but the condition is expected to be temporary.',
    whenSeen: 'At any point of a session, from servers that use codes of their own or codes outside the standard list.',
    fix: 'Keep the message queued and try again later; read the text and any enhanced code for the reason.',
    rfcs: ['RFC 5321 §4.2.1'],
  },
  {
    kind: 'basic',
    key: '5xx',
    code: 500,
    class: 'permanent',
    standard: true,
    name: 'Permanent negative completion (5xx)',
    description:
      'A reply beginning with 5 that this catalogue does not list. The first digit says the action failed and repeating the same request unchanged will fail again.',
    whenSeen: 'At any point of a session, when a server rejects something with a code outside the standard list.',
    fix: 'Do not resend unchanged. Read the text and any enhanced code to find out what must change, or contact the receiving site.',
    rfcs: ['RFC 5321 §4.2.1'],
  },
] as const satisfies readonly BasicCodeEntry[];
