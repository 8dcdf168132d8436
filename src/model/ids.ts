/** Identifier shapes shared by every record kind. */
import { z } from 'zod';

/**
 * Actor ids: ISO 3166-1 alpha-3 for states (ARM, AZE), short upper-case codes for organizations and
 * formats (EU, CSTO, FORMAT_3P3), kebab-case for persons and others (ilham-aliyev).
 */
export const ActorId = z
  .string()
  .regex(
    /^(?:[A-Z][A-Z0-9_]*|[a-z][a-z0-9-]*)$/,
    'an actor id is UPPER_CASE (states, organizations) or kebab-case (persons)',
  );
export type ActorId = z.infer<typeof ActorId>;

/** Ids of events, relations, indicators, dependencies, corridors, conflicts and sources: kebab-case. */
export const RecordId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a record id is kebab-case: lower-case letters, digits and hyphens');
export type RecordId = z.infer<typeof RecordId>;

/** Lower-case hexadecimal SHA-256. */
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lower-case hexadecimal characters');

/**
 * A record id made from a name or title: lower case, accents dropped, other runs of characters made
 * one hyphen, at most 60 characters ("Iran closes the Aras road" → "iran-closes-the-aras-road"); empty
 * when nothing is left.
 */
export function idFromText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
