/** Every command, registered once. */
import type { Command } from 'commander';
import { register as catalog } from './commands/catalog.js';
import { register as cite } from './commands/cite.js';
import { register as claims } from './commands/claims.js';
import { register as conflicts } from './commands/conflicts.js';
import { register as events } from './commands/events.js';
import { register as init } from './commands/init.js';
import { register as search } from './commands/search.js';
import { register as show } from './commands/show.js';
import { register as stats } from './commands/stats.js';
import { register as timeline } from './commands/timeline.js';
import { register as validate } from './commands/validate.js';
import { register as check } from './commands/check.js';
import { register as analyses } from './commands/analyses.js';
import { register as blocs } from './commands/blocs.js';
import { register as diff } from './commands/diff.js';
import { register as exposure } from './commands/exposure.js';
import { register as network } from './commands/network.js';
import { register as power } from './commands/power.js';
import { register as series } from './commands/series.js';
import { register as trajectory } from './commands/trajectory.js';
import { register as corridors } from './commands/corridors.js';
import { register as networkGeojson } from './commands/network-geojson.js';
import { register as places } from './commands/places.js';
import { register as route } from './commands/route.js';
import { register as ingest } from './commands/ingest.js';
import { register as review } from './commands/review.js';
import { register as importCmd } from './commands/import.js';
import { register as exportCmd } from './commands/export.js';
import { register as extract } from './commands/extract.js';
import { register as evaluate } from './commands/eval.js';
import { register as compareDyads } from './commands/compare-dyads.js';
import { register as forecast } from './commands/forecast.js';
import { register as scenario } from './commands/scenario.js';
import { register as serve } from './commands/serve.js';
import { register as watch } from './commands/watch.js';
import { register as brief } from './commands/brief.js';
import { register as alert } from './commands/alert.js';

export const COMMANDS: Array<(program: Command) => void> = [
  init,
  catalog,
  events,
  timeline,
  show,
  conflicts,
  claims,
  search,
  stats,
  validate,
  check,
  cite,
  series,
  network,
  blocs,
  diff,
  trajectory,
  power,
  exposure,
  analyses,
  places,
  route,
  corridors,
  networkGeojson,
  extract,
  evaluate,
  compareDyads,
  ingest,
  review,
  importCmd,
  exportCmd,
  scenario,
  forecast,
  watch,
  alert,
  brief,
  serve,
];
