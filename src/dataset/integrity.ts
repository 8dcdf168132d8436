/**
 * Referential integrity of a dataset: every actor, source and record a record names exists, and
 * every citation resolves to its passage (offsets in range, hash matching).
 */
import { RECORD_KINDS, citationsOf, claimActors, type Dataset, type Problem, type RecordKind } from '../model/index.js';
export { citationsOf } from '../model/index.js';
import type { SourceTexts } from './texts.js';

type Where = (kind: RecordKind, id: string) => string;

export function checkReferences(ds: Dataset, where: Where): Problem[] {
  const problems: Problem[] = [];
  const actors = new Set(ds.actors.map((a) => a.id));
  const events = new Set(ds.events.map((e) => e.id));
  const anyRecord = new Set<string>([
    ...events,
    ...ds.relations.map((r) => r.id),
    ...ds.indicators.map((i) => i.id),
    ...ds.dependencies.map((d) => d.id),
    ...ds.corridors.map((c) => c.id),
    ...ds.conflicts.map((c) => c.id),
  ]);
  const counterClaims = (kind: RecordKind, r: { id: string; counter_claims: readonly string[] }): void =>
    r.counter_claims.forEach((c, i) => {
      if (!anyRecord.has(c))
        problems.push({
          where: where(kind, r.id),
          record: r.id,
          field: `counter_claims.${i}`,
          message: `unknown record "${c}"`,
        });
    });
  const need = (kind: RecordKind, id: string, field: string, actor: string | null | undefined): void => {
    if (actor && !actors.has(actor))
      problems.push({ where: where(kind, id), record: id, field, message: `unknown actor "${actor}"` });
  };
  for (const a of ds.actors) {
    need('actors', a.id, 'parent', a.parent);
    need('actors', a.id, 'country', a.country);
    a.roles.forEach((r, i) => need('actors', a.id, `roles.${i}.of`, r.of));
    a.held_by.forEach((h, i) => need('actors', a.id, `held_by.${i}.by`, h.by));
  }
  for (const e of ds.events) {
    e.actor.forEach((x, i) => need('events', e.id, `actor.${i}`, x));
    e.recipient.forEach((x, i) => need('events', e.id, `recipient.${i}`, x));
    need('events', e.id, 'location.actor', e.location?.actor);
    counterClaims('events', e);
  }
  for (const r of ds.relations) {
    r.actors.forEach((x, i) => need('relations', r.id, `actors.${i}`, x));
    counterClaims('relations', r);
  }
  for (const i of ds.indicators) need('indicators', i.id, 'actor', i.actor);
  for (const d of ds.dependencies) {
    need('dependencies', d.id, 'from', d.from);
    need('dependencies', d.id, 'to', d.to);
  }
  for (const c of ds.corridors) {
    c.names.forEach((n, i) => n.used_by.forEach((u, j) => need('corridors', c.id, `names.${i}.used_by.${j}`, u)));
    c.rights.forEach((r, i) => need('corridors', c.id, `rights.${i}.party`, r.party));
    c.countries.forEach((x, i) => need('corridors', c.id, `countries.${i}`, x));
    c.route.forEach((p, i) => need('corridors', c.id, `route.${i}.in`, p.in));
  }
  for (const c of ds.claims ?? []) for (const { field, actor } of claimActors(c)) need('claims', c.id, field, actor);
  for (const c of ds.conflicts) {
    c.claims.forEach((cl, i) => {
      if (cl.record && !anyRecord.has(cl.record)) {
        problems.push({
          where: where('conflicts', c.id),
          record: c.id,
          field: `claims.${i}.record`,
          message: `unknown record "${cl.record}"`,
        });
      }
    });
  }
  return problems;
}

/** Check every citation of every record against the source texts. */
export function checkCitations(ds: Dataset, texts: SourceTexts, where: Where): Problem[] {
  const problems: Problem[] = [];
  for (const kind of RECORD_KINDS) {
    if (kind === 'sources') continue;
    for (const record of (ds[kind] ?? []) as Array<{ id: string }>) {
      for (const { field, citation } of citationsOf(record)) {
        const problem = texts.check(citation);
        if (problem) problems.push({ where: where(kind, record.id), record: record.id, field, message: problem });
      }
    }
  }
  return problems;
}

/** Source files whose text no longer matches the hash the dataset records for it. */
export function checkSourceHashes(ds: Dataset, texts: SourceTexts, sha: (s: string) => string): Problem[] {
  const problems: Problem[] = [];
  for (const s of ds.sources) {
    const text = texts.text(s.id);
    if (text === undefined)
      problems.push({ where: 'sources', record: s.id, field: 'file', message: `text not found in ${texts.dir}` });
    else if (sha(text) !== s.sha256)
      problems.push({
        where: 'sources',
        record: s.id,
        field: 'sha256',
        message: 'the source text differs from the one the dataset was built on',
      });
  }
  return problems;
}
