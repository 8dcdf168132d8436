/**
 * `orrery claims`: every claim of the sources evaluated over the engines, with its verdict (agrees,
 * disagrees, undetermined), the figures behind it and its citations. Routes use the corridor network
 * of the dataset directory; without one, route claims are undetermined and say why.
 */
import type { Command } from 'commander';
import { claimSummary, evaluateClaims, type ClaimResult, type Router } from '../../analysis/claims/index.js';
import { findRoutes } from '../../corridors/index.js';
import { OrreryError, UsageError } from '../../model/index.js';
import { transportNetworkFor } from '../transport.js';
import { withStore } from '../open.js';
import { print, printJson, table } from '../output.js';

/** The router over the dataset's network, or undefined (with a warning) when there is no usable network. */
function routerFor(cmd: Command): Router | undefined {
  try {
    const net = transportNetworkFor(cmd);
    return (from, to, q) => findRoutes(net, from, to, q);
  } catch (error) {
    if (!(error instanceof OrreryError)) throw error;
    process.stderr.write(`orrery claims: route claims are undetermined: ${error.message}\n`);
    return undefined;
  }
}

const VERDICTS = ['agrees', 'disagrees', 'undetermined'];

const MARK: Record<ClaimResult['verdict'], string> = {
  agrees: 'agrees',
  disagrees: 'DISAGREES',
  undetermined: 'undetermined',
};

export function register(program: Command): void {
  program
    .command('claims')
    .description(
      "evaluate the sources' claims about the order over the engines: verdict, figures and citations of each",
    )
    .option(
      '--json',
      'print JSON: a list of { id, statement, verdict, figures, key, checks, sources, citations, known_disagreement }',
    )
    .option('--verdict <verdict>', 'only claims with this verdict (agrees, disagrees, undetermined)')
    .action(async (opts: { json?: boolean; verdict?: string }, cmd: Command) => {
      if (opts.verdict !== undefined && !VERDICTS.includes(opts.verdict)) {
        throw new UsageError(`--verdict must be one of ${VERDICTS.join(', ')}, not "${opts.verdict}"`);
      }
      await withStore(cmd, async (store) => {
        const claims = await store.listClaims();
        const data = {
          events: await store.listEvents(),
          relations: await store.listRelations(),
          indicators: await store.listIndicators(),
          dependencies: await store.listDependencies(),
          actors: await store.listActors(),
        };
        const all = evaluateClaims(claims, data, routerFor(cmd));
        const results = opts.verdict ? all.filter((r) => r.verdict === opts.verdict) : all;
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
