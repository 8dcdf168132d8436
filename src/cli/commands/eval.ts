/**
 * `orrery eval --gold GOLD.jsonl --docs DIR`: code every document the gold file names and score
 * the result (precision, recall, F1 overall and per event type; match rule in
 * src/ingest/coder/evaluate.ts and docs/coding.md). With `--gold-format plover-gsr` the gold file is
 * the PLOVER gold-standard records as published (one sentence each; src/ingest/coder/gsr-score.ts); with
 * `--gold-format cameo-examples` it is the CAMEO codebook's table of codes with their example sentences
 * (src/ingest/coder/cameo-score.ts).
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { codeText, withWorldActors } from '../../ingest/coder/index.js';
import { evaluate, type Extracted } from '../../ingest/coder/evaluate.js';
import { readDocument } from '../../ingest/formats/index.js';
import { EnvironmentError, UsageError, resolveCountries, type Actor } from '../../model/index.js';
import { globals } from '../context.js';
import { print, printJson, table } from '../output.js';
import { datasetActors } from '../../dataset/actors.js';
import { readGold } from '../../ingest/coder/gold-file.js';
import { sourceIdOf } from './extract.js';
import { readPloverGsr, splitRecords, type RecordSplit } from '../../ingest/coder/plover-gsr.js';
import { scoreGsr, type CodedView } from '../../ingest/coder/gsr-score.js';
import { examplesNotIn, readCameoExamples } from '../../ingest/coder/cameo-examples.js';
import { scoreCameoExamples } from '../../ingest/coder/cameo-score.js';
import { codingTables } from '../../ingest/exchange/coding-tables.js';

/** Countries of coded actors, with ORG added for a body that stands for no state (the UN, NATO). */
function countriesForGsr(ids: readonly string[], date: string, lookup: (id: string) => Actor | undefined): string[] {
  const out = resolveCountries(ids, date, lookup);
  const org = out.some((id) => {
    const a = lookup(id);
    return a !== undefined && a.kind !== 'state' && a.kind !== 'person';
  });
  return org ? [...out, 'ORG'] : out;
}

function runGsr(
  path: string,
  actors: Actor[],
  modality: 'actual' | 'all',
  json: boolean,
  which: RecordSplit,
  events: 'focal' | 'all',
): void {
  const records = splitRecords(readPloverGsr(path), which);
  const byId = new Map(withWorldActors(actors).map((a) => [a.id, a]));
  const lookup = (id: string): Actor | undefined => byId.get(id);
  const code = (text: string, date: string): CodedView[] =>
    codeText(text, { actors, published: date, sourceId: 'gsr' })
      .events.filter((c) => events === 'all' || c.focal)
      .map((c) => ({
        event_type: c.event.event_type,
        actor_country: countriesForGsr(c.event.actor, c.event.date, lookup),
        recipient_country: countriesForGsr(c.event.recipient, c.event.date, lookup),
        modality: c.event.modality,
      }));
  const r = scoreGsr(records, code, modality);
  if (json) {
    printJson(r);
    return;
  }
  const p = (s: typeof r.strict): Array<string | number> => [
    s.gold,
    s.extracted,
    s.matched,
    s.precision,
    s.recall,
    s.f1,
  ];
  print(
    table(
      ['measure', 'gold', 'extracted', 'matched', 'precision', 'recall', 'F1'],
      [
        ['strict', ...p(r.strict)],
        ['type only', ...p(r.type_only)],
      ],
    ),
  );
  print(
    table(
      ['check', 'records', 'right', 'share'],
      [
        ['dyad, roles in order', r.dyad.records, r.dyad.in_order, r.dyad.accuracy],
        [
          'role swap (of those in order)',
          r.role_swap.original_in_order,
          r.role_swap.swapped_in_order,
          r.role_swap.consistency,
        ],
        ['recipient found (gold has a target)', r.recipient.records, r.recipient.found, r.recipient.share_found],
        ['gold recipient found', r.recipient.records, r.recipient.right, r.recipient.share_right],
      ],
    ),
  );
  print(
    table(
      ['type', 'gold', 'extracted', 'matched', 'strict F1', 'type-only F1'],
      Object.entries(r.by_type).map(([t, s]) => [t, s.gold, s.extracted, s.matched, s.strict_f1, s.type_only_f1]),
    ),
  );
  print(
    `${r.records} PLOVER GSR record(s)${which === 'all' ? '' : ` (${which} ids${which === 'odd' ? ', held out from tuning' : ', tuned on'})`} (written by the Open Event Data Alliance, not by this project); modality ${modality}; strict: same type, gold source and target countries among the coded ones`,
  );
}

/** The date the CAMEO examples are coded at: they carry none (wire stories of the 1980s to 2000s). */
const CAMEO_EXAMPLES_DATE = '2000-01-01';

