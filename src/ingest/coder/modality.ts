/**
 * Whether a coded verb reports something that happened, or only a negated, hypothetical, future,
 * demanded or opinion statement (PLOVER's auxiliary modes). Cue words are looked for between the
 * verb and its subject (negators, modals, "will", "plans to", "refused to"), and in the scopes
 * that govern it from further left: a condition ("if ..." up to its comma), a denial ("denied
 * that ..."), a demand ("urged X to ...", "called on X to ..."), an opinion ("believed to have",
 * "appears to"), a question (the sentence ends with "?").
 */
import type { Token } from './tokens.js';
import {
  ADVERBS,
  CONDITIONALS,
  THREAT_LEADS,
  DEMAND_LEADS,
  DENIAL_LEADS,
  FUTURE,
  FUTURE_LEADS,
  MODALS_HYPOTHETICAL,
  NEGATED_LEADS,
  NEGATORS,
  OPINION_WORDS,
  ALLEGATION_LEADS,
} from './words.js';

export type Modality = 'actual' | 'hypothetical' | 'negated' | 'future' | 'demanded' | 'opinion';

export interface ModalityResult {
  modality: Modality;
  /** The cue word that decided it, for the rule string. */
  cue: string | null;
}

const NOUN_HYPOTHETICAL = new Set([
  'potential',
  'possible',
  'proposed',
  'planned',
  'future',
  'prospective',
  'hypothetical',
  'eventual',
  'likely',
  'would-be',
  'any',
]);
const NOUN_NEGATED = new Set(['no', 'without', 'never', 'lack', 'absence']);

/** Words before "called" when it names rather than asks ("what it called", "so-called"). */
const NAMERS = new Set(['it', 'they', 'he', 'she', 'what', 'officially', 'so', 'so-']);

function isNeg(t: Token, next: Token | undefined): boolean {
  if (t.low === 'not' && next?.low === 'only') return false;
  return NEGATORS.has(t.low) || t.low.endsWith("n't");
}

/**
 * The modality of the event carried by token `v`; `from` is where its subject ends (or where to
 * stop looking for close cues).
 */
export function modalityOf(tokens: Token[], v: number, from: number, noun: boolean, question: boolean): ModalityResult {
  const close = Math.max(from, v - 6, 0);
  let result: ModalityResult | null = null;
  const pick = (m: Modality, cue: string): void => {
    const rank: Record<Modality, number> = {
      negated: 5,
      hypothetical: 4,
      demanded: 3,
      future: 2,
      opinion: 1,
      actual: 0,
    };
    if (!result || rank[m] > rank[result.modality]) result = { modality: m, cue };
  };
  for (let i = close; i < v; i++) {
    const t = tokens[i] as Token;
    const w = t.low;
    if (isNeg(t, tokens[i + 1]) && !(noun && w === 'not')) pick('negated', w);
    // "far from being resolved": the act did not happen
    else if (w === 'far' && tokens[i + 1]?.low === 'from') pick('negated', 'far from');
    else if (NEGATED_LEADS.has(w) && tokens[i + 1]?.low === 'to') pick('negated', w);
    else if (THREAT_LEADS.has(w) && tokens[i + 1]?.low === 'to') pick('hypothetical', w);
    else if (MODALS_HYPOTHETICAL.has(w)) pick('hypothetical', w);
    else if (FUTURE.has(w)) pick('future', w);
    else if (
      FUTURE_LEADS.has(w) &&
      (tokens[i + 1]?.low === 'to' || (ADVERBS.has(tokens[i + 1]?.low ?? '') && tokens[i + 2]?.low === 'to'))
    )
      pick('future', w);
    else if (
      (w === 'going' ||
        w === 'set' ||
        w === 'about' ||
        w === 'ready' ||
        w === 'prepared' ||
        w === 'willing' ||
        w === 'due') &&
      tokens[i + 1]?.low === 'to'
    )
      pick('future', w);
    else if (OPINION_WORDS.has(w)) pick('opinion', w);
    // "wrote to Peru urging it to withdraw": the subject found sits after the demand, still its scope.
    // ("asked to join" is the subject's own wish: no one is asked.)
    else if (
      DEMAND_LEADS.has(w) &&
      i > 0 &&
      tokens[i + 1]?.low !== 'to' &&
      tokens.slice(i + 2, v).some((x) => x.low === 'to')
    )
      pick('demanded', w);
  }
  if (noun) {
    for (let i = Math.max(0, v - 3); i < v; i++) {
      const w = (tokens[i] as Token).low;
      if (NOUN_HYPOTHETICAL.has(w)) pick('hypothetical', w);
      if (NOUN_NEGATED.has(w)) pick('negated', w);
    }
    // "demanded the withdrawal", "called for an immediate ceasefire": the act asked for, not done.
    for (let i = Math.max(0, v - 4); i < v; i++) {
      const w = (tokens[i] as Token).low;
      // ("what it called anti-terrorist measures" names the act; it asks for nothing)
      const naming = w.startsWith('call') && NAMERS.has(tokens[i - 1]?.low ?? '');
      if (DEMAND_LEADS.has(w) && !naming && !tokens.slice(i + 1, v).some((x) => x.low === ',' || x.low === 'and'))
        pick('demanded', w);
    }
  }
  // Scopes opened further left in the sentence.
  for (let i = 0; i < close; i++) {
    const t = tokens[i] as Token;
    const w = t.low;
    if (CONDITIONALS.has(w) && !tokens.slice(i + 1, v).some((x) => x.low === ',' || x.low === ';'))
      pick('hypothetical', w);
    else if (w === 'far' && tokens[i + 1]?.low === 'from' && v - i <= 5) pick('negated', 'far from');
    else if (
      DENIAL_LEADS.has(w) &&
      tokens
        .slice(i + 1, Math.min(i + 4, v))
        .some((x) => ['that', 'claims', 'reports', 'allegations', 'accusations', 'suggestions'].includes(x.low))
    )
      pick('negated', w);
    else if (
      DEMAND_LEADS.has(w) &&
      v - i <= 10 &&
      tokens.slice(i + 1, v).some((x) => x.low === 'to' || x.low === 'that') &&
      !tokens.slice(i + 1, v).some((x) => x.low === ';' || x.low === '.')
    )
      pick('demanded', w);
    else if (
      ALLEGATION_LEADS.has(w) &&
      tokens.slice(i + 1, Math.min(i + 3, v)).some((x) => x.low === 'that') &&
      !tokens.slice(i + 1, v).some((x) => x.low === ';')
    )
      pick('opinion', `alleged:${w}`);
    else if (OPINION_WORDS.has(w) && v - i <= 8) pick('opinion', w);
    else if (w === 'view' && tokens[i - 1]?.low === 'my') pick('opinion', 'in my view');
  }
  if (question) pick('hypothetical', '?');
  return result ?? { modality: 'actual', cue: null };
}
