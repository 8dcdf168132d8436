/**
 * Part-of-speech tags from a trained model, for the few places where the coder's hand rules cannot
 * tell a verb from a noun. Library: wink-nlp (MIT) with its English model wink-eng-lite-web-model
 * (MIT), both npm packages: the model is loaded from node_modules when first needed, and nothing is
 * downloaded at run time. Only the tagger runs (no sentence splitting, entities or sentiment), and
 * only on sentences a rule asks about, so the cost stays off sentences with no trigger word.
 * Tags are Universal Dependencies UPOS ("VERB", "NOUN", "PROPN", "ADP"...).
 */
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type { WinkMethods } from 'wink-nlp';
import type { Token } from './tokens.js';

/**
 * The library and its model are required on the first tag asked for, not when the coder is imported:
 * loading them costs about 70 ms and 18 MB, which every command and the server would otherwise pay
 * at start-up whether or not a sentence is ever coded.
 */
const require = createRequire(import.meta.url);
let nlp: WinkMethods | null = null;
const tagger = (): WinkMethods =>
  (nlp ??= (require('wink-nlp') as typeof winkNLP)(
    require('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0],
    ['pos'],
  ));

/** Tags per sentence token list, computed once. */
const cache = new WeakMap<Token[], string[]>();

/**
 * The UPOS tag of each of `tokens` (the coder's tokens of `text`): the tag of the model's token
 * that starts where ours does, or of the one that covers its first character; '' when none does
 * (a footnote marker the coder dropped, a character the model skipped).
 */
export function posTags(text: string, tokens: Token[]): string[] {
  const known = cache.get(tokens);
  if (known) return known;
  const nlpi = tagger();
  const doc = nlpi.readDoc(text);
  const values = doc.tokens().out(nlpi.its.value) as string[];
  const tags = doc.tokens().out(nlpi.its.pos) as string[];
  // Model token offsets, found by walking the text (the model keeps each token's surface).
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const v of values) {
    const k = text.indexOf(v, at);
    const s = k < 0 ? at : k;
    starts.push(s);
    ends.push(s + v.length);
    at = k < 0 ? at : s + v.length;
  }
  const out: string[] = [];
  let j = 0;
  for (const t of tokens) {
    while (j < values.length && ends[j]! <= t.start) j++;
    out.push(j < values.length && starts[j]! <= t.start ? (tags[j] ?? '') : '');
  }
  cache.set(tokens, out);
  return out;
}

/** Is token `i` tagged as a verb (main or auxiliary) by the model? */
export function taggedVerb(text: string, tokens: Token[], i: number): boolean {
  const tag = posTags(text, tokens)[i];
  return tag === 'VERB' || tag === 'AUX';
}
