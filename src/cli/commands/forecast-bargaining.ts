/**
 * The bargaining family of `orrery forecast`: `forecast issues` lists the South Caucasus issues,
 * `forecast issue ID` forecasts one with every model and shows each input's support and a sensitivity
 * table, and `forecast backtest deu3` scores every model on the DEU III data set.
 */
import type { Command } from 'commander';
import { mulberry32 } from '../../analysis/random.js';
import { readDeu3 } from '../../dataset/deu3.js';
import { findIssue, type LoadedIssue } from '../../dataset/issues.js';
import { loadDataset } from '../../dataset/load.js';
import { backtest, type BacktestResult, type Case } from '../../forecast/bargaining/backtest.js';
import { checkBargain } from '../../forecast/bargaining/stakes.js';
import type { SourcedValue } from '../../model/bargaining.js';
import {
  bargainingIssueOperation,
  issueForecast,
  issueList,
  readIssues,
} from '../../operations/forecast/bargaining.js';
import { withStore } from '../open.js';
import { operationContext } from '../operation-command.js';
import { globals } from '../context.js';
import { print, printJson, scenarioBanner, table } from '../output.js';

const n1 = (x: number): string => x.toFixed(1);
const n2 = (x: number): string => x.toFixed(2);
const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The issues, their citations checked against the source texts and their actors against the dataset. */
function issues(cmd: Command): LoadedIssue[] {
  const g = globals(cmd);
  const { texts, dataset } = loadDataset(g.data, g.sources);
  return readIssues(
    g.data,
    texts,
    dataset.actors.map((a) => a.id),
  );
}

/** How a value is supported, in one line: its citations, or "estimate: reasoning". */
function support(v: SourcedValue): string {
  if (v.citations?.length) return `cited: ${v.citations.map((c) => `${c.source}@${c.start}-${c.end}`).join(', ')}`;
  return `estimate: ${v.estimate ?? ''}`;
}

function printIssue(r: ReturnType<typeof issueForecast>): void {
  const inputs = r.inputs.flatMap((a) =>
    (['position', 'salience', 'capability'] as const).map((k) => [a.actor, k, a[k].value, support(a[k])]),
  );
  if (r.reference) inputs.push(['—', 'reference', r.reference.value, support(r.reference)]);
  print(
    [
      `${r.title} (${r.id}, as of ${r.asOf}; ${r.file})`,
      `scale: 0 = ${r.scale.low}; 100 = ${r.scale.high}`,
      `salience on ${r.salienceScale}; capability: ${r.capabilityMeaning}`,
      '',
      'Forecasts',
      table(
        ['model', 'forecast', 'method'],
        r.forecasts.map((f) => [f.name, n1(f.forecast), f.method]),
        [12, 10, 70],
      ),
      '',
      'Inputs',
      table(['actor', 'input', 'value', 'support'], inputs, [9, 12, 7, 80]),
      '',
      'Sensitivity: each input moved ±10 on its scale, the forecast range per model',
      table(
        ['input', ...r.forecasts.map((f) => f.name)],
        r.sensitivity.map((s) => [
          s.input,
          ...r.forecasts.map((f) => {
            const [lo, hi] = s.range[f.name] as [number, number];
            return hi - lo < 0.05 ? n1(lo) : `${n1(lo)}–${n1(hi)}`;
          }),
        ]),
      ),
    ].join('\n'),
  );
}

/** The DEU III backtest with its timing; the seed fixes the split and the bootstrap. */
export function deu3Backtest(
  seed = 1,
): BacktestResult & { dataset: string; path: string; seconds: number; seed: number } {
  const started = performance.now();
  const deu3 = readDeu3();
  const cases: Case[] = deu3.issues
    .filter((i) => i.outcome !== undefined)
    .map((i) => ({ bargain: checkBargain(i.bargain, deu3.path), outcome: i.outcome as number, group: i.proposal }));
  const result = backtest(cases, { rng: mulberry32(seed) });
  return { dataset: 'deu3', path: deu3.path, seed, ...result, seconds: (performance.now() - started) / 1000 };
}

