/**
 * `orrery review`: the queue of coded events awaiting a reviewer. `review` lists them with the
 * sentences they cite and the rule that coded them; `review accept|reject ID...` and `review edit ID`
 * decide (several ids: all of them or none); `review --interactive` walks the queue on a terminal. Decisions carry the version the
 * reviewer saw (`--if-match`), so a concurrent change is refused (exit 7) rather than overwritten.
 */
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { ConflictError, NotFoundError, UsageError } from '../../model/index.js';
import {
  listPending,
  reviewEvent,
  reviewEvents,
  type Decision,
  type EventEdit,
  type ReviewItem,
} from '../../ingest/review.js';
import type { Store } from '../../store/store.js';
import { resolveActor } from '../../store/find-actor.js';
import { exchangeEvent, sides } from '../event-format.js';
import { withStore } from '../open.js';
import { evaluateAfterWrite } from './alert.js';
import { print, printJson } from '../output.js';

interface EditOptions {
  type?: string;
  mode?: string;
  actor?: string;
  recipient?: string;
  date?: string;
  summary?: string;
  ifMatch?: string;
  json?: boolean;
}

function describe(item: ReviewItem): string {
  const e = item.event;
  const head = `${e.id}  [version ${item.version}]\n  ${e.date}  ${e.event_type}${e.mode ? `/${e.mode}` : ''}  ${sides(e)}  (resolved ${e.actor_country.join('+')}${e.recipient_country.length ? ` → ${e.recipient_country.join('+')}` : ''})`;
  const why = `  rule ${item.rule}, confidence ${item.confidence.toFixed(2)}${e.modality !== 'actual' ? `, modality ${e.modality}` : ''}${e.status !== 'asserted' ? `, ${e.status}` : ''}`;
  const said = item.passages.map(
    (p) =>
      `  [${p.source} ${p.start}–${p.end}] ${p.text !== undefined ? `“${p.text.replace(/\s+/g, ' ').trim()}”` : '(text not stored)'}`,
  );
  return [head, `  ${e.summary}`, why, ...said].join('\n');
}

async function ids(store: Store, list: string | undefined): Promise<string[] | undefined> {
  if (list === undefined) return undefined;
  const parts = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return Promise.all(parts.map((p) => resolveActor(store, p)));
}

async function decide(
  cmd: Command,
  idsToDecide: string[],
  decision: Decision,
  o: { ifMatch?: string; json?: boolean },
): Promise<void> {
  if (o.ifMatch && idsToDecide.length > 1)
    throw new UsageError('--if-match is the version of one event: give a single id with it');
  await withStore(cmd, async (store) => {
    // All of them or none: when one fails, the error lists each failing id and why, and nothing changed.
    const done = await reviewEvents(store, idsToDecide, decision, {
      ifMatch: o.ifMatch === undefined ? undefined : [o.ifMatch],
    });
    if (o.json) printJson(done.map((d) => ({ ...exchangeEvent(d.event), version: d.version })));
    else
      for (const d of done)
        print(`${d.event.id}: ${d.event.origin.kind === 'coded' ? d.event.origin.review : ''} (version ${d.version})`);
    await evaluateAfterWrite(store, cmd);
  });
}

async function interactive(store: Store): Promise<void> {
  const queue = await listPending(store);
  if (!queue.length) return print('nothing to review');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  // Ctrl+C or Ctrl+D ends the session quietly, like [q]uit.
  const ask = async (q: string): Promise<string> =>
    rl.question(q).catch((error: Error) => {
      if (error.name === 'AbortError') return 'q';
      throw error;
    });
  try {
    for (const [i, item] of queue.entries()) {
      print(`\n(${i + 1}/${queue.length}) ${describe(item)}`);
      const answer = (await ask('[a]ccept, [r]eject, [e]dit, [s]kip, [q]uit? ')).trim().toLowerCase();
      if (answer.startsWith('q')) break;
      if (!answer || answer.startsWith('s')) continue;
      let decision: Decision | undefined = answer.startsWith('a')
        ? 'accept'
        : answer.startsWith('r')
          ? 'reject'
          : undefined;
      if (answer.startsWith('e')) {
        const edit: EventEdit = {};
        const field = async (q: string): Promise<string | undefined> => (await rl.question(q)).trim() || undefined;
        edit.type = await field(`  type [${item.event.event_type}]: `);
        const mode = await field(`  mode [${item.event.mode ?? '-'}] (- for none): `);
        if (mode !== undefined) edit.mode = mode === '-' ? null : mode;
        const actor = await field(`  actors [${item.event.actor.join(',')}]: `);
        const recipient = await field(`  recipients [${item.event.recipient.join(',')}] (- for none): `);
        edit.actor = actor === undefined ? undefined : await ids(store, actor);
        edit.recipient = recipient === undefined ? undefined : recipient === '-' ? [] : await ids(store, recipient);
        edit.date = await field(`  date [${item.event.date}]: `);
        edit.summary = await field('  summary [unchanged]: ');
        decision = { edit };
      }
      if (!decision) {
        print('  (not understood; skipped)');
        continue;
      }
      try {
        const { event } = await reviewEvent(store, item.event.id, decision, { ifMatch: item.version });
        print(`  → ${event.origin.kind === 'coded' ? event.origin.review : ''}`);
      } catch (error) {
        if (error instanceof ConflictError || error instanceof UsageError || error instanceof NotFoundError)
          print(`  ! ${error.message}`);
        else throw error;
      }
    }
  } finally {
    rl.close();
  }
}

