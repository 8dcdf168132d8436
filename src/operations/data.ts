/**
 * What operations read once per process and keep: the corridor network (from the dataset files),
 * the analysis input (the same event array between calls, so the analysis engine's event index is
 * built once), the dataset and the source texts, and recent analysis results. A write (ingest,
 * review) calls `changed()`, which drops everything read from the store.
 */
import type { AnalysisData } from '../analysis/input.js';
import { applyScenario } from '../analysis/scenario.js';
import { buildGraph, type Graph, type GraphOptions } from '../corridors/index.js';
import { periodOf } from '../corridors/epochs.js';
import { applyScenarioToNetwork } from '../corridors/scenario.js';
import { readScenarioFiles, type ScenarioFile } from '../dataset/scenarios.js';
import { loadTransportNetwork } from '../dataset/transport.js';
import { SourceTexts } from '../dataset/texts.js';
import {
  EnvironmentError,
  formatProblem,
  type Actor,
  type Dataset,
  type Scenario,
  type TransportNetwork,
} from '../model/index.js';
import type { Store } from '../store/store.js';
import { Lru } from './lru.js';

export class OperationData {
  private readonly memo = new Map<string, Promise<unknown>>();
  /** Serialized analysis results by analysis id and parameters. */
  readonly results = new Lru<string, string>(256);
  /** Bumped on every write; lets a caller tell whether what it read is still current. */
  generation = 0;
  /** Routing graphs by date and constraints (see `routeGraph`). */
  private readonly graphs = new Lru<string, Graph>(64);
  /**
   * Serialized /api/route answers by their resolved query (place ids, date, constraints). They depend
   * on the network only, which is read from files once, so writes to the store leave them be.
   */
  readonly routes = new Lru<string, string>(512);

  constructor(
    private readonly store: Store,
    /** The dataset directory: its network and scenario files are read from here. */
    readonly dataDir: string,
    private readonly sourcesDir: string,
  ) {}

  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.memo.get(key) as Promise<T> | undefined;
    if (!p) {
      p = load();
      this.memo.set(key, p);
      p.catch(() => this.memo.get(key) === p && this.memo.delete(key));
    }
    return p;
  }

  /** The corridor network of the dataset directory; a broken network makes the network routes unavailable. */
  network(): Promise<TransportNetwork> {
    return this.once('network', async () => {
      const { network, problems } = loadTransportNetwork(this.dataDir);
      if (problems.length) {
        throw new EnvironmentError(
          `the network in ${this.dataDir} has ${problems.length} problem(s), e.g. ${formatProblem(problems[0]!)}; run \`orrery validate\``,
        );
      }
      if (!network.places.length)
        throw new EnvironmentError(`no network in ${this.dataDir} (expected network/places.yaml)`);
      return network;
    });
  }

  /** Every part the analyses read, loaded once (events include coded and imported ones; the analyses filter). */
  analysisData(): Promise<AnalysisData> {
    return this.once('analysis', async () => ({
      events: await this.store.listEvents(),
      relations: await this.store.listRelations(),
      indicators: await this.store.listIndicators(),
      dependencies: await this.store.listDependencies(),
      actors: await this.store.listActors(),
    }));
  }

  /** The scenario files of the dataset directory, read once (checked against the evidence in operations/scenarios). */
  scenarioFiles(): Promise<ScenarioFile[]> {
    return this.once('scenario-files', async () => readScenarioFiles(this.dataDir));
  }

  /** After a scenario file is written: forget the files read and what was built from the scenario. */
  scenarioChanged(id: string): void {
    for (const key of ['scenario-files', `analysis:${id}`, `network:${id}`]) this.memo.delete(key);
    this.results.clear();
    this.routes.clear();
    this.generation++;
  }

  /** The analysis input under a scenario, built once per scenario until the next write. */
  scenarioData(s: Scenario): Promise<AnalysisData> {
    return this.once(`analysis:${s.id}`, async () => {
      const data = await this.analysisData();
      const actors = new Map((data.actors as Actor[]).map((a) => [a.id, a]));
      return applyScenario(data, s, (id) => actors.get(id));
    });
  }

  /** The corridor network under a scenario (its segment changes), built once per scenario. */
  scenarioNetwork(s: Scenario): Promise<TransportNetwork> {
    return this.once(`network:${s.id}`, async () => applyScenarioToNetwork(await this.network(), s));
  }

  dataset(): Promise<Dataset> {
    return this.once('dataset', () => this.store.readDataset());
  }

  /** Source texts: shipped ones from the sources directory, ingested ones from the store. */
  texts(): Promise<SourceTexts> {
    return this.once('texts', async () => {
      const sources = await this.store.listSources();
      const stored = new Map<string, string>();
      for (const s of sources) {
        const t = await this.store.getSourceText(s.id);
        if (t !== undefined) stored.set(s.id, t);
      }
      return new SourceTexts(this.sourcesDir, new Map(sources.map((s) => [s.id, s])), (id) => stored.get(id));
    });
  }

  /**
   * The routing graph of the network for a date and a set of constraints, built once per period of
   * unchanged statuses and control (corridors/epochs.ts) and distinct set of constraints (the order
   * of lists does not matter) and kept in a bounded LRU: routing many pairs at one date, the same
   * pair again, or the same pair on another day of the period skips the graph's construction.
   * Another day of the period gets the kept graph's places and edges under its own `at` (everything
   * they hold is the same on every day of the period). Graphs are only read by the router. A graph
   * of a scenario's network is keyed by the scenario's id as well.
   */
  routeGraph(net: TransportNetwork, options: GraphOptions & { at: string; scenario?: string }): Graph {
    const list = (xs: readonly string[] | undefined): string => (xs?.length ? [...new Set(xs)].sort().join(',') : '');
    const key = [
      options.scenario ?? '',
      periodOf(net, options.at),
      options.planned ? 1 : 0,
      options.modes ? list(options.modes) || '-' : '*',
      list(options.avoid),
      list(options.avoidControlledBy),
      options.by ?? 'distance',
    ].join('|');
    let g = this.graphs.get(key);
    if (!g) this.graphs.set(key, (g = buildGraph(net, options)));
    return g.at === options.at ? g : { ...g, at: options.at };
  }

  /** After a write: forget what was read from the store (the network comes from files and stays). */
  changed(): void {
    for (const key of [...this.memo.keys()])
      if (key !== 'network' && !key.startsWith('network:')) this.memo.delete(key);
    this.results.clear();
    this.generation++;
  }
}
