/**
 * Text evidence: each signal is a family of wordings that servers use for one meaning. The lists
 * follow meanings and wordings that recur across servers (RFC default texts, MTA stock messages,
 * provider phrasing), never one sample's exact sentence.
 *
 * Phrases are matched case-insensitively, with punctuation folded to word breaks (see matcher.ts).
 * A leading space anchors a phrase to a word start; a trailing space to a word end.
 */

/** Signal numbers. Bits 0–31 live in the low mask, 32–63 in the high mask. */
export const enum Signal {
  UserUnknown = 0,
  DomainUnknown,
  Moved,
  NoMail,
  Disabled,
  MailboxFull,
  TooLarge,
  Content,
  Spam,
  Blocklist,
  Blocked,
  Reputation,
  ReverseDns,
  SenderAuth,
  Sender,
  Relay,
  AuthRequired,
  Tls,
  RateLimit,
  TooManyRecipients,
  Greylist,
  TryLater,
  ServiceUnavailable,
  ServerError,
  Storage,
  Network,
  Expired,
  Protocol,
  Policy,
  RecipientRejected,
  AccessDenied,
  Permanent,
  CmdConnect,
  CmdHelo,
  CmdMail,
  CmdRcpt,
  CmdData,
  ListMembership,
  SpamWord,
  Compliance,
}

/** Signal names, for rule ids, docs and debugging. Index = signal number. */
export const SIGNAL_NAMES = [
  'user-unknown', 'domain-unknown', 'moved', 'no-mail', 'disabled', 'mailbox-full', 'too-large', 'content',
  'spam', 'blocklist', 'blocked', 'reputation', 'reverse-dns', 'sender-auth', 'sender', 'relay', 'auth-required',
  'tls', 'rate-limit', 'too-many-recipients', 'greylist', 'try-later', 'service-unavailable', 'server-error',
  'storage', 'network', 'expired', 'protocol', 'policy', 'recipient-rejected', 'access-denied', 'permanent',
  'cmd-connect', 'cmd-helo', 'cmd-mail', 'cmd-rcpt', 'cmd-data', 'list-membership', 'spam-word', 'compliance',
] as const;

