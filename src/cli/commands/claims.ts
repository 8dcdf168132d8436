/**
 * `orrery claims`: every claim of the sources evaluated over the engines, with its verdict (agrees,
 * disagrees, undetermined), the figures behind it and its citations (the claims operation). Routes
 * use the corridor network of the dataset directory; without one, route claims are undetermined and
 * say why.
 */
import type { Command } from 'commander';
import { claimSummary } from '../../operations/claims/index.js';
import type { ClaimResult } from '../../contracts/records.js';
import { claimsContract } from '../../contracts/reads/claims.js';
import { evaluateAll } from '../../operations/reads/claims.js';
import { addInputOptions, operationContext, optionValues, readParams } from '../operation-command.js';
import { withStore } from '../open.js';
import { print, printJson, table } from '../output.js';
import type { z } from 'zod';

const MARK: Record<z.output<typeof ClaimResult>['verdict'], string> = {
  agrees: 'agrees',
  disagrees: 'DISAGREES',
  undetermined: 'undetermined',
};

export function register(program: Command): void {
  const cmd = program
    .command('claims')
    .description(
      "evaluate the sources' claims about the order over the engines: verdict, figures and citations of each",
    )
    .option(
      '--json',
      'print JSON: a list of { id, statement, verdict, figures, key, checks, sources, citations, known_disagreement }',
    );
  const options = addInputOptions(cmd, claimsContract.input);
  cmd.action(async (opts: Record<string, unknown>, command: Command) => {
    await withStore(command, async (store) => {
      const params = await readParams(store, claimsContract.input, optionValues(options, opts));
      // What the claims operation runs, with the reason route claims are undetermined for the reader.
      const { results: all, unrouted } = await evaluateAll(operationContext(command, store));
      if (unrouted) process.stderr.write(`orrery claims: route claims are undetermined: ${unrouted}\n`);
      const results = params.verdict ? all.filter((r) => r.verdict === params.verdict) : all;
      if (opts.json) return printJson(results);
      if (!results.length) return print('(no claims)');
      print(
        table(
          ['id', 'verdict', 'key figure', 'sources'],
          results.map((r) => [
            r.id,
            `${MARK[r.verdict]}${r.known_disagreement ? ' (known)' : ''}`,
            r.key,
            r.sources.join(', '),
          ]),
          [40, 14, 70, 14],
        ),
      );
      const s = claimSummary(all);
      print(
        `${s.agrees} of ${s.claims} claims agree (${s.agreement === null ? '—' : `${Math.round(s.agreement * 1000) / 10}%`}), ${s.disagrees} disagree, ${s.undetermined} undetermined`,
      );
    });
  });
}
