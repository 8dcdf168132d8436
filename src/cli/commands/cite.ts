/** `orrery cite SOURCE PHRASE`: the citation (offsets and hash) of a phrase or its sentence. */
import type { Command } from 'commander';
import { citationFor, findPhrase, sentenceAround } from '../../dataset/cite.js';
import { loadDataset } from '../../dataset/load.js';
import { NotFoundError, UsageError } from '../../model/index.js';
import { globals } from '../context.js';
import { print, printJson } from '../output.js';

export function register(program: Command): void {
  program
    .command('cite')
    .description('find a phrase in a source text and print its citation (offsets and SHA-256) for a dataset record')
    .argument('<source>', 'source id (see `orrery sources`)')
    .argument('<phrase>', 'words to find in the source text (quote and dash style do not matter)')
    .option('--sentence', 'cite the whole sentence around the phrase', false)
    .option('--nth <n>', 'which occurrence when the phrase occurs more than once (1-based)', '1')
    .option('--json', 'print JSON')
    .action(
      (source: string, phrase: string, opts: { sentence: boolean; nth: string; json?: boolean }, cmd: Command) => {
        const g = globals(cmd);
        const { texts } = loadDataset(g.data, g.sources);
        const text = texts.require(source);
        const hits = findPhrase(text, phrase);
        if (!hits.length) throw new NotFoundError('phrase', phrase, `not in source ${source}`);
        const nth = Number(opts.nth);
        const start = hits[nth - 1];
        if (start === undefined) throw new UsageError(`--nth ${opts.nth}: the phrase occurs ${hits.length} time(s)`);
        const [s, e] = opts.sentence
          ? sentenceAround(text, start, start + phrase.length)
          : [start, start + phrase.length];
        const c = citationFor(source, text, s, e);
        if (opts.json) printJson({ ...c, occurrences: hits.length });
        else
          print(
            `{ source: ${c.source}, start: ${c.start}, end: ${c.end}, sha256: ${c.sha256} }${hits.length > 1 ? `  # occurrence ${nth} of ${hits.length}` : ''}`,
          );
      },
    );
}