/** The phrases of each signal, indexed by signal number. */
export const PHRASES: readonly (readonly string[])[] = [
  /* UserUnknown */ [
    'user unknown', 'unknown user', 'unknown recipient', 'recipient unknown', 'no such user', 'no such recipient',
    'no such mailbox', 'no such account', 'no such address', 'user not found', 'recipient not found', 'recipientnotfound',
    'recipnotfound', 'mailbox not found', 'mailbox does not exist', 'mailbox doesn t exist', 'address does not exist',
    'account does not exist', 'user does not exist', 'user doesn t exist', 'account that you tried to reach does not exist', 'does not exist here', 'not a valid mailbox', 'invalid mailbox',
    'invalid recipient', 'invalid address', 'bad destination mailbox', 'mailbox unavailable', 'mailbox is unavailable',
    'no mailbox here', 'no mailbox by that name', 'unknown local part', 'unknown or illegal', 'user not exist',
    'undeliverable address', 'address unknown', 'address not found', 'addressee unknown',
    'no valid recipients', 'not listed in', 'doesn t have a', 'does not have an account', 'no account by that name',
    'not a known user', 'does not exist', 'mail box not found', 'badrcptto', 'unknown address', 'recipient does not exist', 'recipient address does not exist',
    'address couldn t be found', 'couldn t be found', 'is not a valid user', 'no longer valid', 'unknown mailbox',
    'mailbox unknown', 'user unknow', 'nonexistent', 'non existent', 'not our user', 'unknown alias', 'invalid user',
    'unknown account', 'user doesn t have', 'no such person', 'user invalid', 'not a registered',
  ],
  /* DomainUnknown */ [
    'host unknown', 'unknown host', 'domain does not exist', 'domain not found', 'unknown domain', 'no such domain',
    'host not found', 'host or domain name not found', 'domain name not found', 'couldn t find a mail exchanger',
    'could not find a mail exchanger', 'no mail exchanger', 'no mx record', 'no mx for', 'illegal host', 'invalid domain',
    'unrouteable domain', 'unroutable domain', 'unrouteable address', 'unroutable address', 'nxdomain', 'name service error', 'domain is not valid',
    'bad destination system', 'domain isn t valid', 'unresolvable', 'could not be resolved', 'no route to domain',
    'domain does not resolve', 'dns domain does not exist', 'dns lookup failed for domain',
  ],
  /* Moved */ [
    'no longer on server', 'user has moved', 'mailbox has moved', 'has moved to', 'not our customer', 'user not local',
    'no longer available', 'no longer at', 'forwarding address', 'address has changed',
  ],
  /* NoMail */ [
    'does not accept mail', 'doesn t accept mail', 'accepts no mail', 'null mx', 'does not receive mail',
    'not accept any mail', 'indicated no smtp service', 'domain does not accept',
  ],
  /* Disabled */ [
    'account is disabled', 'account disabled', 'account has been disabled', 'disabled recipient', 'mailbox disabled',
    'mailbox is disabled', 'account is suspended', 'account suspended', 'mailbox suspended', 'account has been suspended',
    'account is locked', 'account locked', 'mailbox is frozen', 'account is frozen', 'inactive account', 'account is inactive',
    'mailbox is inactive', 'inactive mailbox', 'inactive user', 'deactivated', 'account expired', 'account is blocked',
    'recipient account is blocked', 'mailbox is blocked', 'user is suspended', 'user account is disabled',
    'discontinued', 'account is unavailable', 'temporarily disabled', 'inactive email address', 'is not active', 'is inactive', 'currently suspended',
  ],
  /* MailboxFull */ [
    'mailbox full', 'mailbox is full', 'mailbox has exceeded', 'over quota', 'overquota', 'quota exceeded',
    'exceeded storage allocation', 'exceeded its storage', 'mailbox size limit', 'disk quota', 'user is over',
    'inbox is full', 'full mailbox', 'mailbox quota', 'out of storage space', 'insufficient storage space for user',
    'exceeds quota', 'exceeded quota', 'quota limit', 'storage quota', 'mailbox limit', 'inbox full', 'quota full',
    'mailbox too full', 'is full', 'not enough space in the mailbox',
  ],
  /* TooLarge */ [
    'message size exceeds', 'too much mail data', 'message too large', 'message is too large', 'message too big', 'message is too big',
    'size limit', 'message length exceeds', 'exceeds maximum', 'too large for', 'exceeds the maximum size',
    'maximum message size', 'size exceeds', 'exceeded the maximum message size', 'message exceeds', 'too big for',
    'mail size', 'message size', 'attachment too large', 'file too large',
  ],
  /* Content */ [
    'content rejected', 'message content', 'content not accepted', 'virus', 'malware', 'infected', 'attachment',
    'prohibited file', 'banned file', 'header', '8 bit', '8bit', 'not rfc 5322', 'not rfc 2822', 'rfc5322', 'rfc 822',
    'message filtered', 'filtered', 'content filter', 'content policy', 'disallowed content', 'trojan', 'phishing',
    'executable', 'malformed message', 'message rejected due to content', 'suspicious link', 'not compliant',
  ],
  /* Spam */ [
    'junk mail', ' ube ', 'unsolicited', 'bulk mail', 'looks like spam', 'spam classification',
    'considered spam', 'considered as spam', 'classified as spam', 'detected as spam', 'identified as spam',
    'marked as spam', 'rejected as spam', 'suspected spam', 'likely spam', 'is spam', 'spam message', 'spam detected',
    'spam content', 'spamassassin', 'spam score', 'high spam', 'spam filter', 'spam policy', 'as junk',
  ],
  /* Blocklist */ [
    'blocklist', 'block list', 'blacklist', 'black list', 'denylist', 'dnsbl', ' rbl ', 'spamhaus', 'barracuda',
    'spamcop', 'sorbs', 'uceprotect', 'surbl', 'proofpoint', 'cloudmark', 'blocked using', 'listed at', 'listed on',
    'listed in', 'is listed', 'ip is in', 'banned sending ip', 'on our block', 'abusix', 'psbl', 'mailspike', 'senderscore',
    'spam source', 'dynamic ip', 'dial up', 'dialup', 'residential', 'open relay', ' bl ', 'your isp', 'isp s mail',
    'isp s smtp', 'smtp server of your', 'mail server of your', 'relay through your', 'your service provider',
    'send email directly', 'send mail directly',
  ],
  /* Blocked */ [
    'blocked', 'banned', ' block ', 'rejected for policy', 'not allowed to send', 'host network not allowed',
    'traffic not accepted', 'connections not accepted', 'connection refused by policy', 'client host rejected',
    'no access from', 'access denied banned', 'refused to talk', 'not accepting connections from', 'sending ip',
    'your ip', 'from ip', 'messages from', 'server access', 'poor reputation', 'bad reputation',
  ],
  /* Reputation */ [
    'reputation', 'user complaints', 'complaints', 'unexpected volume', 'suspicious activity',
    'low reputation', 'sender score',
  ],
  /* ReverseDns */ [
    'reverse dns', 'reverse d n s', 'ptr record', 'ptr', 'rdns', 'cannot find your hostname', 'cannot find your reverse',
    'hostname lookup', 'no reverse', 'reverse lookup', 'reverse mapping', 'forward confirmed', 'fcrdns',
    'invalid helo', 'bad helo',
  ],
  /* SenderAuth */ [
    ' spf', ' dkim', ' dmarc', ' arc ', 'arc validation', 'unauthenticated email', 'unauthenticated mail',
    'authentication checks', 'authentication information', 'sender is unauthenticated', 'domain authentication',
    'not authenticated with', 'fails to pass', 'sender policy framework', 'domainkeys', 'sender authentication',
    'sender id', 'spoof', 'authentication failure for domain',
  ],
  /* Sender */ [
    'sender address rejected', 'sender rejected', 'sender verify', 'sender verification', 'sender address is',
    'invalid sender', 'sender unknown', 'unknown sender', 'sender domain', 'domain of sender', 'from address',
    'sender not', 'envelope sender', 'return path', 'bad sender', 'sender is not', 'mail from address', 'sender denied',
    'sender blocked', 'sender address invalid', 'sender was not', 'address is not verified', 'rejected sender', 'sender refused',
  ],
  /* Relay */ [
    'relay access denied', 'relaying denied', 'relay denied', 'relay not permitted', 'not permitted to relay',
    'unable to relay', 'relaying not allowed', 'relay not allowed', 'we do not relay', 'not relay', 'no relaying',
    'relaying disallowed', 'cannot relay', 'can t relay', 'relaying mail to', 'relay prohibited', 'not in my list of allowed rcpthosts',
    'allowed rcpthosts', 'relay attempt', 'not a gateway', 'forwarding to remote hosts',
  ],
  /* AuthRequired */ [
    'authentication required', 'authentication is required', 'auth required', 'must authenticate', 'please authenticate',
    'smtp authentication', 'authentication failed', 'authentication credentials invalid', 'invalid credentials',
    'username and password', 'password not accepted', 'incorrect authentication', 'bad credentials',
    'authentication unsuccessful', 'authentication mechanism', 'smtp auth', 'not authenticated', 'login denied',
    'unauthenticated senders', 'password transition', 'application specific password', 'app password',
  ],
  /* Tls */ [
    'starttls', ' tls', 'encryption required', 'encryption needed', 'must use encryption', 'requires encryption',
    'secure connection', 'ssl required', 'transport layer security', 'requiretls', 'encrypted connection',
  ],
  /* RateLimit */ [
    'rate limit', 'ratelimit', 'rate limited', 'receiving mail at a rate', 'too quickly', 'too fast', 'at a rate that', 'too many messages',
    'too many connections', 'too many concurrent', 'too many sessions', 'too many emails', 'too many mails',
    'frequency limited', 'too frequent', 'throttl', 'slow down', 'sending limit', 'sending quota', 'daily limit',
    'hourly limit', 'connection limit', 'relay limit', 'too much mail from', 'submissionquotaexceeded',
    'mail flood', 'too many mail', 'messages per', 'high volume', 'volume of mail', 'try to reduce',
    'connection count', 'too many invalid', 'too many errors', 'too many bad', 'concurrency limit', 'exceeded rate',
    'daily quota', 'hourly quota', 'relay quota', 'reached your daily', 'message rate', 'sending rate', 'temporarily rate', 'quota for sending', 'per hour', 'per day',
    'per minute',
  ],
  /* TooManyRecipients */ [
    'too many recipients', 'too many rcpt', 'recipient limit', 'recipients limit', 'max recipients', 'maximum recipients',
    'too many addressees', 'number of recipients', 'recipient count',
  ],
  /* Greylist */ [
    'greylist', 'graylist', 'grey list', 'gray list', 'grey listed', 'gray listed', 'greylisting', 'graylisting',
    'postgrey', 'try again in a few minutes', 'not yet authorized to deliver', 'please retry later',
    
  ],
  /* TryLater */ [
    'try again later', 'try later', 'try again in', 'retry later', 'please retry', 'come back later', 'temporarily',
    'temporary failure', 'temporary error', 'temporary problem', 'temporarily unavailable', 'later', 'again shortly',
    'try again shortly', 'temporary local problem', 'deferred', 'try again tomorrow', 'resources temporarily', 'not found try again',
  ],
  /* ServiceUnavailable */ [
    'service not available', 'service unavailable', 'service is unavailable', 'service currently unavailable',
    'closing transmission channel', 'closing connection', 'not accepting connections', 'not accepting mail', 'no smtp service',
    'service refuse', 'service refused', 'shutting down', 'server busy', 'server is busy', 'system busy',
    'too busy', 'maintenance', 'not available', 'unavailable', 'connection rejected', 'refused to talk',
  ],
  /* ServerError */ [
    'local error', 'error in processing', 'internal error', 'internal server error', 'system error', 'processing error',
    'server error', 'system problem', 'unable to contact ldap', 'ldap', 'database error', 'configuration error', 'misconfigured',
    'misconfiguration', 'unexpected error', 'lookup failure', 'temporary lookup', 'queue file write error',
    'transaction failed', 'mail system error', 'duplicate', 'insufficient permission', 'permission denied', 'mailbox busy',
  ],
  /* Storage */ [
    'insufficient system storage', 'insufficient disk', 'disk full', 'disk space', 'out of disk', 'no space left',
    'system storage', 'storage full', 'file system full', 'not enough disk', 'out of memory', 'insufficient resources',
    'system resources',
  ],
  /* Network */ [
    'connection refused', 'connection timed out', 'connection timeout', 'timed out', 'timeout', 'host not reachable',
    'unreachable', 'lost connection', 'connection lost', 'connection reset', 'no route to host', 'could not connect',
    'unable to connect', 'failed to connect', 'cannot connect', 'can t connect', 'couldn t connect', 'connect to',
    'establish an smtp connection', 'establish a connection', 'did not accept our requests to connect', 'network error',
    'network is unreachable', 'dns error', 'dns failure', 'dns lookup', 'dns timeout', 'name server', 'nameserver',
    'servfail', 'mail exchanger', 'routing loop', 'mail loop', 'loops back to myself', 'too many hops', 'hop count exceeded', 'could not find a gateway', 'no gateway', 'bad connection', 'conversation with',
    'tls handshake', 'ssl handshake', 'broken pipe', 'remote host closed', 'connection closed',
    'econnrefused', 'econnreset', 'etimedout', 'ehostunreach', 'enetunreach', 'enotfound', 'eai again', 'getaddrinfo',
    'greeting never received', 'socket error', 'socket closed', 'retry time not reached',
  ],
  /* Expired */ [
    'message expired', 'envelope expired', 'retry timeout exceeded', 'after a long failure period', 'in the queue too long',
    'queue too long', 'too long in queue', 'delivery time expired', 'not delivered within', 'maximum delivery time',
    'unable to deliver in', 'could not be delivered within', 'retry period', 'expired after', 'delivery expired', 'lifetime exceeded', 'time limit exceeded', 'after 1 day', 'after 2 days',
    'after 3 days', 'after 4 days', 'after 5 days', 'undeliverable after',
    'unable to deliver this message after', 'unable to deliver message to the following', 'could not be delivered for',
    'being unable to connect',
  ],
  /* Protocol */ [
    'syntax error', 'bad sequence', 'improper sequence', 'out of sequence', 'command not implemented',
    'command unrecognized', 'command not recognized', 'unrecognized command', 'unknown command', 'need rcpt',
    'need mail', 'need helo', 'need ehlo', 'rcpt first', 'mail first', 'parameter not implemented',
    'parameters not recognized', 'invalid command', 'command rejected', 'bad command', 'valid rcpt command must precede',
    'no recipients specified', 'no valid recipients specified', 'line too long', 'command line too long',
    'pipelining', 'protocol error', 'protocol violation', 'not implemented', 'malformed', 'bare lf', 'bare cr',
    'invalid address syntax', 'address syntax', 'syntax', 'need fully qualified', 'fully qualified', 'pipeline', 'must precede', 'before data',
  ],
  /* Policy */ [
    'policy', 'not allowed', 'not permitted', 'prohibited', 'denied', 'refused', 'rejected', 'not authorized',
    'unauthorized', 'administrative', 'administratively', 'forbidden', 'recipient preferences', 'not accepted',
    'restricted', 'local rule', 'by rule', 'transport rule', 'configured to', 'disallowed',
  ],
  /* RecipientRejected */ [
    'recipient address rejected', 'recipient rejected', 'address rejected', 'recipient refused',
    'rcpt rejected', 'recipient verification', 'recipient not accepted', 'all recipient addresses rejected',
  ],
  /* AccessDenied */ [
    'access denied', 'access is denied', 'not authorized', 'permission denied', 'no access',
  ],
  /* Permanent */ [
    'permanent', 'permanently', 'do not retry', 'don t retry', 'not going to try again', 'will not be retried',
    'failed permanently', 'hard bounce',
  ],
  /* CmdConnect */ [
    'after initial connection', 'initial connection', 'refused to talk to me', 'greeting', 'banner', 'upon connect',
    'at connect', 'while connecting', 'in reply to connect', 'connection rejected', 'session refused',
  ],
  /* CmdHelo */ [
    'after ehlo', 'after helo', 'in reply to ehlo', 'in reply to helo', 'helo handshake', 'ehlo handshake',
    'helo command', 'ehlo command', 'after lhlo',
  ],
  /* CmdMail */ [
    'after mail from', 'in reply to mail from', 'in reply to mail command', 'mail from command', '[mail_from]',
    'after mail', 'mail_from',
  ],
  /* CmdRcpt */ [
    'after rcpt to', 'in reply to rcpt to', 'in reply to rcpt', 'rcpt to command', 'rcpt_to', 'does not like recipient',
    'after rcpt',
  ],
  /* CmdData */ [
    'after end of data', 'in reply to end of data', 'in reply to data', 'after data', 'end of data', 'after sending data',
    'failed after i sent the message', 'after the message', 'after sending the message',
  ],
  /* ListMembership */ [
    'not a member', 'group you tried to contact', 'mailing list', 'list members', 'members of this list',
    'permission to post', 'not allowed to post', 'moderator', 'membership',
  ],
  /* SpamWord */ [
    ' spam ',
  ],
  /* Compliance */ [
    'not rfc 5322', 'not rfc 2822', 'not rfc 822', 'rfc 5322 compliant', 'rfc 2822 compliant', 'not compliant with rfc',
    'multiple subject', 'multiple from', 'multiple date', 'multiple message id', 'duplicate header', 'duplicated header',
    'missing header', 'invalid header', 'malformed header', 'header error', 'bad header', 'header syntax', 'missing date',
    'missing from', 'missing message id', 'duplicated message id', 'improper use of 8 bit', '8 bit data in message header',
  ],
];
