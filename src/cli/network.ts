/** Loading the network for a command, and parsing the options the network commands share. */
import type { Command } from 'commander';
import { loadNetwork } from '../dataset/network.js';
import {
  NETWORK_MODES,
  UsageError,
  ValidationError,
  dateProblem,
  type Network,
  type NetworkMode,
} from '../model/index.js';
import type { RouteMetric } from '../corridors/params.js';
import { globals } from './context.js';

/** The network of the dataset directory (--data); a broken network is a ValidationError. */
export function networkFor(cmd: Command): Network {
  const { data } = globals(cmd);
  const { network, problems } = loadNetwork(data);
  if (problems.length)
    throw new ValidationError(
      problems,
      `the network in ${data} has ${problems.length} problem(s); run \`orrery validate\``,
    );
  if (!network.places.length) throw new UsageError(`no network in ${data} (expected network/places.yaml)`);
  return network;
}

export function parseList(value: string | undefined): string[] {
  return value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

export function parseModes(value: string | undefined): NetworkMode[] | undefined {
  const list = parseList(value);
  if (!list.length) return undefined;
  for (const m of list)
    if (!(NETWORK_MODES as readonly string[]).includes(m))
      throw new UsageError(`unknown mode "${m}" (modes: ${NETWORK_MODES.join(', ')})`);
  return list as NetworkMode[];
}

export function parseMetric(value: string | undefined): RouteMetric {
  if (value === undefined || value === 'distance') return 'distance';
  if (value === 'time') return 'time';
  throw new UsageError(`--by must be "distance" or "time", not "${value}"`);
}

export function parseDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const problem = dateProblem(value);
  if (problem) throw new UsageError(`--at: ${problem}`);
  return value;
}
