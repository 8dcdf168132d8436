/**
 * Scoring the coder on the PLOVER gold-standard records (plover-gsr.ts), one sentence per record:
 * strict precision/recall/F1 (same type, every gold source among the coded actors' countries,
 * every gold target among the recipients' countries; a mutual SRC/TAR party on either side),
 * type-only F1 (same type on the sentence), dyad accuracy with roles in order, a role-swap check
 * (the two parties' words exchanged in the sentence must exchange the coded roles), how often a
 * recipient is found when the gold event has a target, and a per-type table.
 */
import type { GsrParty, GsrRecord } from './plover-gsr.js';
import { prf, r3 } from './prf.js';

/** One coded event as the scorer sees it (countries resolved; ORG added for bodies that are no state). */
export interface CodedView {
  event_type: string;
  actor_country: string[];
  recipient_country: string[];
  modality: string;
}

export type SentenceCoder = (text: string, date: string) => CodedView[];

export interface Prf {
  gold: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface GsrReport {
  records: number;
  strict: Prf;
  type_only: Prf;
  /** Records with a source and a target (not mutual): an event of any type with both, roles in order. */
  dyad: { records: number; in_order: number; accuracy: number };
  /** Records whose two parties' words can be exchanged; right = the swapped sentence codes the swapped roles. */
  role_swap: { records: number; original_in_order: number; swapped_in_order: number; consistency: number };
  /** Records whose gold event has a target: a recipient found at all, and the gold one. */
  recipient: { records: number; found: number; share_found: number; right: number; share_right: number };
  by_type: Record<
    string,
    { gold: number; extracted: number; matched: number; strict_f1: number; type_only_f1: number }
  >;
  /** Record ids not matched strictly, with what was coded (for reading failures). */
  missed: Array<{ id: string; type: string; coded: string[] }>;
}

function counted(gold: number, extracted: number, matchedGold: number, matchedExtracted: number): Prf {
  return { gold, extracted, matched: matchedGold, ...prf(gold, extracted, matchedGold, matchedExtracted) };
}

const has = (list: string[], p: GsrParty): boolean => list.includes(p.country);

/** Does a coded event carry the gold record's dyad (ignoring the type)? */
export function dyadFits(g: GsrRecord, x: CodedView): boolean {
  for (const s of g.sources) {
    if (s.mutual ? !has(x.actor_country, s) && !has(x.recipient_country, s) : !has(x.actor_country, s)) return false;
  }
  for (const t of g.targets) {
    if (t.mutual ? !has(x.actor_country, t) && !has(x.recipient_country, t) : !has(x.recipient_country, t))
      return false;
  }
  return true;
}

export const strictFits = (g: GsrRecord, x: CodedView): boolean => x.event_type === g.event_type && dyadFits(g, x);

/** The sentence with the words of two parties exchanged, or null when either is absent or repeated. */
export function swapParties(text: string, a: string, b: string): string | null {
  if (!a || !b || a === b || a.includes(b) || b.includes(a)) return null;
  const count = (w: string): number => text.split(w).length - 1;
  if (count(a) !== 1 || count(b) !== 1) return null;
  const marker = '\u0000';
  return text.replace(a, marker).replace(b, a).replace(marker, b);
}

function inOrder(source: GsrParty, target: GsrParty, coded: CodedView[]): boolean {
  return coded.some((x) => has(x.actor_country, source) && has(x.recipient_country, target));
}

export function scoreGsr(
  records: readonly GsrRecord[],
  code: SentenceCoder,
  modality: 'actual' | 'all' = 'actual',
): GsrReport {
  let extracted = 0;
  let matchedStrict = 0;
  let matchedType = 0;
  let dyadRecords = 0;
  let dyadRight = 0;
  const swap = { records: 0, original_in_order: 0, swapped_in_order: 0 };
  const rec = { records: 0, found: 0, right: 0 };
  const types = new Map<
    string,
    { gold: number; extracted: number; matched: number; typeMatched: number; typeExtracted: number }
  >();
  const typeRow = (t: string) => {
    let row = types.get(t);
    if (!row) types.set(t, (row = { gold: 0, extracted: 0, matched: 0, typeMatched: 0, typeExtracted: 0 }));
    return row;
  };
  const missed: GsrReport['missed'] = [];
  for (const g of records) {
    const coded = code(g.text, g.date).filter((x) => modality === 'all' || x.modality === 'actual');
    extracted += coded.length;
    typeRow(g.event_type).gold++;
    for (const x of coded) typeRow(x.event_type).extracted++;
    if (coded.some((x) => strictFits(g, x))) {
      matchedStrict++;
      typeRow(g.event_type).matched++;
    } else
      missed.push({
        id: g.id,
        type: g.event_type,
        coded: coded.map((x) => `${x.event_type} ${x.actor_country.join('+')}>${x.recipient_country.join('+')}`),
      });
    if (coded.some((x) => x.event_type === g.event_type)) {
      matchedType++;
      typeRow(g.event_type).typeMatched++;
    }
    const sources = g.sources.filter((p) => !p.mutual);
    const targets = g.targets.filter((p) => !p.mutual);
    if (g.targets.length) {
      rec.records++;
      if (coded.some((x) => x.recipient_country.length)) rec.found++;
      if (coded.some((x) => g.targets.every((t) => has(x.recipient_country, t)))) rec.right++;
    }
    if (sources.length && targets.length) {
      dyadRecords++;
      if (coded.some((x) => dyadFits(g, x))) dyadRight++;
    }
    const s = sources[0];
    const t = targets[0];
    if (sources.length === 1 && targets.length === 1 && s && t && s.country !== t.country) {
      const swapped = swapParties(g.text, s.text, t.text);
      if (swapped) {
        swap.records++;
        if (inOrder(s, t, coded)) {
          swap.original_in_order++;
          const again = code(swapped, g.date).filter((x) => modality === 'all' || x.modality === 'actual');
          if (inOrder(t, s, again)) swap.swapped_in_order++;
        }
      }
    }
  }
  // Precision counts at most one matched coded event per record (one gold event per sentence).
  const strict = counted(records.length, extracted, matchedStrict, matchedStrict);
  const typeOnly = counted(records.length, extracted, matchedType, matchedType);
  const by_type: GsrReport['by_type'] = {};
  for (const [t, row] of [...types].sort(([a], [b]) => a.localeCompare(b)))
    by_type[t] = {
      gold: row.gold,
      extracted: row.extracted,
      matched: row.matched,
      strict_f1: prf(row.gold, row.extracted, row.matched, row.matched).f1,
      type_only_f1: prf(row.gold, row.extracted, row.typeMatched, row.typeMatched).f1,
    };
  return {
    records: records.length,
    strict,
    type_only: typeOnly,
    dyad: { records: dyadRecords, in_order: dyadRight, accuracy: r3(dyadRecords ? dyadRight / dyadRecords : 0) },
    role_swap: {
      ...swap,
      consistency: r3(swap.original_in_order ? swap.swapped_in_order / swap.original_in_order : 0),
    },
    recipient: {
      ...rec,
      share_found: r3(rec.records ? rec.found / rec.records : 0),
      share_right: r3(rec.records ? rec.right / rec.records : 0),
    },
    by_type,
    missed,
  };
}
