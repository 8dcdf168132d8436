/**
 * The sentence a briefing prints for a relation change when the record gives no words of its own (user
 * data, a scenario's hypothetical relation, a phase without a summary): one sentence per relation type
 * and change, with the parties' names as people use them. Directed types read actors[0] acting on
 * actors[1] (model/relation.ts): the member of the organization, the state whose forces are based in
 * the other, the supplier of the recipient. The wording stays factual and does not say who caused a
 * change the record does not attribute.
 */
import type { AnalysisRelation } from '../../analysis/input.js';
import { dayNumber, firstDay, lastDay, type RelationType } from '../../model/index.js';
import { possessive } from './names.js';

export const RELATION_CHANGES = [
  'begins',
  'ends',
  'frozen',
  'suspended',
  'resumes',
  'strengthened',
  'weakened',
  'reaffirmed',
] as const;
export type RelationChange = (typeof RELATION_CHANGES)[number];

/** The parties as they read inside a sentence: `a` is actors[0], `b` actors[1], `both` the two joined. */
export interface Parties {
  a: string;
  b: string;
  both: string;
}

type Say = (p: Parties) => string;
type Sentences = Record<RelationChange, Say>;

/** A cooperative tie between equals: an alliance, a strategic partnership, a partnership. */
function tie(noun: string, members: string, begins: Say): Sentences {
  return {
    begins,
    ends: (p) => `${p.both} are no longer ${members}`,
    frozen: (p) => `${p.both} freeze their ${noun}`,
    suspended: (p) => `${p.both} suspend their ${noun}`,
    resumes: (p) => `${p.both} revive their ${noun}`,
    strengthened: (p) => `${p.both} strengthen their ${noun}`,
    weakened: (p) => `${p.both} drift apart as ${members}`,
    reaffirmed: (p) => `${p.both} reaffirm their ${noun}`,
  };
}

