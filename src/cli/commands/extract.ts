/**
 * `orrery extract FILE --published DATE`: the events the coder finds in one document, without
 * touching the store, as JSON lines in the `orrery events --format jsonl` layout plus the
 * supporting sentence's offsets, the confidence and the rule. Actors come from the dataset files.
 */
import type { Command } from 'commander';
import { basename } from 'node:path';
import { datasetActors } from '../../dataset/actors.js';
import { codeText, warningLines, type CodedCandidate } from '../../ingest/coder/index.js';
import { readDocument } from '../../ingest/formats/index.js';
import { dateProblem, UsageError, type Actor } from '../../model/index.js';
import { deriveEvent } from '../../model/index.js';
import { globals } from '../context.js';
import { exchangeEvent } from '../event-format.js';
import { print, printJson, safeText, table } from '../output.js';

/** One coded candidate as an exchange-format line with its sentence offsets. */
export function extractLine(c: CodedCandidate, lookup: (id: string) => Actor | undefined): Record<string, unknown> {
  return {
    ...exchangeEvent(deriveEvent(c.event, lookup)),
    sentence_start: c.sentence_start,
    sentence_end: c.sentence_end,
    focal: c.focal,
  };
}

export function sourceIdOf(file: string): string {
  return (
    basename(file)
      .toLowerCase()
      .replace(/\.[a-z0-9]+$/, '')
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'document'
  );
}

interface ExtractOptions {
  published?: string;
  sourceId?: string;
  format: string;
  minConfidence: string;
  candidates?: boolean;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('code the events of one document (text, Markdown, HTML, PDF) without storing anything')
    .argument('<file>', 'the document')
    .option(
      '--published <date>',
      "publication date (YYYY-MM-DD, YYYY-MM or YYYY); default: the document's own metadata",
    )
    .option('--source-id <id>', 'source id used in citations and event ids (default: from the file name)')
    .option('--format <format>', 'jsonl, json or table', 'jsonl')
    .option('--min-confidence <x>', 'leave out events below this confidence', '0')
    .option('--candidates', 'also print unknown names that act like actors (to stderr)')
    .action(async (file: string, opts: ExtractOptions, cmd: Command) => {
      if (!['jsonl', 'json', 'table'].includes(opts.format))
        throw new UsageError(`--format must be jsonl, json or table, got "${opts.format}"`);
      const min = Number(opts.minConfidence);
      if (!Number.isFinite(min) || min < 0 || min > 1)
        throw new UsageError(`--min-confidence must be a number from 0 to 1, got "${opts.minConfidence}"`);
      const doc = await readDocument(file);
      const published = opts.published ?? doc.published;
      if (!published) throw new UsageError(`${file}: no publication date in the document; pass --published YYYY-MM-DD`);
      const problem = dateProblem(published);
      if (problem) throw new UsageError(`--published: ${problem}`);
      const actors = datasetActors(globals(cmd).data);
      const byId = new Map(actors.map((a) => [a.id, a]));
      const lookup = (id: string): Actor | undefined => byId.get(id);
      const result = codeText(doc.text, { actors, published, sourceId: opts.sourceId ?? sourceIdOf(file) });
      const kept = result.events.filter((c) => (c.event.origin as { confidence: number }).confidence >= min);
      const lines = kept.map((c) => extractLine(c, lookup));
      for (const w of [...doc.warnings, ...warningLines(result.warnings)])
        process.stderr.write(`orrery: ${safeText(`${file}: ${w}`)}\n`);
      if (opts.candidates)
        for (const c of result.candidates)
          process.stderr.write(`candidate: ${safeText(c.name)} (${c.count}×, first at ${c.example_start})\n`);
      if (opts.format === 'json')
        printJson({
          sentences: result.sentences,
          events: lines,
          candidates: result.candidates,
          warnings: result.warnings,
        });
      else if (opts.format === 'jsonl') {
        if (lines.length) print(lines.map((l) => JSON.stringify(l)).join('\n'));
      } else {
        const rows = kept.map((c) => {
          const e = c.event;
          const o = e.origin as { confidence: number };
          return [
            e.date,
            `${e.event_type}${e.mode ? `/${e.mode}` : ''}`,
            `${e.actor.join('+')}${e.recipient.length ? ` → ${e.recipient.join('+')}` : ''}`,
            e.modality,
            o.confidence,
            `${c.sentence_start}-${c.sentence_end}`,
          ];
        });
        print(rows.length ? table(['date', 'type', 'who', 'modality', 'conf', 'sentence'], rows) : '(none)');
        print(`${kept.length} event(s) in ${result.sentences} sentence(s)`);
      }
    });
}
