/**
 * The regular expressions of the bounce reader. Like src/regex.ts they are audited by
 * test/regex.test.ts: each is `UPPER_SNAKE_REGEX` with a one-line doc, and recheck must find it
 * safe from ReDoS. Every quantifier is bounded or stands next to a literal it cannot overlap, so a
 * match attempt is linear; the rest of the reader scans characters and looks up fixed phrases.
 */

/** An enhanced status code `X.Y.Z` (class 2, 4 or 5) not glued to other digits or dots (global); finds `5.1.1` in `550 5.1.1 …`, `#5.1.1` or `(4.4.7)`, not in `192.5.1.10`. */
export const ENHANCED_STATUS_REGEX = /(?<![0-9.])[245]\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9]|\.[0-9])/g;

/** A reply code `2xx`–`5xx` standing alone, followed by a space, `-`, `:`, `,` or the end, or after a colon and followed by a space or `,` (global); finds `550` in `said: 550 …`, `550: …` or `CODE :550,`, not in `192.0.2.550`, `SIZE=1550` or an IPv6 `2001:220:…`. */
export const REPLY_CODE_REGEX = /(?<![0-9A-Za-z.=#:-])[2-5][0-5][0-9](?=[ :,-]|$)|(?<=:)[2-5][0-5][0-9](?=[ ,])/gm;
