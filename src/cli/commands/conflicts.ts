/** `orrery conflicts`: the facts the sources disagree on, each claim with its source (the conflicts operation). */
import { Option, type Command } from 'commander';
import { formatPassage } from '../../dataset/passages.js';
import { conflictsOperation } from '../../operations/reads/events.js';
import { registerOperation } from '../operation-command.js';
import { print, table } from '../output.js';

export function register(program: Command): void {
  registerOperation(program, conflictsOperation, {
    description: 'list where sources disagree, where claims were denied, and where a source slipped',
    options: [new Option('--passages', 'print the cited passage of every claim')],
    print: (conflicts, opts) => {
      if (opts.json || !opts.passages) return false;
      for (const c of conflicts) {
        print(`\n${c.id} (${c.kind}): ${c.topic}`);
        for (const cl of c.claims) {
          print(`  - ${cl.preferred ? '[preferred] ' : ''}${cl.says}${cl.value ? ` [${cl.value}]` : ''}`);
          for (const p of cl.passages)
            print(`    ${formatPassage({ ...p, text: p.text ?? undefined }).replace(/\n/g, '\n    ')}`);
        }
      }
      return true;
    },
    table: (conflicts) =>
      conflicts.length
        ? table(
            ['id', 'kind', 'topic', 'claims'],
            conflicts.map((c) => [
              c.id,
              c.kind,
              c.topic,
              c.claims
                .map(
                  (cl) =>
                    `${cl.preferred ? '✓ ' : ''}${cl.value ? `[${cl.value}] ` : ''}${cl.says} (${[...new Set(cl.citations.map((x) => x.source))].join(', ')})`,
                )
                .join('\n'),
            ]),
            [28, 10, 36, 64],
          )
        : '(none)',
  });
}
