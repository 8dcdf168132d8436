/**
 * Reading the PLOVER gold-standard records (openeventdata/PLOVER, PLOVER_GSR_CAMEO.txt) as they are:
 * a JSON array of records, each one English sentence with its event type, source and target actors
 * (CAMEO-style codes: HUN, USAGOV, IGO...) and a markup of the words that carry each part. Types that
 * PLOVER later merged are renamed (DEMAND → REQUEST; DISAPPROVE, INVESTIGATE → ACCUSE; FIGHT →
 * ASSAULT); a party marked SRC/TAR in the markup is mutual (both source and target). Codes become
 * ISO 3166-1 alpha-3 where they name a state, and ORG for intergovernmental and other non-state bodies.
 */
import { existsSync, readFileSync } from 'node:fs';
import { EnvironmentError, ValidationError, EVENT_TYPES, type EventType } from '../../model/index.js';

export interface GsrParty {
  /** The words of the sentence that name the party. */
  text: string;
  /** The code as written in the file. */
  code: string;
  /** ISO3 of the state, or ORG for a body that is no state (IGO, NGO, armed groups). */
  country: string;
  /** Marked SRC/TAR: the party is on both sides (a mutual event). */
  mutual: boolean;
}

export interface GsrRecord {
  id: string;
  text: string;
  event_type: EventType;
  /** The type as the file writes it (before the renames). */
  written_type: string;
  date: string;
  sources: GsrParty[];
  targets: GsrParty[];
}

export const GSR_RENAMES: Readonly<Record<string, EventType>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

/** CAMEO country codes that differ from ISO3. */
const CAMEO_TO_ISO3: Readonly<Record<string, string>> = {
  JAP: 'JPN',
  ITL: 'ITA',
  VTN: 'VAT',
  ROM: 'ROU',
  DEN: 'DNK',
  GER: 'DEU',
  SAF: 'ZAF',
  BUL: 'BGR',
  KSV: 'XKX',
};
/** Codes of bodies that are no state (CAMEO's international and transnational actors). */
const NON_STATE = new Set(['IGO', 'NGO', 'IMG', 'ISM', 'MNC', 'UIS', 'NGM']);

/** The ISO3 code (or ORG) a CAMEO-style actor code stands for. */
export function countryOfCode(code: string): string {
  const c = code.toUpperCase();
  const head = c.slice(0, 3);
  if (NON_STATE.has(head)) return 'ORG';
  return CAMEO_TO_ISO3[head] ?? head;
}

interface RawParty {
  actorText?: unknown;
  code?: unknown;
}

function parties(raw: unknown, mutualTexts: Set<string>): GsrParty[] {
  if (!Array.isArray(raw)) return [];
  return (raw as RawParty[])
    .filter((p) => typeof p.code === 'string' && p.code)
    .map((p) => {
      const text = typeof p.actorText === 'string' ? p.actorText : '';
      return { text, code: p.code as string, country: countryOfCode(p.code as string), mutual: mutualTexts.has(text) };
    });
}

/** Read the file; the DOCUMENT record (the file's own documentation) is skipped. */
export function readPloverGsr(path: string): GsrRecord[] {
  if (!existsSync(path)) throw new EnvironmentError(`PLOVER GSR file not found: ${path}`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ValidationError([{ where: path, message: `not JSON: ${(error as Error).message}` }]);
  }
  if (!Array.isArray(raw)) throw new ValidationError([{ where: path, message: 'expected a JSON array of records' }]);
  const out: GsrRecord[] = [];
  const problems: Array<{ where: string; message: string }> = [];
  for (const r of raw as Array<Record<string, unknown>>) {
    const written = String(r.event ?? '');
    if (written === 'DOCUMENT') continue;
    const type = GSR_RENAMES[written] ?? written;
    const id = String(r.id ?? `#${out.length + 1}`);
    if (!(EVENT_TYPES as readonly string[]).includes(type) || typeof r.text !== 'string') {
      problems.push({ where: `${path}: ${id}`, message: `unknown event type "${written}" or no text` });
      continue;
    }
    const markup = String((r.textInfo as { markup?: unknown } | undefined)?.markup ?? '');
    const mutual = new Set([...markup.matchAll(/\(SRC\/TAR:\s*([^)]+)\)/g)].map((m) => (m[1] as string).trim()));
    out.push({
      id,
      text: r.text,
      event_type: type as EventType,
      written_type: written,
      date: typeof r.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? r.date : '2000-01-01',
      sources: parties(r.source, mutual),
      targets: parties(r.target, mutual),
    });
  }
  if (problems.length) throw new ValidationError(problems, `${path} has ${problems.length} bad record(s)`);
  return out;
}

/** Which records to score: all, or those whose id ends in an odd (held-out) or even (tuned-on) number. */
export type RecordSplit = 'all' | 'odd' | 'even';

export function splitRecords<T extends { id: string }>(records: readonly T[], which: RecordSplit): T[] {
  if (which === 'all') return [...records];
  const want = which === 'odd' ? 1 : 0;
  return records.filter((r) => {
    const n = /(\d+)$/.exec(r.id);
    return n !== null && Number(n[1]) % 2 === want;
  });
}
