/**
 * English verb and noun inflection for the coding dictionary: from a base form, every surface
 * form a news text may use (sign → signs, signed, signing; meet → met; withdraw → withdrew,
 * withdrawn). Regular rules generate a superset (both "visited" and "visitted"): a form that never
 * occurs costs nothing, a missed one loses an event. Irregular verbs come from a table.
 */

export interface VerbForms {
  base: string;
  /** Every surface form, base included. */
  all: string[];
  /** Forms that can be a past participle (for the passive). */
  participles: string[];
}

/** Irregular verbs: base → [past, past participle]. */
const IRREGULAR: Record<string, [string, string]> = {
  meet: ['met', 'met'],
  hold: ['held', 'held'],
  strike: ['struck', 'struck'],
  shoot: ['shot', 'shot'],
  send: ['sent', 'sent'],
  give: ['gave', 'given'],
  take: ['took', 'taken'],
  withdraw: ['withdrew', 'withdrawn'],
  make: ['made', 'made'],
  begin: ['began', 'begun'],
  fight: ['fought', 'fought'],
  bring: ['brought', 'brought'],
  lead: ['led', 'led'],
  win: ['won', 'won'],
  lose: ['lost', 'lost'],
  break: ['broke', 'broken'],
  speak: ['spoke', 'spoken'],
  tell: ['told', 'told'],
  say: ['said', 'said'],
  beat: ['beat', 'beaten'],
  buy: ['bought', 'bought'],
  sell: ['sold', 'sold'],
  pay: ['paid', 'paid'],
  shut: ['shut', 'shut'],
  put: ['put', 'put'],
  set: ['set', 'set'],
  hit: ['hit', 'hit'],
  cut: ['cut', 'cut'],
  keep: ['kept', 'kept'],
  leave: ['left', 'left'],
  deal: ['dealt', 'dealt'],
  fly: ['flew', 'flown'],
  seek: ['sought', 'sought'],
  come: ['came', 'come'],
  go: ['went', 'gone'],
  see: ['saw', 'seen'],
  freeze: ['froze', 'frozen'],
  throw: ['threw', 'thrown'],
  choose: ['chose', 'chosen'],
  write: ['wrote', 'written'],
  flee: ['fled', 'fled'],
  rise: ['rose', 'risen'],
  withhold: ['withheld', 'withheld'],
  uphold: ['upheld', 'upheld'],
  overthrow: ['overthrew', 'overthrown'],
  undertake: ['undertook', 'undertaken'],
  forbid: ['forbade', 'forbidden'],
  drive: ['drove', 'driven'],
  stand: ['stood', 'stood'],
  have: ['had', 'had'],
  do: ['did', 'done'],
  ring: ['rang', 'rung'],
  slay: ['slew', 'slain'],
  bid: ['bid', 'bid'],
  arise: ['arose', 'arisen'],
  foresee: ['foresaw', 'foreseen'],
  understand: ['understood', 'understood'],
  build: ['built', 'built'],
  lend: ['lent', 'lent'],
  spend: ['spent', 'spent'],
  feel: ['felt', 'felt'],
  find: ['found', 'found'],
  get: ['got', 'gotten'],
  swear: ['swore', 'sworn'],
  wage: ['waged', 'waged'],
  mislead: ['misled', 'misled'],
  rebuild: ['rebuilt', 'rebuilt'],
  inflict: ['inflicted', 'inflicted'],
  overrun: ['overran', 'overrun'],
  undergo: ['underwent', 'undergone'],
  draw: ['drew', 'drawn'],
  grow: ['grew', 'grown'],
  know: ['knew', 'known'],
  show: ['showed', 'shown'],
  sink: ['sank', 'sunk'],
  steal: ['stole', 'stolen'],
  catch: ['caught', 'caught'],
  forget: ['forgot', 'forgotten'],
  hear: ['heard', 'heard'],
  hide: ['hid', 'hidden'],
  lay: ['laid', 'laid'],
  mean: ['meant', 'meant'],
  ride: ['rode', 'ridden'],
  run: ['ran', 'run'],
  shake: ['shook', 'shaken'],
  sit: ['sat', 'sat'],
  sleep: ['slept', 'slept'],
  swim: ['swam', 'swum'],
  swing: ['swung', 'swung'],
  teach: ['taught', 'taught'],
  tear: ['tore', 'torn'],
  wake: ['woke', 'woken'],
  wear: ['wore', 'worn'],
  think: ['thought', 'thought'],
  become: ['became', 'become'],
  bind: ['bound', 'bound'],
  bleed: ['bled', 'bled'],
  blow: ['blew', 'blown'],
  cling: ['clung', 'clung'],
  creep: ['crept', 'crept'],
  dig: ['dug', 'dug'],
  eat: ['ate', 'eaten'],
  fall: ['fell', 'fallen'],
  feed: ['fed', 'fed'],
  forgive: ['forgave', 'forgiven'],
  kneel: ['knelt', 'knelt'],
  shine: ['shone', 'shone'],
  stride: ['strode', 'stridden'],
  strive: ['strove', 'striven'],
  sweep: ['swept', 'swept'],
  tread: ['trod', 'trodden'],
  withstand: ['withstood', 'withstood'],
};