export function register(program: Command): void {
  const review = program
    .command('review')
    .description(
      'review coded events: list the queue, accept, reject or edit (only accepted coded events count in analyses)',
    );
  review
    .command('list', { isDefault: true })
    .description('list coded events awaiting review, with the sentences they cite and the rule that coded them')
    .option('--limit <n>', 'at most this many')
    .option('-i, --interactive', 'walk the queue on a terminal: accept, reject, edit or skip each event')
    .option('--json', 'print JSON (each event with its version, rule, confidence and passages)')
    .action(async (o: { limit?: string; interactive?: boolean; json?: boolean }, cmd: Command) => {
      const limit = o.limit === undefined ? undefined : Number(o.limit);
      if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0))
        throw new UsageError(`--limit must be a whole number, got "${o.limit}"`);
      await withStore(cmd, async (store) => {
        if (o.interactive) {
          if (!process.stdin.isTTY)
            throw new UsageError('--interactive needs a terminal; use `orrery review accept|reject|edit` in scripts');
          await interactive(store);
          return evaluateAfterWrite(store, cmd);
        }
        const items = await listPending(store, { limit });
        if (o.json)
          return printJson(
            items.map((it) => ({ ...exchangeEvent(it.event), version: it.version, passages: it.passages })),
          );
        if (!items.length) return print('nothing to review');
        print(items.map(describe).join('\n\n'));
        print(
          `\n${items.length} pending; decide with \`orrery review accept|reject ID...\` or \`orrery review edit ID --type ...\``,
        );
      });
    });
  review
    .command('accept')
    .description('accept coded events: they then count in analyses (several ids: all or none)')
    .argument('<ids...>', 'event ids')
    .option('--if-match <version>', 'refuse (exit 7) unless the event is still at this version')
    .option('--json', 'print JSON')
    .action((list: string[], o: { ifMatch?: string; json?: boolean }, cmd: Command) => decide(cmd, list, 'accept', o));
  review
    .command('reject')
    .description('reject coded events: they stay stored but never count (several ids: all or none)')
    .argument('<ids...>', 'event ids')
    .option('--if-match <version>', 'refuse (exit 7) unless the event is still at this version')
    .option('--json', 'print JSON')
    .action((list: string[], o: { ifMatch?: string; json?: boolean }, cmd: Command) => decide(cmd, list, 'reject', o));
  review
    .command('edit')
    .description('correct a coded event and accept it')
    .argument('<id>', 'event id')
    .option('--type <type>', 'PLOVER event type')
    .option('--mode <mode>', 'mode of the type ("" for none)')
    .option('--actor <ids>', 'actors, comma-separated (ids or names)')
    .option('--recipient <ids>', 'recipients, comma-separated ("" for none)')
    .option('--date <date>', 'YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--summary <text>', 'one line in your own words')
    .option('--if-match <version>', 'refuse (exit 7) unless the event is still at this version')
    .option('--json', 'print JSON')
    .action(async (id: string, o: EditOptions, cmd: Command) => {
      let actor: string[] | undefined;
      let recipient: string[] | undefined;
      await withStore(cmd, async (store) => {
        actor = await ids(store, o.actor);
        recipient = o.recipient === '' ? [] : await ids(store, o.recipient);
      });
      const edit: EventEdit = { type: o.type, mode: o.mode, actor, recipient, date: o.date, summary: o.summary };
      if (Object.values(edit).every((v) => v === undefined))
        throw new UsageError('nothing to edit: give --type, --mode, --actor, --recipient, --date or --summary');
      await decide(cmd, [id], { edit }, o);
    });
}