function runCameo(
  path: string,
  actors: Actor[],
  modality: 'actual' | 'all',
  json: boolean,
  which: RecordSplit,
  notInGsr: string | undefined,
): void {
  const all = splitRecords(readCameoExamples(path, codingTables().cameo), which);
  const examples = notInGsr ? examplesNotIn(all, readPloverGsr(notInGsr)) : all;
  const r = scoreCameoExamples(examples, (text) => {
    const focal = codeText(text, { actors, published: CAMEO_EXAMPLES_DATE, sourceId: 'cameo' }).events.find(
      (c) => c.focal && (modality === 'all' || c.event.modality === 'actual'),
    );
    return focal
      ? {
          event_type: focal.event.event_type,
          actors: focal.event.actor.length,
          recipients: focal.event.recipient.length,
        }
      : null;
  });
  if (json) {
    printJson(r);
    return;
  }
  const t = r.type_only;
  print(
    table(
      ['measure', 'records', 'right', 'share'],
      [
        ['type of the focal event: precision', t.extracted, t.matched, t.precision],
        ['type of the focal event: recall', r.typed, t.matched, t.recall],
        ['type of the focal event: F1', '', '', t.f1],
        ['focal event with an actor and a recipient', r.typed, r.two_parties.found, r.two_parties.share],
        [
          'right type, with a recipient',
          r.right_type_with_recipient.records,
          r.right_type_with_recipient.found,
          r.right_type_with_recipient.share,
        ],
        ['statement, nothing coded', r.statements.records, r.statements.nothing_coded, r.statements.share],
      ],
    ),
  );
  print(
    table(
      ['type', 'gold', 'extracted', 'matched', 'type-only F1'],
      Object.entries(r.by_type).map(([k, x]) => [k, x.gold, x.extracted, x.matched, x.f1]),
    ),
  );
  print(
    `${r.examples} CAMEO codebook example(s)${which === 'all' ? '' : ` (${which} rows${which === 'odd' ? ', held out from tuning' : ', tuned on'})`} (written by the CAMEO project, not by this project)${notInGsr ? `, leaving out ${all.length - examples.length} that are also PLOVER GSR records` : ''}, ${r.typed} with a PLOVER type by data/coding/cameo-plover.yaml; modality ${modality}`,
  );
}

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
  const byId = new Map(withWorldActors(actors).map((a) => [a.id, a]));
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
    .option('--docs <dir>', 'directory holding the documents the gold file names (jsonl format)')
    .option(
      '--gold-format <format>',
      "jsonl (the project's gold lines), plover-gsr (the PLOVER gold-standard records as published) or cameo-examples (the CAMEO codes table with its example sentences, e.g. ../shared/data/icews/cameo-codes.csv)",
      'jsonl',
    )
    .option(
      '--modality <which>',
      'actual: score only events reported as having happened; all: every event, modalities must agree',
      'actual',
    )
    .option(
      '--records <which>',
      'plover-gsr and cameo-examples: all, odd (record ids or rows ending in an odd number: held out from tuning) or even (tuned on)',
      'all',
    )
    .option(
      '--events <which>',
      "plover-gsr only: focal (each sentence's focal event, as the GSR codes one per sentence) or all (every coded event counts)",
      'focal',
    )
    .option(
      '--not-in-gsr <file>',
      'cameo-examples only: leave out the examples that are also records of this PLOVER GSR file (it took many from the codebook)',
    )
    .option('--min-confidence <x>', 'leave out extracted events below this confidence', '0')
    .option('--json', 'print JSON (with the missed and spurious events)')
    .action(
      async (
        opts: {
          gold: string;
          docs?: string;
          goldFormat: string;
          modality: string;
          minConfidence: string;
          records: string;
          events: string;
          notInGsr?: string;
          json?: boolean;
        },
        cmd: Command,
      ) => {
        if (opts.modality !== 'actual' && opts.modality !== 'all')
          throw new UsageError(`--modality must be actual or all, got "${opts.modality}"`);
        const min = Number(opts.minConfidence);
        if (!Number.isFinite(min) || min < 0 || min > 1)
          throw new UsageError(`--min-confidence must be a number from 0 to 1, got "${opts.minConfidence}"`);
        if (!['jsonl', 'plover-gsr', 'cameo-examples'].includes(opts.goldFormat))
          throw new UsageError(`--gold-format must be jsonl, plover-gsr or cameo-examples, got "${opts.goldFormat}"`);
        if (opts.records !== 'all' && opts.records !== 'odd' && opts.records !== 'even')
          throw new UsageError(`--records must be all, odd or even, got "${opts.records}"`);
        if (opts.events !== 'focal' && opts.events !== 'all')
          throw new UsageError(`--events must be focal or all, got "${opts.events}"`);
        if (opts.records !== 'all' && opts.goldFormat === 'jsonl')
          throw new UsageError('--records applies to --gold-format plover-gsr and cameo-examples only');
        if (cmd.getOptionValueSource('events') === 'cli' && opts.goldFormat !== 'plover-gsr')
          throw new UsageError('--events applies to --gold-format plover-gsr only');
        if (opts.notInGsr !== undefined && opts.goldFormat !== 'cameo-examples')
          throw new UsageError('--not-in-gsr applies to --gold-format cameo-examples only');
        const actors = datasetActors(globals(cmd).data);
        if (opts.goldFormat === 'plover-gsr') {
          runGsr(opts.gold, actors, opts.modality, opts.json === true, opts.records, opts.events);
          return;
        }
        if (opts.goldFormat === 'cameo-examples') {
          runCameo(opts.gold, actors, opts.modality, opts.json === true, opts.records, opts.notInGsr);
          return;
        }
        if (!opts.docs) throw new UsageError('--docs is required with --gold-format jsonl');
        const docs = opts.docs;
        const gold = readGold(opts.gold);
        const documents = new Map<string, string>();
        for (const g of gold) if (!documents.has(g.document)) documents.set(g.document, g.published);
        const extracted: Extracted[] = [];
        for (const [document, published] of documents)
          extracted.push(...(await extractForEval(docs, document, published, actors)));
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
        const t = result.type_only;
        print(
          `type only (same document, sentence and type): precision ${t.precision}, recall ${t.recall}, F1 ${t.f1}; recipient found for ${result.recipient.found} of ${result.recipient.gold} gold events with one (${result.recipient.share})`,
        );
        print(
          `${documents.size} document(s); modality ${opts.modality}; match: same document, overlapping sentence, same type, gold actor and recipient countries contained in the extracted ones`,
        );
      },
    );
}
