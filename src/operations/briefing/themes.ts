/**
 * Which paragraph of an entry a fact goes to. Events by PLOVER type, quad class and context;
 * relations by type:
 * - Domestic politics: an event within one state (its parties all stand for the same one), or one
 *   about elections, religion or domestic politics between at most one state or international body
 *   and groups (a government and its opposition), never one between two states;
 * - Economy and corridors: an event about the economy, energy or transport; transit and development
 *   rights;
 * - Security: material conflict, threats and mobilisations, or an event about military matters,
 *   peacekeeping or terrorism; alliances, bases, peacekeeping, hostility, war, occupation, rivalry and
 *   arms supply;
 * - Diplomacy: the rest (agreements, talks, support, demands, accusations, refusals; partnerships,
 *   memberships, mediation, recognition, ruptures).
 */
import type { AnalysisEvent, AnalysisRelation } from '../../analysis/input.js';
import type { THEMES } from '../../contracts/brief.js';

export type Theme = (typeof THEMES)[number];

const ECONOMY = new Set(['economic', 'energy', 'transport']);
const SECURITY_CONTEXTS = new Set(['military', 'peacekeeping', 'terrorism']);
const SECURITY_TYPES = new Set(['THREATEN', 'MOBILIZE']);
const DOMESTIC_CONTEXTS = new Set(['domestic-politics', 'election', 'religion']);

/** `isBody`: a state, an organization, an alliance or a format (not a group, person or territory). */
export function eventTheme(e: AnalysisEvent & { context?: readonly string[] }, isBody: (id: string) => boolean): Theme {
  const parties = new Set([...e.actor_country, ...e.recipient_country]);
  const context = e.context ?? [];
  const bodies = [...parties].filter(isBody).length;
  if (parties.size <= 1 || (context.some((c) => DOMESTIC_CONTEXTS.has(c)) && bodies <= 1)) return 'Domestic politics';
  if (context.some((c) => ECONOMY.has(c))) return 'Economy and corridors';
  if (
    e.quad_class === 'material-conflict' ||
    SECURITY_TYPES.has(e.event_type ?? '') ||
    context.some((c) => SECURITY_CONTEXTS.has(c))
  )
    return 'Security';
  return 'Diplomacy';
}

const SECURITY_RELATIONS = new Set([
  'alliance',
  'military-presence',
  'peacekeeping',
  'hostility',
  'war',
  'occupation',
  'rivalry',
  'arms-supply',
]);

export function relationTheme(r: Pick<AnalysisRelation, 'type'>): Theme {
  if (r.type === 'transit-rights' || r.type === 'development-rights') return 'Economy and corridors';
  return SECURITY_RELATIONS.has(r.type) ? 'Security' : 'Diplomacy';
}
