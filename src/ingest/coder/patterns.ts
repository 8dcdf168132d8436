/**
 * Verb and noun patterns (data/coding/verbs.yaml): their schema, and their compilation into look-up
 * tables keyed by surface form, so that coding a sentence costs one map look-up per word.
 */
import { z } from 'zod';
import { CONTEXTS, EVENT_TYPES, MODES, type EventType } from '../../model/index.js';
import { nounForms, verbForms } from './inflect.js';
import { fold } from './tokens.js';

const SLOTS = [
  'object',
  'with',
  'to',
  'against',
  'on',
  'from',
  'for',
  'over',
  'of',
  'at',
  'into',
  'in',
  'that',
  'between',
  'upon',
  'outside',
  'along',
  'near',
  'toward',
  'towards',
  'about',
  'by',
] as const;
export type Slot = (typeof SLOTS)[number];

/** Another type and mode a pattern takes when its actor is of a kind (`civilian`, `official`). */
const Reading = z.object({ type: z.enum(EVENT_TYPES), mode: z.string().nullable().default(null) }).strict();

export const VerbPattern = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a pattern id is kebab-case'),
    verbs: z.array(z.string().min(1)).default([]),
    forms: z.array(z.string().min(1)).default([]),
    nouns: z.array(z.string().min(1)).default([]),
    objects: z.array(z.string().min(1)).default([]),
    not_objects: z.array(z.string().min(1)).default([]),
    type: z.enum(EVENT_TYPES),
    mode: z.string().nullable().default(null),
    modes: z.record(z.string(), z.string().nullable()).default({}),
    context: z.array(z.enum(CONTEXTS)).default([]),
    recipient: z.array(z.enum(SLOTS)).default(['object']),
    symmetric: z.boolean().default(false),
    /** No event unless a recipient is found ("hosted Erdoğan", not "welcomed the gesture"). */
    needs_recipient: z.boolean().default(false),
    /** The subject receives ("Armenia received arms from India"): the recipient slot holds the actor. */
    inverse: z.boolean().default(false),
    /**
     * The reading when the actor is civilians (protesters, residents, a people): "protesters clashed
     * with police" is PROTEST/riot where "troops clashed with rebels" is ASSAULT.
     */
    civilian: Reading.optional(),
    /**
     * The reading when every actor is a state, an official or a body of states: a government's
     * protest is ACCUSE/disapprove (the manual: diplomatic protests) where people protesting is PROTEST.
     */
    official: Reading.optional(),
    confidence: z.number().min(0).max(1).default(0.7),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (!p.verbs.length && !p.nouns.length && !p.forms.length)
      ctx.addIssue({ code: 'custom', message: 'a pattern needs verbs, forms or nouns' });
    const check = (type: string, mode: string | null, path: string[]): void => {
      const allowed = MODES[type as EventType];
      if (mode !== null && !allowed.includes(mode))
        ctx.addIssue({
          code: 'custom',
          path,
          message: `"${mode}" is not a mode of ${type}; allowed: ${allowed.join(', ')}`,
        });
    };
    for (const m of [p.mode, ...Object.values(p.modes)]) check(p.type, m, ['mode']);
    if (p.civilian) check(p.civilian.type, p.civilian.mode, ['civilian', 'mode']);
    if (p.official) check(p.official.type, p.official.mode, ['official', 'mode']);
  });
export type VerbPattern = z.infer<typeof VerbPattern>;
export type VerbPatternInput = z.input<typeof VerbPattern>;

/** A pattern's trigger as found at one word: the pattern, the base form, and what must follow. */
export interface Trigger {
  pattern: CompiledPattern;
  lemma: string;
  /** Particle words that must follow within a few words ("down" of "shoot down"). */
  particle: string[];
  /** The word is a possible past participle (passive voice). */
  participle: boolean;
  noun: boolean;
  /** Which form of the verb the word is: bare, third person -s, past or participle, -ing. */
  form: 'base' | 's' | 'past' | 'ing' | 'noun';
}

export interface CompiledPattern extends VerbPattern {
  /** Object cues as folded word sequences. */
  cues: string[][];
  vetoes: string[][];
  modeCues: Array<{ cue: string[]; mode: string | null }>;
}

