/** `orrery validate`: schemas, referential integrity and every citation; non-zero exit on any problem. */
import type { Command } from 'commander';
import { loadDataset } from '../../dataset/load.js';
import { checkScenarioFiles, readScenarioFiles } from '../../dataset/scenarios.js';
import { countDataset, formatProblem } from '../../model/index.js';
import { globals } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { print, printJson, table } from '../output.js';

export function register(program: Command): void {
  program
    .command('validate')
    .description(
      'check the dataset: schemas, references between records, that every citation matches its passage, and the scenario files',
    )
    .option('--json', 'print a JSON report')
    .action((opts: { json?: boolean }, cmd: Command) => {
      const g = globals(cmd);
      const { dataset, problems, citationsChecked } = loadDataset(g.data, g.sources);
      const counts = { ...countDataset(dataset), scenarios: readScenarioCount(g.data) };
      problems.push(...checkScenarioFiles(g.data, dataset));
      if (!citationsChecked)
        problems.push({
          where: g.sources,
          message: 'source texts not found, so citations could not be checked (set --sources or ORRERY_SOURCES)',
        });
      if (opts.json) printJson({ ok: problems.length === 0, counts, problems });
      else {
        print(table(['kind', 'records'], Object.entries(counts)));
        if (problems.length)
          print(`${problems.length} problem(s):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
        else print('valid: every record parses, every reference resolves, every citation matches its passage');
      }
      if (problems.length) process.exitCode = EXIT.failed;
    });
}

const readScenarioCount = (dataDir: string): number => readScenarioFiles(dataDir).length;
