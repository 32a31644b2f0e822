/**
 * The CSV reading shared by the catalogue tests, which check the tables in src/catalogue against
 * the reference exports snapshotted in test/fixtures/reference (scripts/snapshot.ts refreshes them).
 */
import { readFileSync } from 'node:fs';

/** Minimal RFC 4180-style parser: quoted fields may hold commas, line breaks and doubled quotes. Blank lines are dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** A CSV file split into its header and its records. */
export interface CsvTable {
  readonly header: readonly string[];
  /** Every row after the header. */
  readonly records: readonly (readonly string[])[];
  /** Index of the named header column; throws when the file has no such column. */
  readonly col: (name: string) => number;
}

/** Reads and parses the snapshot `test/fixtures/reference/<name>` (see its SOURCES.md). */
export function readSharedCsv(name: string): CsvTable {
  const text = readFileSync(new URL(`../fixtures/reference/${name}`, import.meta.url), 'utf8');
  const [header = [], ...records] = parseCsv(text);
  const col = (column: string): number => {
    const index = header.indexOf(column);
    if (index < 0) throw new Error(`column ${column} missing from ${name}`);
    return index;
  };
  return { header, records, col };
}
