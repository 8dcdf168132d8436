/**
 * The version of an event record, which reviewers pass back so that no edit silently overwrites
 * another: a hash of the record's canonical JSON. It lives beside the store, not in the model,
 * because hashing needs node:crypto and the model stays free of I/O and Node built-ins.
 */
import { createHash } from 'node:crypto';
import { plainEvent, type Event, type StoredEvent } from '../model/index.js';

/** JSON with object keys sorted at every level, so equal records serialise equally on every backend. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The version of an event record: the first 16 hex digits of the SHA-256 of its canonical JSON
 * (derived fields left out). A reviewer passes it back as `if_match`; a write against a changed
 * record is refused instead of silently overwriting someone else's edit.
 */
export function eventVersion(e: Event | StoredEvent): string {
  return createHash('sha256')
    .update(canonicalJson(plainEvent(e)))
    .digest('hex')
    .slice(0, 16);
}
