/**
 * The event coder's API. `codeText` codes a whole document; `codeSentences` streams coded events
 * from any iterable of sentences (big corpora, nothing held but a few sentences of context);
 * `splitSentences` is the splitter both use. Dictionaries (verb patterns, actor gazetteer) are
 * compiled once per actor list and pattern list and cached.
 */
import { dateProblem, UsageError, type Actor } from '../../model/index.js';
import { codeSentence, type CodedCandidate, type PreparedCoder, type SentenceInput } from './code-sentence.js';
import { defaultGazetteerExtra, defaultPatterns, type GazetteerExtra } from './dictionary.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import { compilePatterns, type PatternTable, type VerbPattern } from './patterns.js';
import { iterateSentences } from './sentences.js';
import { tokenize } from './tokens.js';
import { worldActors, worldStateNames } from './world.js';
import { worldPlaces } from './world-places.js';
import { addWarning, type InputWarning } from './input-checks.js';

export { splitSentences, iterateSentences, type Sentence } from './sentences.js';
export type { CodedCandidate, SentenceInput } from './code-sentence.js';
export { warningLines, type InputWarning } from './input-checks.js';
export type { VerbPattern } from './patterns.js';
export {
  loadPatterns,
  loadGazetteerExtra,
  defaultPatterns,
  defaultGazetteerExtra,
  DEFAULT_CODING_DIR,
} from './dictionary.js';

export interface CoderContext {
  actors: Actor[];
  /** Publication date of the document (YYYY, YYYY-MM or YYYY-MM-DD). */
  published: string;
  sourceId: string;
  /** Verb patterns; default: the shipped dictionary (data/coding/verbs.yaml). */
  patterns?: VerbPattern[];
  /** Gazetteer additions and ambiguity rules; default: data/coding/gazetteer-extra.yaml. */
  extra?: GazetteerExtra;
  /** Called after each sentence is split off, with the count so far and where it ends (progress of long documents). */
  onSentence?: (count: number, end: number) => void;
  /** Called for each sentence left uncoded as bad input (too long, unbalanced quotes, not English, all capitals). */
  onWarning?: (warning: InputWarning) => void;
}

export interface NameCandidate {
  name: string;
  count: number;
  example_start: number;
}

export interface CoderResult {
  events: CodedCandidate[];
  /** Unknown proper names acting like actors: candidates for the gazetteer. */
  candidates: NameCandidate[];
  sentences: number;
  /** Sentences not coded because the input is bad, each with the reason (the pieces of one run-on merged). */
  warnings: InputWarning[];
}

const gazetteers = new WeakMap<readonly Actor[], WeakMap<GazetteerExtra, Gazetteer>>();
const worlds = new WeakMap<readonly Actor[], Actor[]>();

/**
 * The actors given (the region's, which win on shared ids and names) followed by the world's states
 * and intergovernmental bodies (src/ingest/coder/world.ts). Cached per list.
 */
export function withWorldActors(actors: readonly Actor[]): Actor[] {
  let all = worlds.get(actors);
  if (!all) worlds.set(actors, (all = [...actors, ...worldActors(actors)]));
  return all;
}

function withWorldNames(actors: readonly Actor[], extra: GazetteerExtra): GazetteerExtra {
  return { ...extra, names: [...extra.names, ...worldStateNames(actors)] };
}
const tables = new WeakMap<readonly VerbPattern[], PatternTable>();

function prepare(ctx: CoderContext): PreparedCoder {
  const problem = dateProblem(ctx.published);
  if (problem) throw new UsageError(`published: ${problem}`);
  const extra = ctx.extra ?? defaultGazetteerExtra();
  let byExtra = gazetteers.get(ctx.actors);
  if (!byExtra) gazetteers.set(ctx.actors, (byExtra = new WeakMap()));
  let gaz = byExtra.get(extra);
  if (!gaz) {
    const all = withWorldActors(ctx.actors);
    byExtra.set(extra, (gaz = buildGazetteer(all, withWorldNames(ctx.actors, extra), worldPlaces(all))));
  }
  const patterns = ctx.patterns ?? defaultPatterns();
  let table = tables.get(patterns);
  if (!table) tables.set(patterns, (table = compilePatterns(patterns)));
  const actors = gaz.actors;
  const slug =
    ctx.sourceId
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'doc';
  return {
    gaz,
    table,
    lookup: (id) => actors.get(id),
    published: ctx.published,
    sourceId: ctx.sourceId,
    idPrefix: slug,
  };
}

/** Words of the current sentence and the three before it, for context and ambiguity rules. */
class Nearby {
  private readonly window: Array<Set<string>> = [];
  push(text: string): void {
    this.window.push(new Set(tokenize(text).map((t) => t.low)));
    if (this.window.length > 4) this.window.shift();
  }
  has = (word: string): boolean => {
    const parts = word.split(' ');
    return this.window.some((s) => parts.every((p) => s.has(p)));
  };
}

function* run(
  sentences: Iterable<SentenceInput>,
  prep: PreparedCoder,
  unknown?: (name: string, start: number) => void,
  warn?: (w: InputWarning) => void,
): Generator<CodedCandidate> {
  const near = new Nearby();
  let index = 0;
  for (const s of sentences) {
    near.push(s.text);
    const r = codeSentence(s, index++, prep, near.has);
    if (unknown) for (const u of r.unknown) unknown(u.name, u.start);
    if (r.warning) warn?.(r.warning);
    yield* r.events;
  }
}

/** Coded events from a stream of sentences (offsets as given). */
export function* codeSentences(sentences: Iterable<SentenceInput>, ctx: CoderContext): Generator<CodedCandidate> {
  yield* run(sentences, prepare(ctx), undefined, ctx.onWarning);
}

/** Split a document into sentences and code every one. */
export function codeText(text: string, ctx: CoderContext): CoderResult {
  const prep = prepare(ctx);
  const counts = new Map<string, NameCandidate>();
  const warnings: InputWarning[] = [];
  let sentences = 0;
  const counted = (function* () {
    for (const s of iterateSentences(text)) {
      sentences++;
      ctx.onSentence?.(sentences, s.end);
      yield s;
    }
  })();
  const events = [
    ...run(
      counted,
      prep,
      (name, start) => {
        const c = counts.get(name);
        if (c) c.count++;
        else counts.set(name, { name, count: 1, example_start: start });
      },
      (w) => {
        addWarning(warnings, { ...w }, text);
        ctx.onWarning?.(w);
      },
    ),
  ];
  const candidates = [...counts.values()].sort((a, b) => b.count - a.count || a.example_start - b.example_start);
  return { events, candidates, sentences, warnings };
}
