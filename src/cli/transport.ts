/** Loading the transport network for a command, and parsing the options its commands share. */
import type { Command } from 'commander';
import { loadTransportNetwork } from '../dataset/transport.js';
import {
  TRANSPORT_MODES,
  UsageError,
  ValidationError,
  dateProblem,
  type TransportNetwork,
  type TransportMode,
} from '../model/index.js';
import type { RouteMetric } from '../corridors/params.js';
import { globals } from './context.js';

/** The network of the dataset directory (--data); a broken network is a ValidationError. */
export function transportNetworkFor(cmd: Command): TransportNetwork {
  const { data } = globals(cmd);
  const { network, problems } = loadTransportNetwork(data);
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

export function parseModes(value: string | undefined): TransportMode[] | undefined {
  const list = parseList(value);
  if (!list.length) return undefined;
  for (const m of list)
    if (!(TRANSPORT_MODES as readonly string[]).includes(m))
      throw new UsageError(`unknown mode "${m}" (modes: ${TRANSPORT_MODES.join(', ')})`);
  return list as TransportMode[];
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
