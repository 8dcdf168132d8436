/**
 * `orrery eval --gold GOLD.jsonl --docs DIR`: code every document the gold file names and score
 * the result (precision, recall, F1 overall and per event type; match rule in
 * src/ingest/coder/evaluate.ts and docs/coding.md).
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { codeText } from '../../ingest/coder/index.js';
import { evaluate, type Extracted } from '../../ingest/coder/evaluate.js';
import { readDocument } from '../../ingest/formats/index.js';
import { EnvironmentError, UsageError, resolveCountries, type Actor } from '../../model/index.js';
import { globals } from '../context.js';
import { print, printJson, table } from '../output.js';
import { datasetActors } from '../../dataset/actors.js';
import { readGold } from '../../ingest/coder/gold-file.js';
import { sourceIdOf } from './extract.js';

/** Code one document of the gold set and describe each event for scoring. */
export async function extractForEval(
  docs: string,
  document: string,
  published: string,
  actors: Actor[],
): Promise<Extracted[]> {
  const path = join(docs, document);
  if (!existsSync(path)) throw new EnvironmentError(`document named in the gold file not found: ${path}`);
  const doc = await readDocument(path);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const lookup = (id: string): Actor | undefined => byId.get(id);
  return codeText(doc.text, { actors, published, sourceId: sourceIdOf(document) }).events.map((c) => ({
    document,
    id: c.event.id,
    event_type: c.event.event_type,
    actor_country: resolveCountries(c.event.actor, c.event.date, lookup),
    recipient_country: resolveCountries(c.event.recipient, c.event.date, lookup),
    sentence_start: c.sentence_start,
    sentence_end: c.sentence_end,
    modality: c.event.modality,
    confidence: (c.event.origin as { confidence: number }).confidence,
  }));
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('score the coder against a gold file: precision, recall and F1 overall and per event type')
    .requiredOption(
      '--gold <file>',
      'gold events, one JSON object per line (document, published, event_type, actor_country, recipient_country, sentence_start, sentence_end)',
    )
    .requiredOption('--docs <dir>', 'directory holding the documents the gold file names')
    .option(
      '--modality <which>',
      'actual: score only events reported as having happened; all: every event, modalities must agree',
      'actual',
    )
    .option('--min-confidence <x>', 'leave out extracted events below this confidence', '0')
    .option('--json', 'print JSON (with the missed and spurious events)')
    .action(
      async (
        opts: { gold: string; docs: string; modality: string; minConfidence: string; json?: boolean },
        cmd: Command,
      ) => {
        if (opts.modality !== 'actual' && opts.modality !== 'all')
          throw new UsageError(`--modality must be actual or all, got "${opts.modality}"`);
        const min = Number(opts.minConfidence);
        if (!Number.isFinite(min) || min < 0 || min > 1)
          throw new UsageError(`--min-confidence must be a number from 0 to 1, got "${opts.minConfidence}"`);
        const gold = readGold(opts.gold);
        const actors = datasetActors(globals(cmd).data);
        const documents = new Map<string, string>();
        for (const g of gold) if (!documents.has(g.document)) documents.set(g.document, g.published);
        const extracted: Extracted[] = [];
        for (const [document, published] of documents)
          extracted.push(...(await extractForEval(opts.docs, document, published, actors)));
        const result = evaluate(
          gold,
          extracted.filter((x) => x.confidence >= min),
          opts.modality,
        );
        if (opts.json) {
          printJson({ documents: documents.size, ...result });
          return;
        }
        const row = (name: string, s: typeof result.overall): Array<string | number> => [
          name,
          s.gold,
          s.extracted,
          s.matched_gold,
          s.precision,
          s.recall,
          s.f1,
        ];
        print(
          table(
            ['type', 'gold', 'extracted', 'matched', 'precision', 'recall', 'F1'],
            [...Object.entries(result.by_type).map(([t, s]) => row(t, s)), row('overall', result.overall)],
          ),
        );
        print(
          `${documents.size} document(s); modality ${opts.modality}; match: same document, overlapping sentence, same type, gold actor and recipient countries contained in the extracted ones`,
        );
      },
    );
}
