import type { CompareTemplates } from '../types.js';
import { deepFreeze } from '../../freeze.js';

/** English sentence templates of compare(). */
export const compare: CompareTemplates = /* @__PURE__ */ deepFreeze({
  sameClass: '{a} and {b} are in the same class: {class} (first digit {digit}).',
  differentClass:
    '{a} is in class {classA} (first digit {digitA}), while {b} is in class {classB} (first digit {digitB}).',
  identical: 'Both sides name the same code, {a}, so there is no difference to report.',
  bothSucceed: 'Neither {a} nor {b} reports a failure, so there is nothing to retry.',
  bothTemporary: 'Both {a} and {b} report a temporary failure: keep the message queued and try again later.',
  bothPermanent: 'Both {a} and {b} are final: sending the same request again without changes fails again.',
  temporaryVsSuccess:
    '{temporary} asks the client to try again later, while {ok} reports no failure and needs no retry.',
  permanentVsSuccess: '{permanent} is a refusal that a retry will not change, while {ok} reports no failure at all.',
  temporaryVsPermanent:
    'After {temporary} the same request may succeed on a later attempt; after {permanent} it will not, unless something changes first.',
  kindDiffers:
    '{basic} is a three-digit basic reply code (RFC 5321), while {enhanced} is an enhanced status code (RFC 3463) that servers write at the start of the reply text to say more precisely what happened.',
  sameSubject: '{a} and {b} share the subject {subjectKey}, {subject}; only the detail number differs.',
  differentSubject:
    '{a} is about {subjectA} (subject {subjectKeyA}), while {b} is about {subjectB} (subject {subjectKeyB}).',
  sameDetail:
    '{a} and {b} are the same registry entry, {key}, with different class digits: they name the same condition and differ only in the outcome.',
  sharedBasic: '{a} and {b} have these basic codes in common in the IANA registry: {list}.',
  registryListed: 'The IANA registry lists {basic} among the basic codes used with {entry} ({name}).',
  registryNotListed: 'The IANA registry does not pair {basic} with {entry}; it lists {list} for it.',
  registryNone:
    'The IANA registry names no particular basic code for {entry}, so {basic} is neither expected nor excluded with it.',
  classMismatch:
    '{basic} and {enhanced} cannot appear together in one reply, because the class digit of an enhanced code has to match the first digit of the basic code (RFC 2034 §4).',
  fallbackClass: '{code} is not in the catalogue, so it is described by its class entry {key}.',
  fallbackSubject: 'The detail of {code} is not registered, so it is described by its subject entry {key}.',
  userNotLocal:
    'Both answer a recipient whose mailbox is not on this server (RFC 5321 §3.4): with {forward} the server accepts the message and passes it on itself, with {refuse} it refuses and leaves the client to resend to the address named in the reply.',
  acceptedForward:
    'Both accept the recipient, but {forward} adds that the mailbox lives elsewhere and that this server will forward the message there; {ok} says nothing about where the mailbox is.',
  acceptedUnverified:
    '{ok} confirms that the command succeeded, while {unverified}, typically the answer to VRFY, accepts mail for the address without confirming that it exists (RFC 5321 §3.5.3).',
  mailboxUnavailable:
    'Both say the mailbox is unavailable: {temporary} for a condition expected to pass, such as a busy mailbox or greylisting, {permanent} for one that will not, such as a mailbox that does not exist or a policy refusal.',
  storage:
    '{temporary} reports a short-lived lack of storage or resources on the server, while {permanent} reports an exceeded limit such as a full mailbox or an oversized message; for too many recipients RFC 5321 §4.5.3.1.10 makes {temporary} the right code and asks clients to treat a {permanent} given for that reason as temporary.',
  atConnection:
    'As the first reply of a session, {temporary} turns the client away for now and closes the connection, whereas {permanent} says this server offers the client no SMTP service at all and waits only for QUIT (RFC 5321 §3.1).',
  noMail:
    'Both are final and come from RFC 7504: {host} says this host accepts no mail, while {domain} says the whole recipient domain accepts none, as a null MX record declares.',
  whenSuccess: '{code} ({name}) applies when the command succeeded; the client simply carries on.',
  whenIntermediate:
    '{code} ({name}) applies in the middle of an exchange, when the server expects the client to send more.',
  whenTransient:
    '{code} ({name}) applies when the failure is expected to clear by itself; keep the message and try again later.',
  whenPermanent:
    '{code} ({name}) applies when the request cannot succeed as it stands; something has to change before sending again.',
  summarySame: 'Both {a} ({nameA}) and {b} ({nameB}) mean {outcome}.',
  summaryDifferent: '{a} ({nameA}) means {outcomeA}, whereas {b} ({nameB}) means {outcomeB}.',
  summaryIdentical: '{a} ({nameA}) is compared with itself.',
  outcomeSuccess: 'success',
  outcomeIntermediate: 'that the server is waiting for more input',
  outcomeTransient: 'a temporary failure',
  outcomePermanent: 'a permanent failure',
  subject0: 'other or undefined status',
  subject1: 'addressing',
  subject2: 'the mailbox',
  subject3: 'the mail system',
  subject4: 'network and routing',
  subject5: 'the mail delivery protocol',
  subject6: 'message content or media',
  subject7: 'security or policy',
  subjectUnknown: 'a subject the registry does not define',
  listSeparator: ', ',
} as const satisfies CompareTemplates);
