/**
 * A part-of-speech guess for a word that can be a verb or a noun ("support", "attacks", "talks",
 * "visit"): a bare or third-person form counts as a verb only with a subject or an auxiliary just
 * before it; an -ing form only after "be" or opening a participle clause; any form after a
 * determiner or a possessive is a noun. Cheap rules instead of a tagger, in keeping with the
 * coder's speed budget.
 */
import type { MentionResult } from './mentions.js';
import type { Trigger } from './patterns.js';
import type { Token } from './tokens.js';
import { ADVERBS, BE, MESSAGE_NOUNS, MESSAGE_VERBS, NEGATORS, WEEKDAYS } from './words.js';

export const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'these',
  'those',
  "'s",
  'such',
  'any',
  'no',
  'every',
  'each',
]);
const SUBJECT_PRONOUNS = new Set(['they', 'we', 'i', 'you', 'he', 'she', 'it', 'who', 'which', 'that']);
const VERB_LEADS = new Set([
  'to',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'did',
  'do',
  'does',
  'not',
  "'ll",
  "'d",
  'never',
  'cannot',
]);
/** Common nouns that head a subject in news copy ("the ministry warns", "police say"). */
const SUBJECT_NOUNS = new Set([
  'government',
  'ministry',
  'police',
  'army',
  'military',
  'court',
  'parliament',
  'president',
  'minister',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'leader',
  'company',
  'agency',
  'kremlin',
  'embassy',
  'office',
  'council',
  'commission',
  'prosecutor',
  'committee',
  'group',
  'bloc',
  'alliance',
  'union',
]);

/** Plural heads of a subject in news copy. */
const PLURAL_SUBJECTS = new Set(
  'authorities officials police troops forces rebels militants leaders ministers governments protesters'.split(' '),
);

/** Wire copy puts the day between subject and verb ("France today releases", "Peru on Monday warns"). */
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'now', ...WEEKDAYS]);

/** Whether there is evidence that the word at i is a finite verb (a subject or an auxiliary just before). */
function verbEvidence(tokens: Token[], ms: MentionResult, i: number): boolean {
  let j = i - 1;
  while (
    j >= 0 &&
    (ADVERBS.has(tokens[j]!.low) ||
      TIME_WORDS.has(tokens[j]!.low) ||
      (tokens[j]!.low.length > 4 && tokens[j]!.low.endsWith('ly')))
  )
    j--;
  const w = tokens[j]?.low ?? '';
  if (VERB_LEADS.has(w) || w.endsWith("n't") || SUBJECT_PRONOUNS.has(w)) return true;
  // "the authorities today release", "rebels free": a plural subject head before a bare form
  if (PLURAL_SUBJECTS.has(w) && j < i - 1) return true;
  const k = j >= 0 ? ms.at[j]! : -1;
  if (k < 0) return false;
  const m = ms.mentions[k]!;
  // "Turkish support": a one-word singular demonym is an adjective, the word after it a noun.
  return !(m.kind === 'demonym' && !m.people && m.end - m.start === 1);
}

/** Part-of-speech guess for a verb form: a bare or -s form needs a subject or auxiliary, -ing a "be". */
export function readsAsVerb(tokens: Token[], ms: MentionResult, i: number, t: Trigger): boolean {
  const prev = tokens[i - 1]?.low ?? '';
  if (NOUN_MARKERS.has(prev)) return false;
  if (t.form === 'past') return true;
  if (t.form === 'base') return verbEvidence(tokens, ms, i);
  // "Russia warns", "the ministry warns" — but not "strategic pressures", "military attacks".
  if (t.form === 's') return verbEvidence(tokens, ms, i) || SUBJECT_NOUNS.has(prev);
  let j = i - 1;
  while (j >= 0 && (ADVERBS.has(tokens[j]!.low) || NEGATORS.has(tokens[j]!.low))) j--;
  const w = tokens[j]?.low ?? '';
  return (
    BE.has(w) ||
    w === ',' ||
    w === '—' ||
    CATENATIVE.has(w) ||
    (w === 'to' && TO_ING.has(tokens[j - 1]?.low ?? '')) ||
    hangingParticiple(tokens, ms, i)
  );
}

/**
 * An -ing verb hanging on the clause before it without a comma, done by that clause's subject: after
 * the noun of a message ("issued a statement urging Peru to ...") or after a party named as the
 * object of a preposition ("wrote to Peru urging it to ...").
 */
export function hangingParticiple(tokens: Token[], ms: MentionResult, i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== 'word') return false;
  if (MESSAGE_NOUNS.has(prev.low)) {
    // Only a message the subject put out ("issued a statement urging"): one it blocked is another's.
    let j = i - 2;
    while (j >= 0 && i - j <= 5 && !MESSAGE_VERBS.has(tokens[j]!.low) && tokens[j]!.kind === 'word' && ms.at[j]! < 0)
      j--;
    return j >= 0 && MESSAGE_VERBS.has(tokens[j]!.low);
  }
  const k = ms.at[i - 1]!;
  if (k < 0 || ms.mentions[k]!.location) return false;
  let p = ms.mentions[k]!.start - 1;
  // over determiners and a title before the name ("to President George Bush urging")
  for (let n = 0; p >= 0 && n < 3 && (NOUN_MARKERS.has(tokens[p]!.low) || tokens[p]!.cap); n++) p--;
  return p >= 0 && (tokens[p]!.low === 'to' || tokens[p]!.low === 'with');
}

/** Verbs whose object is an act in -ing form, done by their subject ("began shelling", "kept firing"). */
const CATENATIVE = new Set(
  'began begun begin begins started start starts continued continue continues kept keep keeps'.split(' '),
);
/** Verbs that take "to" and an act in -ing form ("resorted to throwing stones", "turned to shelling"). */
const TO_ING = new Set('resorted resort resorts turned took'.split(' '));
