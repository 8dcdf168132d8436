/**
 * `orrery alert add|list|remove|check` (rules as data in the store) and `orrery alerts` (what fired,
 * with its evidence). Rules are evaluated after every ingest, review decision, import and watch
 * cycle (`evaluateAfterWrite`); the work is in src/operations/alerts and src/analysis/alerts.
 */
import type { Command } from 'commander';
import { NotFoundError, UsageError, type AlertFiring, type AlertRule } from '../../model/index.js';
import { addAlertRule } from '../../operations/alerts/rules.js';
import { runAlerts } from '../../operations/alerts/run.js';
import type { Store } from '../../store/store.js';
import { globals } from '../context.js';
import { withStore } from '../open.js';
import { print, printJson, safeText, table } from '../output.js';

function describe(r: AlertRule): string {
  const c = r.condition;
  switch (c.kind) {
    case 'tie':
      return `tie ${c.a}–${c.b} ${c.op} ${c.value}${c.days ? ` (last ${c.days} days)` : ''}`;
    case 'series':
      return `a month of the ${c.a}–${c.b} series ${c.op} ${c.value}`;
    case 'events':
      return `events involving ${c.actor}${c.types.length ? ` of type ${c.types.join(', ')}` : ''}`;
    case 'corridor':
      return `status of ${c.segment} changes`;
    case 'claim':
      return `verdict on claim ${c.claim} changes`;
    case 'forecast':
      return `conflict forecast for ${c.country}: probability of any death ${c.horizon ?? 1} month${(c.horizon ?? 1) > 1 ? 's' : ''} ahead ${c.op} ${c.value}`;
  }
}

function printFirings(firings: AlertFiring[]): void {
  if (!firings.length) return print('no alert has fired');
  for (const f of firings) {
    print(`${f.fired_at}  ${f.rule}: ${f.message}`);
    if (f.evidence.events.length) print(`  events: ${f.evidence.events.join(', ')}`);
    for (const c of f.evidence.citations.slice(0, 5)) print(`  cites ${c.source}:${c.start}-${c.end}`);
    if (f.delivery)
      print(
        `  webhook ${f.delivery.url}: ${f.delivery.error ? `failed (${f.delivery.error})` : `HTTP ${f.delivery.status}`}`,
      );
  }
}

/** Evaluate the rules after a command wrote to the store; firings are told on stderr. */
export async function evaluateAfterWrite(store: Store, cmd: Command): Promise<void> {
  const run = await runAlerts(store, { dataDir: globals(cmd).data });
  for (const f of run.firings) process.stderr.write(`orrery: alert ${safeText(f.rule)}: ${safeText(f.message)}\n`);
}

const num = (raw: string | undefined, name: string): number | undefined => {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new UsageError(`${name}: give a number, not "${raw}"`);
  return n;
};

export function register(program: Command): void {
  const alert = program
    .command('alert')
    .description(
      'alert rules: a tie crossing a value, a series month passing one, new events, a status or a verdict changing, a conflict forecast passing a probability',
    );

  alert
    .command('add')
    .description(
      'add a rule: `tie A B --below V`, `series A B --above V`, `events ACTOR [--types T,T]`, `corridor SEGMENT`, `claim CLAIM`, `forecast COUNTRY --above P [--horizon N]`',
    )
    .argument('<kind>', 'tie, series, events, corridor, claim or forecast')
    .argument('<targets...>', 'two actors (tie, series), one actor (events), a segment or corridor id, or a claim id')
    .option('--below <value>', 'fire when the value goes below this')
    .option('--above <value>', 'fire when the value goes above this')
    .option('--days <n>', 'tie: count only events of the last n days')
    .option('--types <list>', 'events: PLOVER types, comma-separated (default: any)')
    .option('--horizon <n>', 'forecast: months ahead, 1 to 6 (default 1)')
    .option('--id <id>', 'the rule id (default: made from the condition)')
    .option('--webhook <url>', 'POST each firing here as JSON')
    .option('--json', 'print the rule')
    .allowExcessArguments(false)
    .action(
      async (
        kind: string,
        targets: string[],
        o: {
          below?: string;
          above?: string;
          days?: string;
          types?: string;
          horizon?: string;
          id?: string;
          webhook?: string;
          json?: boolean;
        },
        cmd: Command,
      ) =>
        withStore(cmd, async (store) => {
          if (o.webhook && !/^https?:\/\//i.test(o.webhook)) throw new UsageError('--webhook: give an http(s) URL');
          const rule = await addAlertRule(
            store,
            {
              kind,
              targets,
              below: num(o.below, '--below'),
              above: num(o.above, '--above'),
              days: num(o.days, '--days'),
              horizon: num(o.horizon, '--horizon'),
              types: o.types
                ?.split(',')
                .map((t) => t.trim())
                .filter(Boolean),
              id: o.id,
              webhook: o.webhook,
            },
            { dataDir: globals(cmd).data },
          );
          if (o.json) printJson(rule);
          else
            print(
              `added ${rule.id}: ${describe(rule)}${rule.webhook ? `, posted to ${rule.webhook}` : ''}${typeof rule.state.value === 'number' || typeof rule.state.value === 'string' ? ` (now: ${rule.state.value})` : ''}`,
            );
        }),
    );

  alert
    .command('list')
    .description('the rules, with what each saw when last evaluated')
    .option('--json', 'print the rules')
    .action(async (o: { json?: boolean }, cmd: Command) =>
      withStore(cmd, async (store) => {
        const rules = await store.listAlertRules();
        if (o.json) return printJson(rules);
        if (!rules.length) return print('no alert rules: `orrery alert add`');
        print(
          table(
            ['id', 'condition', 'now', 'webhook'],
            rules.map((r) => [
              r.id,
              describe(r),
              r.state.value ?? (r.state.seen ? `${r.state.seen.length} seen` : ''),
              r.webhook ?? '',
            ]),
            [30, 44, 12, 30],
          ),
        );
      }),
    );

  alert
    .command('remove')
    .description('remove a rule and what it fired')
    .argument('<id>', 'the rule id (`alert list`)')
    .action(async (id: string, _o: unknown, cmd: Command) =>
      withStore(cmd, async (store) => {
        if (!(await store.deleteAlertRule(id)))
          throw new NotFoundError('alert rule', id, '`orrery alert list` shows them');
        print(`removed ${id}`);
      }),
    );

  alert
    .command('check')
    .description('evaluate the rules now (they are also evaluated after every ingest, review and import)')
    .option('--json', 'print the firings')
    .action(async (o: { json?: boolean }, cmd: Command) =>
      withStore(cmd, async (store) => {
        const run = await runAlerts(store, { dataDir: globals(cmd).data });
        if (o.json) return printJson(run);
        printFirings(run.firings);
        print(`${run.evaluated} rules evaluated, ${run.firings.length} fired`);
      }),
    );

  program
    .command('alerts')
    .description('alerts that fired, newest first, with their evidence (events and the passages they cite)')
    .option('--rule <id>', 'only this rule')
    .option('--limit <n>', 'at most this many', '50')
    .option('--json', 'print the firings')
    .action(async (o: { rule?: string; limit: string; json?: boolean }, cmd: Command) =>
      withStore(cmd, async (store) => {
        const limit = num(o.limit, '--limit');
        const firings = await store.listAlertFirings({ rule: o.rule, limit: limit && limit > 0 ? limit : 50 });
        if (o.json) printJson(firings);
        else printFirings(firings);
      }),
    );
}
