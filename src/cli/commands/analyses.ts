/** `orrery analyses`: the registered analyses with their parameters, outputs and commands. */
import type { Command } from 'commander';
import { paramsSchema } from '../../operations/analyses/analysis.js';
import { ANALYSES } from '../../operations/analyses/registry.js';
import { print, printJson, table } from '../output.js';

export function register(program: Command): void {
  program
    .command('analyses')
    .description('list the analyses (each is also a command) with their parameters and outputs')
    .option('--json', 'print the descriptions as JSON (parameters as JSON Schema)')
    .action((opts: { json?: boolean }) => {
      const described = ANALYSES.map((a) => ({
        id: a.id,
        title: a.title,
        description: a.description,
        positional: a.positional,
        needs: a.needs,
        outputs: a.outputs,
        params: paramsSchema(a),
      }));
      if (opts.json) return printJson(described);
      print(
        table(
          ['command', 'what', 'parameters'],
          described.map((a) => [
            `orrery ${a.id}${a.positional.map((p) => ` <${p}>`).join('')}`,
            `${a.title}. ${a.description}`,
            Object.keys((a.params as { properties: Record<string, unknown> }).properties)
              .filter((p) => !a.positional.includes(p))
              .join(', '),
          ]),
          [28, 70, 40],
        ),
      );
    });
}
