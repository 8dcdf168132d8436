/**
 * Alert rules evaluated after the server's writes (an ingest job, a review decision, a watch cycle),
 * as the CLI evaluates them after its commands. The evaluation runs after the answer, never in it:
 * writes close together share one evaluation (one runs at a time, and one more is queued while it
 * does), and a failure is logged, never thrown at a client.
 */
import { runAlerts } from '../operations/alerts/run.js';
import type { ServerContext } from './context.js';

const state = new WeakMap<ServerContext, { running?: Promise<void>; again: boolean }>();

/** Ask for an evaluation; resolves when the one that covers this write has finished. */
export function alertsAfterWrite(ctx: ServerContext): Promise<void> {
  let s = state.get(ctx);
  if (!s) state.set(ctx, (s = { again: false }));
  const st = s;
  if (st.running) {
    st.again = true;
    return st.running;
  }
  const log = ctx.options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const once = async (): Promise<void> => {
    do {
      st.again = false;
      try {
        const run = await runAlerts(ctx.store, { dataDir: ctx.options.dataDir });
        for (const f of run.firings) log(`alert ${f.rule}: ${f.message}`);
      } catch (error) {
        log(`alerts: the evaluation failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    } while (st.again);
  };
  st.running = new Promise<void>((resolve) => setImmediate(resolve)).then(once).finally(() => (st.running = undefined));
  return st.running;
}
