/**
 * The one resolver of parameter kinds (model/param-kinds.ts): every field of an operation's input
 * whose kind is actor, actors or ratios has the names in it turned into actor ids, at the date the
 * parameters are about. The CLI and the HTTP API both call it, so a name that works on one front
 * works on the other.
 */
import type { z } from 'zod';
import { paramKinds } from '../model/param-kinds.js';
import { resolveActor, whenOfParams } from '../store/find-actor.js';
import type { Store } from '../store/store.js';

/** "A:B" or "A:B:metric" with A and B resolved; the metric is kept as written. */
async function resolveRatio(store: Store, spec: string, when: ReturnType<typeof whenOfParams>): Promise<string> {
  const [a, b, ...metric] = spec.split(':');
  if (!a || !b) return spec;
  return [await resolveActor(store, a, when), await resolveActor(store, b, when), ...metric].join(':');
}

/** A copy of `params` with every actor-kind field resolved to ids; other fields are untouched. */
export async function resolveParams(
  store: Store,
  schema: z.ZodObject,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const out = { ...params };
  const when = whenOfParams(params);
  for (const [name, kind] of Object.entries(paramKinds(schema))) {
    const v = out[name];
    if (v === undefined || v === null) continue;
    if (kind === 'actor' && typeof v === 'string') out[name] = await resolveActor(store, v, when);
    else if (kind === 'actors' && Array.isArray(v))
      out[name] = await Promise.all(v.map((x) => resolveActor(store, String(x), when)));
    else if (kind === 'ratios' && Array.isArray(v))
      out[name] = await Promise.all(v.map((x) => resolveRatio(store, String(x), when)));
  }
  return out;
}
