/**
 * The bold line of a briefing entry, written from its figures: where the entry stands after the
 * period (the arrow), the tie that moved most and which way, and how conflict and cooperation events
 * compare with the previous period of equal length. An entry with nothing recorded says so.
 */
import type { Arrow } from './arrow.js';
import { possessive, signed, theName } from './names.js';
import type { BriefTie } from './ties.js';

export interface RationaleInput {
  title: string;
  pair: boolean;
  arrow: Arrow;
  empty: boolean;
  /** "quarter", "month", "45 days". */
  periodWord: string;
  /** "1 July and 30 September 2025". */
  span: string;
  /** The entry's ties that moved most, largest first. */
  ties: readonly BriefTie[];
  /** The entry's own actor, for naming the other end of the top tie. */
  self?: string;
  conflict: { now: number; before: number };
  cooperation: { now: number; before: number };
}

function change(what: string, f: { now: number; before: number }): string {
  if (f.now === f.before) return `${what} held at ${f.now}`;
  return `${what} ${f.now > f.before ? 'rose' : 'fell'} from ${f.before} to ${f.now}`;
}

/** The largest move, and a large one the other way if there is one (mixed periods say so). */
function tieClauses(r: RationaleInput): string[] {
  const [top, ...rest] = r.ties.filter((t) => Math.abs(t.delta) >= 0.005);
  if (!top) return [];
  const first = tieClause(top, r.pair, r.self);
  const other = rest
    .slice(0, 3)
    .find((t) => Math.sign(t.delta) !== Math.sign(top.delta) && Math.abs(t.delta) >= 0.5 * Math.abs(top.delta));
  return [other ? `${first}, while ${tieClause(other, r.pair, r.self)}` : first];
}

function tieClause(t: BriefTie, pair: boolean, self?: string): string {
  const other = theName(t.a === self ? t.bName : t.aName);
  const subject = pair ? 'the tie' : `the tie with ${other}`;
  if (t.signFlip)
    return `${subject} turned from ${t.before < 0 ? 'hostile to friendly' : 'friendly to hostile'} (${signed(t.before)} to ${signed(t.after)})`;
  return `${subject} ${t.delta > 0 ? 'warmed' : 'cooled'} from ${signed(t.before)} to ${signed(t.after)}`;
}

const LEAD: Record<Arrow, string> = {
  improved: 'improved',
  deteriorated: 'deteriorated',
  unchanged: 'held broadly steady',
};

export function rationale(r: RationaleInput): string {
  if (r.empty)
    return `Orrery records no events${r.pair ? ' between the two' : ` involving ${theName(r.title)}`} between ${r.span}, and none of the ${r.pair ? 'pair’s' : 'country’s'} ties moved; nothing here supports a change of course.`;
  const subject = r.pair
    ? `Relations between ${r.title.split(' – ').map(theName).join(' and ')}`
    : `${possessive(theName(r.title))} position`;
  const parts = tieClauses(r);
  const events = r.conflict.now + r.conflict.before + r.cooperation.now + r.cooperation.before;
  if (events === 0) parts.push(`no events were recorded in this ${r.periodWord} or the one before`);
  else {
    const counts = [change('conflict events', r.conflict)];
    if (r.cooperation.now !== r.cooperation.before || r.conflict.now === r.conflict.before)
      counts.push(change('cooperative ones', r.cooperation));
    parts.push(`${counts.join(' and ')} against the previous ${r.periodWord}`);
  }
  const body = parts.length > 1 ? `${parts.slice(0, -1).join('; ')}; ${parts[parts.length - 1]}` : parts[0];
  const lead =
    r.arrow === 'unchanged' && parts.length > 1 && / while /.test(parts[0]!) ? 'held steady on balance' : LEAD[r.arrow];
  const text = `${subject} ${lead}: ${body}.`.replace(/ {2,}/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
