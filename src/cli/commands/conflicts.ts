/** `orrery conflicts`: the facts the sources disagree on, each claim with its source. */
import type { Command } from 'commander';
import { sourceTexts, withStore } from '../open.js';
import { print, printJson, table } from '../output.js';
import { formatPassage, passages } from '../../dataset/passages.js';

export function register(program: Command): void {
  program
    .command('conflicts')
    .description('list where sources disagree, where claims were denied, and where a source slipped')
    .option('--record <id>', 'only conflicts that involve this record')
    .option('--passages', 'print the cited passage of every claim')
    .option('--json', 'print JSON (with passages)')
    .action(async (opts: { record?: string; passages?: boolean; json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const conflicts = await store.listConflicts({ record: opts.record });
        const texts =
          opts.json || opts.passages
            ? await sourceTexts(
                cmd,
                store,
                conflicts.flatMap((c) => c.claims.flatMap((cl) => cl.citations.map((x) => x.source))),
              )
            : undefined;
        if (opts.json) {
          printJson(
            conflicts.map((c) => ({
              ...c,
              claims: c.claims.map((cl) => ({ ...cl, passages: passages(texts!, cl.citations) })),
            })),
          );
          return;
        }
        if (!opts.passages) {
          const claimText = (c: (typeof conflicts)[number]): string =>
            c.claims
              .map(
                (cl) =>
                  `${cl.preferred ? '✓ ' : ''}${cl.value ? `[${cl.value}] ` : ''}${cl.says} (${[...new Set(cl.citations.map((x) => x.source))].join(', ')})`,
              )
              .join('\n');
          print(
            conflicts.length
              ? table(
                  ['id', 'kind', 'topic', 'claims'],
                  conflicts.map((c) => [c.id, c.kind, c.topic, claimText(c)]),
                  [28, 10, 36, 64],
                )
              : '(none)',
          );
          return;
        }
        for (const c of conflicts) {
          print(`\n${c.id} (${c.kind}): ${c.topic}`);
          for (const cl of c.claims) {
            print(`  - ${cl.preferred ? '[preferred] ' : ''}${cl.says}${cl.value ? ` [${cl.value}]` : ''}`);
            for (const p of passages(texts!, cl.citations)) print(`    ${formatPassage(p).replace(/\n/g, '\n    ')}`);
          }
        }
      });
    });
}
