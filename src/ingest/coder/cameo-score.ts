/**
 * Scoring the coder on the CAMEO codebook's example sentences (cameo-examples.ts). The examples name
 * a code but not the parties' countries, so only the type is scored: each sentence's focal event
 * against the code's PLOVER type (precision, recall, F1, per type). Two checks stand in for the
 * parties: how often the focal event of a typed example has both an actor and a recipient (every
 * CAMEO event is directed), and how often a statement (a code the table maps to null) codes nothing.
 */
import type { CameoExample } from './cameo-examples.js';
import { prf, r3 } from './prf.js';

/** The focal event of one sentence as the scorer sees it (null: nothing coded). */
export interface FocalView {
  event_type: string;
  actors: number;
  recipients: number;
}

export type FocalCoder = (text: string) => FocalView | null;

export interface CameoReport {
  examples: number;
  /** Examples whose code has a PLOVER type. */
  typed: number;
  type_only: { extracted: number; matched: number; precision: number; recall: number; f1: number };
  /** Typed examples whose focal event, of any type, has an actor and a recipient. */
  two_parties: { found: number; share: number };
  /** Of the typed examples coded with the right type: how many have a recipient too. */
  right_type_with_recipient: { records: number; found: number; share: number };
  /** Statements (null in the table): how many code no focal event. */
  statements: { records: number; nothing_coded: number; share: number };
  by_type: Record<string, { gold: number; extracted: number; matched: number; f1: number }>;
  /** Typed examples not coded with their type, with what was coded. */
  missed: Array<{ id: string; code: string; type: string; coded: string }>;
}

export function scoreCameoExamples(examples: readonly CameoExample[], code: FocalCoder): CameoReport {
  const rows = new Map<string, { gold: number; extracted: number; matched: number }>();
  const row = (t: string) => {
    let r = rows.get(t);
    if (!r) rows.set(t, (r = { gold: 0, extracted: 0, matched: 0 }));
    return r;
  };
  let typed = 0;
  let extracted = 0;
  let matched = 0;
  let parties = 0;
  const rightType = { records: 0, found: 0 };
  const statements = { records: 0, nothing_coded: 0 };
  const missed: CameoReport['missed'] = [];
  for (const ex of examples) {
    const focal = code(ex.text);
    if (ex.event_type === null) {
      statements.records++;
      if (!focal) statements.nothing_coded++;
      continue;
    }
    typed++;
    row(ex.event_type).gold++;
    if (focal) {
      extracted++;
      row(focal.event_type).extracted++;
      if (focal.actors && focal.recipients) parties++;
    }
    if (focal?.event_type === ex.event_type) {
      matched++;
      row(ex.event_type).matched++;
      rightType.records++;
      if (focal.recipients) rightType.found++;
    } else
      missed.push({
        id: ex.id,
        code: ex.code,
        type: ex.event_type,
        coded: focal ? `${focal.event_type} (${focal.actors} actor(s), ${focal.recipients} recipient(s))` : '-',
      });
  }
  const by_type: CameoReport['by_type'] = {};
  for (const [t, r] of [...rows].sort(([a], [b]) => a.localeCompare(b)))
    by_type[t] = { ...r, f1: prf(r.gold, r.extracted, r.matched, r.matched).f1 };
  return {
    examples: examples.length,
    typed,
    type_only: { extracted, matched, ...prf(typed, extracted, matched, matched) },
    two_parties: { found: parties, share: r3(typed ? parties / typed : 0) },
    right_type_with_recipient: {
      ...rightType,
      share: r3(rightType.records ? rightType.found / rightType.records : 0),
    },
    statements: { ...statements, share: r3(statements.records ? statements.nothing_coded / statements.records : 0) },
    by_type,
    missed,
  };
}