const SENTENCES: Record<RelationType, Sentences> = {
  alliance: {
    ...tie('alliance', 'allies', (p) => `${p.both} become allies`),
    strengthened: (p) => `${p.both} draw closer as allies`,
  },
  'strategic-partnership': tie(
    'strategic partnership',
    'strategic partners',
    (p) => `${p.both} enter into a strategic partnership`,
  ),
  partnership: tie('partnership', 'partners', (p) => `${p.both} become partners`),
  membership: {
    begins: (p) => `${p.a} joins ${p.b}`,
    ends: (p) => `${p.a} leaves ${p.b}`,
    frozen: (p) => `${p.a} freezes its membership of ${p.b}`,
    suspended: (p) => `${possessive(p.a)} membership of ${p.b} is suspended`,
    resumes: (p) => `${p.a} returns to full membership of ${p.b}`,
    strengthened: (p) => `${p.a} takes a larger part in ${p.b}`,
    weakened: (p) => `${p.a} plays a lesser part in ${p.b}`,
    reaffirmed: (p) => `${p.a} reaffirms its membership of ${p.b}`,
  },
  'military-presence': {
    begins: (p) => `${p.a} stations forces in ${p.b}`,
    ends: (p) => `${p.a} withdraws its forces from ${p.b}`,
    frozen: (p) => `${possessive(p.a)} military presence in ${p.b} is frozen`,
    suspended: (p) => `${possessive(p.a)} military presence in ${p.b} is suspended`,
    resumes: (p) => `${possessive(p.a)} forces return to ${p.b}`,
    strengthened: (p) => `${p.a} expands its military presence in ${p.b}`,
    weakened: (p) => `${possessive(p.a)} military presence in ${p.b} counts for less`,
    reaffirmed: (p) => `The terms of ${possessive(p.a)} military presence in ${p.b} are renewed`,
  },
  peacekeeping: {
    begins: (p) => `${p.a} deploys peacekeepers in ${p.b}`,
    ends: (p) => `${possessive(p.a)} peacekeepers leave ${p.b}`,
    frozen: (p) => `${possessive(p.a)} peacekeeping mission in ${p.b} is frozen`,
    suspended: (p) => `${possessive(p.a)} peacekeeping mission in ${p.b} is suspended`,
    resumes: (p) => `${possessive(p.a)} peacekeepers take up their mission in ${p.b} again`,
    strengthened: (p) => `${p.a} reinforces its peacekeepers in ${p.b}`,
    weakened: (p) => `${possessive(p.a)} peacekeepers in ${p.b} lose much of their role`,
    reaffirmed: (p) => `${possessive(p.a)} peacekeeping mandate in ${p.b} is renewed`,
  },
  'agreement-party': {
    begins: (p) => `${p.both} conclude an agreement`,
    ends: (p) => `${p.both} are no longer bound by their agreement`,
    frozen: (p) => `${p.a} puts its agreement with ${p.b} on hold`,
    suspended: (p) => `${p.a} suspends its agreement with ${p.b}`,
    resumes: (p) => `${p.a} applies its agreement with ${p.b} again`,
    strengthened: (p) => `${p.both} extend their agreement`,
    weakened: (p) => `${p.both} narrow the scope of their agreement`,
    reaffirmed: (p) => `${p.both} reaffirm their agreement`,
  },
  mediation: {
    begins: (p) => `${p.a} takes up mediation with ${p.b}`,
    ends: (p) => `${p.a} no longer mediates with ${p.b}`,
    frozen: (p) => `${possessive(p.a)} mediation with ${p.b} stalls`,
    suspended: (p) => `${possessive(p.a)} mediation with ${p.b} is suspended`,
    resumes: (p) => `${p.a} takes up its mediation with ${p.b} again`,
    strengthened: (p) => `${p.a} steps up its mediation with ${p.b}`,
    weakened: (p) => `${possessive(p.a)} role as mediator with ${p.b} shrinks`,
    reaffirmed: (p) => `${p.a} renews its mediation with ${p.b}`,
  },
  rivalry: {
    begins: (p) => `${p.both} become rivals`,
    ends: (p) => `${p.both} are no longer rivals`,
    frozen: (p) => `${p.both} put their rivalry on hold`,
    suspended: (p) => `${p.both} set their rivalry aside for a time`,
    resumes: (p) => `Rivalry between ${p.both} flares up again`,
    strengthened: (p) => `Rivalry between ${p.both} sharpens`,
    weakened: (p) => `Rivalry between ${p.both} eases`,
    reaffirmed: (p) => `${p.both} remain rivals`,
  },
  hostility: {
    begins: (p) => `Relations between ${p.both} turn hostile`,
    ends: (p) => `${p.both} are no longer in a state of hostility`,
    frozen: (p) => `Hostility between ${p.both} goes quiet without being resolved`,
    suspended: (p) => `Hostility between ${p.both} is set aside for a time`,
    resumes: (p) => `Hostility between ${p.both} resumes`,
    strengthened: (p) => `Hostility between ${p.both} grows`,
    weakened: (p) => `Hostility between ${p.both} eases`,
    reaffirmed: (p) => `${p.both} remain hostile to each other`,
  },
  war: {
    begins: (p) => `War breaks out between ${p.both}`,
    ends: (p) => `The war between ${p.both} ends`,
    frozen: (p) => `Fighting between ${p.both} stops with the war unresolved`,
    suspended: (p) => `Fighting between ${p.both} is suspended`,
    resumes: (p) => `Fighting between ${p.both} resumes`,
    strengthened: (p) => `The war between ${p.both} escalates`,
    weakened: (p) => `Fighting between ${p.both} dies down`,
    reaffirmed: (p) => `${p.both} remain at war`,
  },
  occupation: {
    begins: (p) => `${p.a} occupies territory of ${p.b}`,
    ends: (p) => `${p.a} no longer holds territory of ${p.b}`,
    frozen: (p) => `${possessive(p.a)} occupation of ${possessive(p.b)} territory is frozen`,
    suspended: (p) => `${possessive(p.a)} occupation of ${possessive(p.b)} territory is suspended`,
    resumes: (p) => `${p.a} again occupies territory of ${p.b}`,
    strengthened: (p) => `${p.a} extends its hold on ${possessive(p.b)} territory`,
    weakened: (p) => `${p.a} holds less of ${possessive(p.b)} territory`,
    reaffirmed: (p) => `${p.a} keeps its hold on ${possessive(p.b)} territory`,
  },
  'diplomatic-rupture': {
    begins: (p) => `${p.both} break off diplomatic relations`,
    ends: (p) => `${p.both} open diplomatic relations`,
    frozen: (p) => `${p.both} keep up contacts for a time, still without diplomatic relations`,
    suspended: (p) => `${p.both} reopen contacts for a time, still without diplomatic relations`,
    resumes: (p) => `Contacts between ${p.both} break down again`,
    strengthened: (p) => `${p.both} grow further apart, still without diplomatic relations`,
    weakened: (p) => `${p.both} move toward normal relations, though without diplomatic ties yet`,
    reaffirmed: (p) => `${p.both} still have no diplomatic relations`,
  },
  recognition: {
    begins: (p) => `${p.a} recognises ${p.b}`,
    ends: (p) => `${p.a} withdraws its recognition of ${p.b}`,
    frozen: (p) => `${possessive(p.a)} recognition of ${p.b} is frozen`,
    suspended: (p) => `${p.a} suspends its recognition of ${p.b}`,
    resumes: (p) => `${p.a} again recognises ${p.b}`,
    strengthened: (p) => `${p.a} extends its recognition of ${p.b}`,
    weakened: (p) => `${p.a} qualifies its recognition of ${p.b}`,
    reaffirmed: (p) => `${p.a} reaffirms its recognition of ${p.b}`,
  },
  'development-rights': {
    begins: (p) => `${p.a} obtains development rights in ${p.b}`,
    ends: (p) => `${possessive(p.a)} development rights in ${p.b} expire`,
    frozen: (p) => `${possessive(p.a)} development rights in ${p.b} are frozen`,
    suspended: (p) => `${possessive(p.a)} development rights in ${p.b} are suspended`,
    resumes: (p) => `${possessive(p.a)} development rights in ${p.b} are restored`,
    strengthened: (p) => `${possessive(p.a)} development rights in ${p.b} are widened`,
    weakened: (p) => `${possessive(p.a)} development rights in ${p.b} are narrowed`,
    reaffirmed: (p) => `${possessive(p.a)} development rights in ${p.b} are confirmed`,
  },
  'transit-rights': {
    begins: (p) => `${p.a} obtains transit rights across ${p.b}`,
    ends: (p) => `${possessive(p.a)} transit across ${p.b} stops`,
    frozen: (p) => `${possessive(p.a)} transit across ${p.b} is frozen`,
    suspended: (p) => `${possessive(p.a)} transit across ${p.b} is suspended`,
    resumes: (p) => `${possessive(p.a)} transit across ${p.b} resumes`,
    strengthened: (p) => `${possessive(p.a)} transit across ${p.b} grows`,
    weakened: (p) => `${possessive(p.a)} transit across ${p.b} shrinks`,
    reaffirmed: (p) => `${possessive(p.a)} transit rights across ${p.b} are confirmed`,
  },
  'arms-supply': {
    begins: (p) => `${p.a} starts supplying arms to ${p.b}`,
    ends: (p) => `${p.a} stops supplying arms to ${p.b}`,
    frozen: (p) => `${p.a} freezes its arms deliveries to ${p.b}`,
    suspended: (p) => `${p.a} suspends its arms deliveries to ${p.b}`,
    resumes: (p) => `${p.a} resumes arms deliveries to ${p.b}`,
    strengthened: (p) => `${p.a} supplies more arms to ${p.b}`,
    weakened: (p) => `${p.a} supplies fewer arms to ${p.b}`,
    reaffirmed: (p) => `${p.a} goes on supplying arms to ${p.b}`,
  },
};

