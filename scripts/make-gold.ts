/**
 * Builds the development gold set test/fixtures/gold/dev.jsonl from the curated events of
 * data/caucasus/events: one line per (event, source document it cites), with the sentences of the
 * raw source file that its citations fall in (found by the coder's own splitter), its type, and the
 * countries its actors and recipients resolve to at its date. No source text is written.
 * Also builds gold.jsonl in test/fixtures/gold/heldout and heldout-b from the hand annotations in
 * their annotations.yaml (anchors → sentence offsets, actor ids → countries).
 *
 *   node --import tsx scripts/make-gold.ts [--sources DIR] [--out FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { readDatasetFiles } from '../src/dataset/files.js';
import { parseRecords } from '../src/dataset/parse.js';
import { defaultDataDir, defaultSourcesDir } from '../src/dataset/paths.js';
import { splitSentences } from '../src/ingest/coder/index.js';
import { resolveCountries, type Actor } from '../src/model/index.js';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

const sourcesDir = option('--sources', defaultSourcesDir());
const out = option('--out', join(import.meta.dirname, '..', 'test', 'fixtures', 'gold', 'dev.jsonl'));
const { records } = readDatasetFiles(defaultDataDir());
const { dataset, problems } = parseRecords(records);
if (problems.length) throw new Error(`the dataset has ${problems.length} problem(s); run \`orrery validate\``);
const actors = new Map(dataset.actors.map((a) => [a.id, a]));
const lookup = (id: string): Actor | undefined => actors.get(id);
const sources = new Map(dataset.sources.map((s) => [s.id, s]));
const sentencesOf = new Map<string, Array<{ start: number; end: number }>>();
for (const s of dataset.sources) sentencesOf.set(s.id, splitSentences(readFileSync(join(sourcesDir, s.file), 'utf8')));

const lines: Array<Record<string, unknown>> = [];
for (const e of dataset.events) {
  if (e.origin.kind !== 'curated') continue;
  const bySource = new Map<string, Array<[number, number]>>();
  for (const c of e.citations) {
    const sentences = sentencesOf.get(c.source) ?? [];
    const hit = sentences.filter((s) => s.start < c.end && c.start < s.end);
    const span: [number, number] = hit.length
      ? [Math.min(...hit.map((s) => s.start)), Math.max(...hit.map((s) => s.end))]
      : [c.start, c.end];
    const list = bySource.get(c.source) ?? [];
    if (!list.some(([a, b]) => a === span[0] && b === span[1])) list.push(span);
    bySource.set(c.source, list);
  }
  for (const [sourceId, spans] of bySource) {
    const source = sources.get(sourceId);
    if (!source) continue;
    spans.sort((a, b) => a[0] - b[0]);
    lines.push({
      document: source.file,
      published: source.published,
      id: e.id,
      date: e.date,
      event_type: e.event_type,
      mode: e.mode,
      modality: e.modality,
      actor_country: resolveCountries(e.actor, e.date, lookup),
      recipient_country: resolveCountries(e.recipient, e.date, lookup),
      sentence_start: spans[0]![0],
      sentence_end: spans[0]![1],
      spans,
    });
  }
}
lines.sort(
  (a, b) =>
    String(a.document).localeCompare(String(b.document)) || (a.sentence_start as number) - (b.sentence_start as number),
);
writeFileSync(out, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
console.log(`${lines.length} gold lines from ${dataset.events.length} curated events → ${out}`);

// --- the held-out sets -----------------------------------------------------------------------------
interface Annotation {
  document: string;
  anchor: string;
  date: string;
  event_type: string;
  actor: string[];
  recipient: string[];
  modality?: string;
}
for (const name of ['heldout', 'heldout-b']) {
  const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'gold', name);
  const ann = parse(readFileSync(join(dir, 'annotations.yaml'), 'utf8')) as {
    documents: Record<string, string>;
    events: Annotation[];
  };
  const held = ann.events.map((a) => {
    const text = readFileSync(join(dir, a.document), 'utf8');
    const at = text.indexOf(a.anchor);
    if (at < 0) throw new Error(`${name}/${a.document}: anchor not found: ${a.anchor}`);
    const s = splitSentences(text).find((x) => x.start <= at && at < x.end);
    if (!s) throw new Error(`${name}/${a.document}: no sentence holds: ${a.anchor}`);
    for (const id of [...a.actor, ...a.recipient])
      if (!actors.has(id)) throw new Error(`${name}/${a.document}: unknown actor ${id}`);
    return {
      document: a.document,
      published: ann.documents[a.document],
      anchor: a.anchor,
      date: a.date,
      event_type: a.event_type,
      modality: a.modality ?? 'actual',
      actor_country: resolveCountries(a.actor, a.date, lookup),
      recipient_country: resolveCountries(a.recipient, a.date, lookup),
      sentence_start: s.start,
      sentence_end: s.end,
    };
  });
  writeFileSync(join(dir, 'gold.jsonl'), `${held.map((l) => JSON.stringify(l)).join('\n')}\n`);
  console.log(`${held.length} held-out gold lines → ${join(dir, 'gold.jsonl')}`);
}