export interface PatternTable {
  /** Folded surface form → triggers (verbs first, more specific patterns first). */
  byForm: Map<string, Trigger[]>;
  patterns: CompiledPattern[];
}

function formKind(f: string, base: string, participle: boolean): Trigger['form'] {
  if (participle) return 'past';
  if (f === base) return 'base';
  if (f.endsWith('ing')) return 'ing';
  if (f.endsWith('s')) return 's';
  return 'past';
}

/** Words that look like "re" and a pattern's verb but mean something else. */
const NOT_REPEATS = new Set(
  (
    'recede recommend redirect refine refile relay releave relet remove represent repress requit research reside ' +
    'reset restand retour rebar rechide recharge reclaim reorder replace rework reuse reship reshare recut revoice ' +
    'reinitial reflout rehave reput reget resell repass reconduct redown recollaborate recompensate reease reend reterminate'
  ).split(' '),
);

function words(s: string): string[] {
  return fold(s).split(/\s+/).filter(Boolean);
}

export function compilePatterns(patterns: readonly VerbPattern[]): PatternTable {
  const byForm = new Map<string, Trigger[]>();
  const add = (form: string, t: Trigger): void => {
    const list = byForm.get(form) ?? [];
    if (!list.some((x) => x.pattern.id === t.pattern.id && x.lemma === t.lemma && x.noun === t.noun)) list.push(t);
    byForm.set(form, list);
  };
  const compiled = patterns.map((p): CompiledPattern => ({
    ...p,
    cues: p.objects.map(words),
    vetoes: p.not_objects.map(words),
    modeCues: Object.entries(p.modes).map(([cue, mode]) => ({ cue: words(cue), mode })),
  }));
  /** Every inflected form of `head` as a trigger of pattern `p` with the given lemma and particle. */
  const addVerb = (p: CompiledPattern, head: string, lemma: string, particle: string[]): void => {
    const forms = verbForms(head);
    for (const f of forms.all) {
      const participle = forms.participles.includes(f);
      add(f, { pattern: p, lemma, particle, participle, noun: false, form: formKind(f, forms.base, participle) });
    }
  };
  for (const p of compiled) {
    for (const v of p.verbs) {
      const [head, ...particle] = words(v);
      if (head) addVerb(p, head, words(v).join(' '), particle);
    }
    for (const f of p.forms)
      add(fold(f), {
        pattern: p,
        lemma: fold(f),
        particle: [],
        participle: /ed$|en$/.test(f),
        noun: false,
        form: /ed$|en$/.test(f) ? 'past' : 's',
      });
    for (const n of p.nouns) {
      const [head, ...rest] = words(n);
      if (!head) continue;
      for (const f of nounForms(head))
        add(f, { pattern: p, lemma: words(n).join(' '), particle: rest, participle: false, noun: true, form: 'noun' });
    }
  }
  // "Reimposed", "redeployed", "reopened": a repeated act is coded as the act, in every pattern of
  // the verb, unless the word is a verb of its own: one a pattern lists without its stem ("resign"),
  // or an English word with another sense ("reside", "remove").
  const heads = (p: CompiledPattern): Set<string> => new Set(p.verbs.map((v) => words(v)[0] ?? ''));
  const ownVerbs = new Set<string>();
  for (const p of compiled) {
    const hs = heads(p);
    for (const h of hs) if (h.startsWith('re') && !hs.has(h.slice(2))) ownVerbs.add(h);
  }
  for (const p of compiled) {
    const hs = heads(p);
    for (const v of p.verbs) {
      const [head, ...particle] = words(v);
      if (!head || head.length < 3 || head.startsWith('re')) continue;
      const again = `re${head}`;
      if (hs.has(again) || ownVerbs.has(again) || NOT_REPEATS.has(again)) continue;
      addVerb(p, again, words(v).join(' '), particle);
    }
  }
  // Patterns that demand an object cue are tried before catch-all ones; verbs before nouns.
  for (const list of byForm.values()) {
    list.sort(
      (a, b) =>
        Number(a.noun) - Number(b.noun) || Number(b.pattern.cues.length > 0) - Number(a.pattern.cues.length > 0),
    );
  }
  return { byForm, patterns: compiled };
}