/** The sentence for a change of a relation of this type between these parties, capitalised and closed. */
export function relationSentence(type: RelationType, change: RelationChange, parties: Parties): string {
  const s = SENTENCES[type][change](parties);
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

/**
 * What the phase `i` of a relation changed, read against what held the day before it began: a freeze,
 * a suspension, an end; else a resumption after one of those, a strengthening or weakening against the
 * strength then in force (an earlier phase that covers that day, or the relation's own), or a
 * reaffirmation at the same strength.
 */
export function phaseChange(r: AnalysisRelation, i: number): RelationChange {
  const phases = r.phases ?? [];
  const ph = phases[i]!;
  if (ph.state === 'frozen' || ph.state === 'suspended') return ph.state;
  if (ph.state === 'ended') return 'ends';
  const dayBefore = dayNumber(firstDay(ph.from)) - 1;
  const prev = phases
    .slice(0, i)
    .reverse()
    .find((p) => dayNumber(firstDay(p.from)) <= dayBefore && (!p.to || dayNumber(lastDay(p.to)) >= dayBefore));
  if (prev && prev.state !== 'active') return 'resumes';
  const before = prev?.strength ?? r.strength;
  if (ph.strength !== undefined && ph.strength > before + 1e-9) return 'strengthened';
  if (ph.strength !== undefined && ph.strength < before - 1e-9) return 'weakened';
  return 'reaffirmed';
}
