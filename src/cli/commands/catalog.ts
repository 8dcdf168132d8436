/** `orrery sources`, `orrery actors`, `orrery actor ID`: what the model knows about documents and actors. */
import type { Command } from 'commander';
import { ACTOR_KINDS, UsageError, coversDate } from '../../model/index.js';
import { resolveActor } from '../../store/find-actor.js';
import { withStore } from '../open.js';
import { print, printJson, printRecords, table } from '../output.js';

export function register(program: Command): void {
  program
    .command('sources')
    .description('the documents the model is built from or has ingested')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const sources = await store.listSources();
        printRecords(
          opts.json ? 'json' : 'table',
          sources,
          ['id', 'published', 'kind', 'title', 'author / publisher'],
          (s) => [
            s.id,
            `${s.published}${s.published_inferred ? ' (inferred)' : ''}`,
            s.kind,
            s.title,
            s.author ?? s.publisher ?? '',
          ],
          [14, 20, 11, 50, 30],
        );
      });
    });

  program
    .command('actors')
    .description('the actors: states, organizations, formats, persons, groups, territories')
    .option('--kind <kind>', `only this kind (${ACTOR_KINDS.join(', ')})`)
    .option('--json', 'print JSON')
    .action(async (opts: { kind?: string; json?: boolean }, cmd: Command) => {
      if (opts.kind && !(ACTOR_KINDS as readonly string[]).includes(opts.kind))
        throw new UsageError(`--kind must be one of ${ACTOR_KINDS.join(', ')}`);
      await withStore(cmd, async (store) => {
        const actors = await store.listActors({ kind: opts.kind });
        printRecords(
          opts.json ? 'json' : 'table',
          actors,
          ['id', 'kind', 'name', 'also known as'],
          (a) => [a.id, a.kind, a.name, [...a.aliases, ...a.metonyms].join(', ')],
          [22, 13, 36, 50],
        );
      });
    });

  program
    .command('actor')
    .description('one actor: names, roles over time, relations, and how many events involve it')
    .argument('<actor...>', 'an id or any name (Baku, the Kremlin, Azeri...)')
    .option(
      '--at <date>',
      'the date a shared name or a title ("Aliyev", "the Armenian prime minister") is resolved at, and whose office is marked',
      new Date().toISOString().slice(0, 10),
    )
    .option('--json', 'print JSON')
    .action(async (words: string[], opts: { at: string; json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const id = await resolveActor(store, words.join(' '), opts.at);
        const actor = (await store.getActor(id))!;
        const relations = await store.listRelations({ actor: id });
        const events = await store.countEvents({ actor: [id] });
        if (opts.json) {
          printJson({ ...actor, relations, event_count: events });
          return;
        }
        print(`${actor.id}: ${actor.name} (${actor.kind})`);
        const names = [
          ['aliases', actor.aliases],
          ['metonyms', actor.metonyms],
          ['demonyms', actor.demonyms],
        ] as const;
        for (const [label, list] of names) if (list.length) print(`  ${label}: ${list.join(', ')}`);
        if (actor.parent) print(`  part of: ${actor.parent}`);
        if (actor.country) print(`  country: ${actor.country}`);
        for (const r of actor.roles)
          print(
            `  role: ${r.title} (${r.of}) ${r.from} – ${r.to ?? 'present'}${coversDate(r.from, r.to, opts.at) ? '  ← at ' + opts.at : ''}`,
          );
        for (const h of actor.held_by) print(`  held by ${h.by}: ${h.from ?? '…'} – ${h.to ?? 'present'}`);
        if (actor.note) print(`  note: ${actor.note}`);
        print(`  events: ${events}`);
        if (relations.length)
          print(
            table(
              ['relation', 'with', 'from', 'to', 'id'],
              relations.map((r) => [r.type, r.actors.filter((a) => a !== id).join(','), r.from, r.to ?? '', r.id]),
            ),
          );
      });
    });
}
