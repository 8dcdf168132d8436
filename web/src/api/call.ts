/**
 * The typed client: calls an operation by its contract (src/contracts), so the URL, the parameters and
 * the type of the answer all come from the one declaration the server is generated from. Nothing here
 * is typed by hand.
 */
import type { z } from 'zod';
import { urlOf, type Contract } from '../../../src/contracts/contract';
import { cachedJson, getJson } from './client';

/** The URL a call to this operation makes. */
export function urlFor<C extends Contract>(c: C, input: z.input<C['input']>): string {
  return urlOf(c, input as Record<string, unknown>);
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
