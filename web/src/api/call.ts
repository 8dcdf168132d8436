/**
 * The typed client: calls an operation by its contract (src/contracts), so the URL, the parameters and
 * the type of the answer all come from the one declaration the server is generated from. Nothing here
 * is typed by hand.
 */
import type { z } from 'zod';
import { urlOf, type Contract } from '../../../src/contracts/contract';
import { currentScenario } from '../url/scenario';
import { cachedJson, getJson } from './client';

/**
 * The URL a call to this operation makes. When the URL of the page names a scenario and the contract
 * takes `scenario`, the call is made under it, unless the input says `scenario` itself (`undefined` for
 * the evidence alone).
 */
export function urlFor<C extends Contract>(c: C, input: z.input<C['input']>): string {
  const given = input as Record<string, unknown>;
  const scenario = currentScenario();
  const takes = 'scenario' in c.input.shape;
  return urlOf(c, takes && scenario && !('scenario' in given) ? { ...given, scenario } : given);
}

/** GET an operation's answer (through the client's cache unless `fresh`). */
export function call<C extends Contract>(
  c: C,
  input: z.input<C['input']>,
  options: { fresh?: boolean; signal?: AbortSignal } = {},
): Promise<z.output<C['result']>> {
  const url = urlFor(c, input);
  return options.fresh || options.signal ? getJson(url, options.signal) : cachedJson(url);
}
