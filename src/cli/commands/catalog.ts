/** `orrery sources`, `orrery actors`, `orrery actor ID`: what the model knows about documents and actors (their operations). */
import type { Command } from 'commander';
import { coversDate } from '../../model/dates.js';
import { actorOperation, actorsOperation } from '../../operations/reads/actors.js';
import { sourcesOperation } from '../../operations/reads/sources.js';
import { registerOperation } from '../operation-command.js';
import { printJson, table } from '../output.js';

const today = (): string => new Date().toISOString().slice(0, 10);

export function register(program: Command): void {
  registerOperation(program, sourcesOperation, {
    table: (sources) =>
      sources.length
        ? table(
            ['id', 'published', 'kind', 'title', 'author / publisher'],
            sources.map((s) => [
              s.id,
              `${s.published}${s.published_inferred ? ' (inferred)' : ''}`,
              s.kind,
              s.title,
              s.author ?? s.publisher ?? '',
            ]),
            [14, 20, 11, 50, 30],
          )
        : '(none)',
  });

  registerOperation(program, actorsOperation, {
    description: 'the actors: states, organizations, formats, persons, groups, territories',
    table: (actors) =>
      actors.length
        ? table(
            ['id', 'kind', 'name', 'also known as'],
            actors.map((a) => [a.id, a.kind, a.name, [...a.aliases, ...a.metonyms].join(', ')]),
            [22, 13, 36, 50],
          )
        : '(none)',
  });

  registerOperation(program, actorOperation, {
    description: 'one actor: names, roles over time, relations, and how many events involve it',
    variadic: true,
    help: {
      at: 'the date a shared name or a title ("Aliyev", "the Armenian prime minister") is resolved at, and whose office is marked (default today)',
    },
    // On the command line a name means whoever bears it today unless --at says another date.
    defaults: () => ({ at: today() }),
    print: (r, opts) => {
      if (!opts.json) return false;
      printJson({ ...r.actor, relations: r.relations, event_count: r.event_count });
      return true;
    },
    table: ({ actor, relations, event_count }, { at }) => {
      const lines = [`${actor.id}: ${actor.name} (${actor.kind})`];
      const names = [
        ['aliases', actor.aliases],
        ['metonyms', actor.metonyms],
        ['demonyms', actor.demonyms],
      ] as const;
      for (const [label, list] of names) if (list.length) lines.push(`  ${label}: ${list.join(', ')}`);
      if (actor.parent) lines.push(`  part of: ${actor.parent}`);
      if (actor.country) lines.push(`  country: ${actor.country}`);
      const when = at ?? today();
      for (const r of actor.roles)
        lines.push(
          `  role: ${r.title} (${r.of}) ${r.from} – ${r.to ?? 'present'}${coversDate(r.from, r.to, when) ? '  ← at ' + when : ''}`,
        );
      for (const h of actor.held_by) lines.push(`  held by ${h.by}: ${h.from ?? '…'} – ${h.to ?? 'present'}`);
      if (actor.note) lines.push(`  note: ${actor.note}`);
      lines.push(`  events: ${event_count}`);
      if (relations.length)
        lines.push(
          table(
            ['relation', 'with', 'from', 'to', 'id'],
            relations.map((r) => [r.type, r.actors.filter((a) => a !== actor.id).join(','), r.from, r.to ?? '', r.id]),
          ),
        );
      return lines.join('\n');
    },
  });
}