const VOWEL = /[aeiou]/;

export function thirdPerson(b: string): string[] {
  if (/(?:s|sh|ch|x|z|o)$/.test(b)) return [`${b}es`];
  if (/[^aeiou]y$/.test(b)) return [`${b.slice(0, -1)}ies`];
  return [`${b}s`];
}

function pastRegular(b: string): string[] {
  if (b.endsWith('e')) return [`${b}d`];
  if (/[^aeiou]y$/.test(b)) return [`${b.slice(0, -1)}ied`];
  const out = [`${b}ed`];
  // Consonant-vowel-consonant ending: the final consonant may double (ban → banned, expel → expelled).
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(b)) out.push(`${b}${b.at(-1)}ed`);
  if (b.endsWith('c')) out.push(`${b}ked`);
  return out;
}

function gerund(b: string): string[] {
  if (b.endsWith('ie')) return [`${b.slice(0, -2)}ying`];
  if (b.endsWith('ee')) return [`${b}ing`];
  if (b.endsWith('e') && b.length > 2) return [`${b.slice(0, -1)}ing`, `${b}ing`];
  const out = [`${b}ing`];
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(b)) out.push(`${b}${b.at(-1)}ing`);
  if (b.endsWith('c')) out.push(`${b}king`);
  return out;
}

/** Prefixes that keep the verb's own forms: retake → retook, overrun → overran, outbid → outbid. */
const PREFIXES = ['re', 'over', 'under', 'out', 'mis', 'up', 'fore'];

function prefixedIrregular(b: string): [string, string] | undefined {
  for (const p of PREFIXES) {
    const forms = b.startsWith(p) ? IRREGULAR[b.slice(p.length)] : undefined;
    if (forms) return [p + forms[0], p + forms[1]];
  }
  return undefined;
}

/** Every form of a one-word verb. */
export function verbForms(base: string): VerbForms {
  const b = base.toLowerCase();
  const irregular = IRREGULAR[b] ?? prefixedIrregular(b);
  const past = irregular ? [irregular[0]] : pastRegular(b);
  const participles = irregular ? [irregular[1], irregular[0]] : past;
  const all = [...new Set([b, ...thirdPerson(b), ...past, ...participles, ...gerund(b)])];
  return { base: b, all, participles: [...new Set(participles)] };
}

/** Singular and plural of a noun (talks stays talks; talk → talks; strike → strikes). */
export function nounForms(noun: string): string[] {
  const n = noun.toLowerCase();
  if (n.endsWith('s') && !n.endsWith('ss')) return [n];
  if (/[^aeiou]y$/.test(n)) return [n, `${n.slice(0, -1)}ies`];
  if (/(?:sh|ch|x|ss)$/.test(n)) return [n, `${n}es`];
  return [n, `${n}s`];
}

const IRREGULAR_PAST = new Set(Object.values(IRREGULAR).flat());

/** An irregular past form ("drew", "held", "met"): a verb, never an adjective before a noun. */
export const irregularPast = (word: string): boolean => IRREGULAR_PAST.has(word);

/** True when a word looks like a verb in the past or past participle ("-ed", "held"), for any verb. */
export function looksPast(word: string): boolean {
  return (word.length > 4 && word.endsWith('ed') && VOWEL.test(word.slice(0, -2))) || IRREGULAR_PAST.has(word);
}
