import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HARD_CATEGORIES, renderDocs, TEMPORARY_CATEGORIES } from '../scripts/docs-render.js';
import { classify } from '../src/index.js';
import { RULES, type Rule } from '../src/classify/rules.js';
import { SIGNALS } from '../src/classify/signals.js';
import { CATEGORIES } from '../src/classify/categories.js';
import { REPLY_CODES } from '../src/catalogue/reply-codes.js';
import { ENHANCED_CODES } from '../src/catalogue/enhanced-codes.js';
import type { Category, SmtpCommand } from '../src/types.js';

const ROOT = new URL('../', import.meta.url);
const FILES = renderDocs();
const read = (path: string): string | null =>
  existsSync(new URL(path, ROOT)) ? readFileSync(new URL(path, ROOT), 'utf8') : null;

describe('generated docs are up to date', () => {
  it.each(Object.keys(FILES))('%s matches what `npm run docs` writes', (path) => {
    const committed = read(path);
    const message = `${path} is ${committed === null ? 'missing' : 'out of date'}: run \`npm run docs\` and commit the result`;
    expect(committed === FILES[path], message).toBe(true);
  });

  it('docs/reference/ holds no page the generator no longer writes', () => {
    const stale = readdirSync(new URL('docs/reference/', ROOT))
      .map((f) => `docs/reference/${f}`)
      .filter((p) => !(p in FILES));
    expect(stale, `stale pages ${stale.join(', ')}: delete them and run \`npm run docs\``).toEqual([]);
  });
});

/** Heading anchors as GitHub makes them (lower case, punctuation dropped, spaces to hyphens). */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const m of markdown.matchAll(/^#+ (.+)$/gm)) {
    anchors.add(
      m[1]!
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\- _]/gu, '')
        .replace(/ /g, '-'),
    );
  }
  for (const m of markdown.matchAll(/<a id="([^"]+)"><\/a>/g)) anchors.add(m[1]!);
  return anchors;
}

describe('generated docs: content', () => {
  it('every internal link points to an existing page and anchor', () => {
    const broken: string[] = [];
    for (const [path, content] of Object.entries(FILES)) {
      for (const m of content.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^https?:/.test(target)) continue;
        const [file, anchor] = target.split('#') as [string, string | undefined];
        const targetPath = file ? posix.join(posix.dirname(path), file) : path;
        const page = FILES[targetPath] ?? read(targetPath);
        if (page === null) broken.push(`${path}: ${target} (no such file)`);
        else if (anchor && !headingAnchors(page).has(anchor)) broken.push(`${path}: ${target} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every catalogue code has its own section, with its name, class and texts', () => {
    for (const e of REPLY_CODES) {
      const page = FILES[`docs/reference/${e.key[0]}xx.md`]!;
      expect(page).toContain(`<a id="${e.key}"></a>`);
      expect(page).toContain(`## ${e.key} — `);
    }
    for (const e of ENHANCED_CODES) {
      const page = FILES[`docs/reference/x.${e.key.split('.')[1]}.md`]!;
      expect(page).toContain(`<a id="${e.key.toLowerCase()}"></a>`);
      expect(page).toContain(`## ${e.key} — `);
    }
    const x11 = FILES['docs/reference/x.1.md']!;
    expect(x11).toContain('## X.1.1 — Bad destination mailbox address');
    expect(x11).toContain('- **Basic codes (IANA registry):** [451](4xx.md#451), [550](5xx.md#550)');
    expect(FILES['docs/reference/5xx.md']).toMatch(/## 550 — [^\n]+\n\n- \*\*Class:\*\* Permanent failure \(5xx\)/);
  });

  it('links enhanced codes and basic codes both ways', () => {
    const p5 = FILES['docs/reference/5xx.md']!;
    const section556 = p5.slice(p5.indexOf('<a id="556">'));
    expect(section556).toContain('[X.1.10](x.1.md#x.1.10)');
    expect(FILES['docs/reference/x.1.md']).toContain('[556](5xx.md#556)');
  });

  it('lists every rule in order, and every category', () => {
    const rules = FILES['docs/rules.md']!;
    let last = -1;
    for (const r of RULES) {
      const at = rules.indexOf(`<a id="${r.id}"></a>\`${r.id}\``);
      expect(at, r.id).toBeGreaterThan(last);
      last = at;
    }
    expect(rules).toContain('| enhanced code X.7.28 | yes |');
    const categories = FILES['docs/categories.md']!;
    for (const c of CATEGORIES) expect(categories).toContain(`\n## ${c}\n`);
  });
});

/** A reply that should meet the rule's conditions, with its class digit `digit` (0: no code at all). */
function replyFor(rule: Rule, digit: 0 | 4 | 5): { text: string; command?: SmtpCommand } | null {
  if (rule.classes && !rule.classes.includes(String(digit))) return null;
  if (digit === 0 && (rule.codes || rule.enhanced)) return null;
  const code = rule.codes ? rule.codes.find((c) => Math.floor(c / 100) === digit) : digit * 100 + 50;
  if (code === undefined) return null;
  const e = rule.enhanced?.[0];
  const enhanced = e ? `${digit}.${e.endsWith('.*') ? `${e.slice(0, -2)}.999` : e}` : '';
  const words = [...(rule.any?.slice(0, 1) ?? []), ...(rule.all ?? [])].map((s) => SIGNALS[s][0]!.trim());
  const text = [digit ? String(code) : '', enhanced, words.join(' ') || 'zz'].filter(Boolean).join(' ');
  return rule.commands ? { text, command: rule.commands[0]! } : { text };
}

/** The first rule-made reply that classify() sends down the rule itself, for a category and class. */
function sample(category: Category, digit: 0 | 4 | 5) {
  for (const rule of RULES.filter((r) => r.category === category)) {
    const reply = replyFor(rule, digit);
    if (!reply) continue;
    const result = classify(reply.text, reply.command ? { command: reply.command } : undefined);
    if (result.rule === rule.id) return { rule, result, reply };
  }
  return null;
}

describe('docs/categories.md agrees with classify()', () => {
  const failing = CATEGORIES.filter((c) => c !== 'success' && c !== 'intermediate' && c !== 'unknown');

  it.each(failing)('%s: bounce type of a 5xx and a 4xx reply', (category) => {
    const permanent = sample(category, 5);
    if (permanent)
      expect(permanent.result.bounce, permanent.reply.text).toBe(
        HARD_CATEGORIES.has(category) && !permanent.rule.soft && !permanent.result.retryable ? 'hard' : 'soft',
      );
    const temporary = sample(category, 4);
    if (temporary) expect(temporary.result.bounce, temporary.reply.text).toBe('soft');
    expect(permanent ?? temporary, `no rule-made reply reaches ${category}`).not.toBeNull();
  });

  it('retries replies without any code exactly in the categories documented as such', () => {
    let checked = 0;
    for (const category of failing) {
      const classless = sample(category, 0);
      if (!classless || classless.rule.retryable !== undefined) continue;
      expect(classless.result.retryable, classless.reply.text).toBe(TEMPORARY_CATEGORIES.has(category));
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});
