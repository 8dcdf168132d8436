/** Every command, registered once. */
import type { Command } from 'commander';
import { register as catalog } from './commands/catalog.js';
import { register as cite } from './commands/cite.js';
import { register as conflicts } from './commands/conflicts.js';
import { register as events } from './commands/events.js';
import { register as init } from './commands/init.js';
import { register as search } from './commands/search.js';
import { register as show } from './commands/show.js';
import { register as stats } from './commands/stats.js';
import { register as timeline } from './commands/timeline.js';
import { register as validate } from './commands/validate.js';

export const COMMANDS: Array<(program: Command) => void> = [
  init, catalog, events, timeline, show, conflicts, search, stats, validate, cite,
];
