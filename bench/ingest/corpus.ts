/**
 * A streamed corpus for the coding benchmark: the sentences of the five sources (split by the
 * coder's splitter) interleaved with template sentences written here, varied by a seeded random
 * generator (actors, verbs in several forms, dates, negation and modals, filler without events).
 * Nothing is held but the source sentences (a few hundred) and the current sentence.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../src/analysis/random.js';
import { splitSentences } from '../../src/ingest/coder/index.js';

/** The seeded generator the analysis engine uses (mulberry32), so every run streams the same corpus. */
export const rng = mulberry32;

const ACTORS = [
  'Armenia',
  'Azerbaijan',
  'Georgia',
  'Russia',
  'Turkey',
  'Iran',
  'the United States',
  'France',
  'the European Union',
  'India',
  'Baku',
  'Yerevan',
  'Tbilisi',
  'Moscow',
  'Ankara',
  'Tehran',
  'Washington',
  'the Kremlin',
  'Brussels',
  'Beijing',
  'Armenian troops',
  'Azerbaijani forces',
  'the Georgian government',
  'Russian peacekeepers',
  'Turkish officials',
  'Pashinyan',
  'Aliyev',
  'Putin',
  'Erdoğan',
  'Macron',
  'NATO',
  'the CSTO',
  'the OSCE',
  'the UN',
  'Kazakhstan',
];
const PHRASES = [
  'signed a trade agreement with',
  'held talks with',
  'met',
  'visited',
  'accused',
  'condemned',
  'rejected the proposal of',
  'threatened',
  'warned',
  'imposed sanctions on',
  'expelled diplomats of',
  'recalled its ambassador from',
  'sent aid to',
  'supplied drones to',
  'shelled positions held by',
  'attacked',
  'praised',
  'urged',
  'called on',
  'detained citizens of',
  'deployed troops near',
  'withdrew its forces from',
  'released prisoners to',
  'apologised to',
  'blocked trade with',
  'will meet',
  'did not attack',
  'could sanction',
  'denied that it had attacked',
  'is expected to visit',
  'protested against',
];
const WHEN = [
  '',
  ' on Monday',
  ' last week',
  ' on 12 March 2024',
  ' in July 2025',
  ' in 2021',
  ' this month',
  ' last December',
  ' on 5 May',
];
const TAIL = [
  '.',
  ', officials said.',
  ', according to state media.',
  ' after weeks of tension.',
  ', a spokesman said on Tuesday.',
];
const FILLER = [
  'Prices for bread rose again in the capital markets.',
  'The weather stayed dry across the southern valleys.',
  'Analysts expect slower growth in the second half of the year.',
  'The museum reopened after two years of repairs.',
  'Schools in the region will start the term a week later.',
  'The report runs to more than two hundred pages and includes several annexes.',
  'A new bridge over the river is due to open in the spring.',
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

export function sourceSentences(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => splitSentences(readFileSync(join(dir, f), 'utf8')).map((s) => s.text));
}

/** `n` sentences with running offsets, as if one long document. */
export function* corpus(
  n: number,
  sources: readonly string[],
  seed = 1,
): Generator<{ text: string; start: number; end: number }> {
  const r = rng(seed);
  let offset = 0;
  for (let i = 0; i < n; i++) {
    let text: string;
    const x = r();
    if (x < 0.3 && sources.length) text = sources[i % sources.length] as string;
    else if (x < 0.45) text = pick(r, FILLER);
    else {
      const a = pick(r, ACTORS);
      let b = pick(r, ACTORS);
      if (b === a) b = pick(r, ACTORS);
      const subject = a.charAt(0).toUpperCase() + a.slice(1);
      text = `${subject} ${pick(r, PHRASES)} ${b}${pick(r, WHEN)}${pick(r, TAIL)}`;
    }
    yield { text, start: offset, end: offset + text.length };
    offset += text.length + 1;
  }
}
