/** What every command needs: the resolved paths from options and environment, and the way out. */
import type { Command } from 'commander';
import { defaultDataDir, defaultDbPath, defaultSourcesDir } from '../dataset/paths.js';

export interface GlobalOptions {
  db: string;
  sources: string;
  data: string;
}

export function globals(cmd: Command): GlobalOptions {
  const o = cmd.optsWithGlobals<{ db?: string; sources?: string; data?: string }>();
  return {
    db: o.db ?? defaultDbPath(),
    sources: o.sources ?? defaultSourcesDir(),
    data: o.data ?? defaultDataDir(),
  };
}
