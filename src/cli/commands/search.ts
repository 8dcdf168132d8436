/** `orrery search WORDS`: full-text search over names and summaries of every kind of record (the search operation). */
import type { Command } from 'commander';
import { searchOperation } from '../../operations/reads/catalog.js';
import { registerOperation } from '../operation-command.js';
import { table } from '../output.js';

export function register(program: Command): void {
  registerOperation(program, searchOperation, {
    variadic: true,
    table: (hits) =>
      hits.length
        ? table(
            ['kind', 'id', 'text'],
            hits.map((h) => [h.kind, h.id, h.text]),
            [12, 32, 70],
          )
        : '(none)',
  });
}