function printBacktest(r: ReturnType<typeof deu3Backtest>): void {
  const row = (m: BacktestResult['models'][number]) => [
    m.name,
    m.n,
    n2(m.mae),
    n2(m.rmse),
    pct(m.within5),
    pct(m.within10),
    pct(m.within20),
    m.vsCompromise ? `${n2(m.vsCompromise.mean)} [${n2(m.vsCompromise.low)}, ${n2(m.vsCompromise.high)}]` : '—',
  ];
  const head = ['model', 'n', 'MAE', 'RMSE', '≤5', '≤10', '≤20', 'Δ|err| vs compromise, 95% CI'];
  const h = r.heldOut;
  print(
    [
      `DEU III: ${r.issues} issues with a known outcome (${r.path})`,
      table(head, r.models.map(row)),
      'Δ|err|: mean over issues of |error of the model| − |error of compromise|; > 0 means compromise is better.',
      `Interval: 95% percentile bootstrap resampling whole proposals (2000 resamples, seed ${r.seed}).`,
      '',
      `Held out: tuned on ${h.trainIssues} issues (half the proposals, drawn with seed ${r.seed}), scored on the other ${h.testIssues}`,
      table(head, h.models.map(row)),
      table(
        ['blend', 'α (compromise)', 'MAE', 'RMSE', '≤5', '≤10', '≤20'],
        h.blends.map((b) => [
          b.name,
          n2(b.alpha),
          n2(b.mae),
          n2(b.rmse),
          pct(b.within5),
          pct(b.within10),
          pct(b.within20),
        ]),
      ),
      h.beatsCompromise
        ? `Best held-out MAE: ${h.best}, lower than compromise's.`
        : `Nothing beats the compromise model on the held-out issues (best: ${h.best}).`,
      `Time: ${r.seconds.toFixed(1)} s.`,
    ].join('\n'),
  );
}

/** Typed by the FAMILIES list in forecast.ts (importing its type here would close an import cycle). */
export const bargaining = {
  register(forecast: Command): void {
    forecast
      .command('issues')
      .description('list the bargaining issues (data/caucasus/issues)')
      .option('--json', 'print JSON')
      .action((options: { json?: boolean }, cmd: Command) => {
        const list = issueList(issues(cmd));
        if (options.json) printJson(list);
        else
          print(
            table(
              ['id', 'title', 'as of', 'actors'],
              list.map((i) => [i.id, i.title, i.asOf, i.actors.join(' ')]),
            ),
          );
      });
    forecast
      .command('issue')
      .description(
        'forecast a bargaining issue with every model: inputs with their support, and a ±10 sensitivity table',
      )
      .argument('<id>', 'issue id (see `orrery forecast issues`)')
      .option('--scenario <id>', 'forecast under a scenario whose set-position changes alter the inputs')
      .option('--json', 'print JSON')
      .action(async (id: string, options: { json?: boolean; scenario?: string }, cmd: Command) => {
        // Under a scenario the inputs are checked against the store's evidence, as for every engine.
        const report: ReturnType<typeof issueForecast> = options.scenario
          ? await withStore(cmd, async (store) =>
              bargainingIssueOperation.run(operationContext(cmd, store), { id, scenario: options.scenario }),
            )
          : issueForecast(findIssue(issues(cmd), id));
        if (options.json) printJson(report);
        else {
          print(scenarioBanner(report).trimEnd());
          printIssue(report);
        }
      });
  },
  backtests: {
    deu3: {
      description: 'the DEU III data set of EU legislative issues (ORRERY_DEU3 overrides its path)',
      run: async ({ json }: { json?: boolean }): Promise<void> => {
        const r = deu3Backtest();
        if (json) printJson(r);
        else printBacktest(r);
      },
    },
  },
};
