/** What every route handler is given: the store, the per-process caches and the server's settings. */
import type { Store } from '../store/store.js';
import type { OperationData } from '../operations/data.js';

export interface ServerOptions {
  store: Store;
  /** Dataset directory (for the corridor network). */
  dataDir: string;
  /** Directory of the shipped source texts. */
  sourcesDir: string;
  /** Directory of the Natural Earth GeoJSON layers. */
  geoDir: string;
  /** The built web app (index.html and its assets). */
  webDir: string;
  /** When set, every write needs `Authorization: Bearer <token>`. */
  token?: string;
  /** Host names the server answers to ('any' when it listens beyond loopback). Default: loopback names. */
  hosts?: 'any' | readonly string[];
  /** Check every JSON response against its route's schema (tests); a mismatch is a 500. */
  checkResponses?: boolean;
  /** Where errors are logged (default: stderr). */
  log?: (line: string) => void;
}

export interface ServerContext {
  store: Store;
  data: OperationData;
  options: ServerOptions;
}
