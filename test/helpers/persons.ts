/**
 * The mini dataset plus a few real states and persons (their names, aliases and office dates as in
 * data/caucasus/actors, citations left out because the mini source cannot carry them), and events
 * by "Aliyev" in 1995 and 2025, for testing name and title look-ups at a date.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { cite, miniRecords } from './mini.js';

const ACTORS_DIR = fileURLToPath(new URL('../../data/caucasus/actors/', import.meta.url));

type Rec = Record<string, unknown> & { id: string };

function shipped(file: string, ids: readonly string[]): Rec[] {
  const all = parse(readFileSync(`${ACTORS_DIR}${file}`, 'utf8')) as Rec[];
  return ids.map((id) => {
    const a = all.find((x) => x.id === id);
    if (!a) throw new Error(`fixture: no actor ${id} in ${file}`);
    const roles = ((a.roles as Rec[] | undefined) ?? []).map(({ citations: _c, ...r }) => r);
    const { citations: _c, ...rest } = a;
    return { ...rest, roles } as Rec;
  });
}

export function personRecords(): ReturnType<typeof miniRecords> {
  const r = miniRecords();
  const states = shipped('states.yaml', ['AZE', 'ARM', 'TUR', 'RUS']).map(({ roles: _r, ...s }) => s);
  const orgs = shipped('organizations.yaml', ['RUS_MFA']).map(({ roles: _r, ...s }) => s);
  const persons = shipped('persons.yaml', ['ilham-aliyev', 'heydar-aliyev', 'nikol-pashinyan', 'sergey-lavrov']);
  const base = r.events[2] as Record<string, unknown>;
  return {
    ...r,
    actors: [...r.actors, ...states, ...orgs, ...persons] as typeof r.actors,
    events: [
      ...r.events,
      {
        ...base,
        id: 'aliyev-ankara-1995',
        date: '1995-05-04',
        actor: ['heydar-aliyev'],
        recipient: ['TUR'],
        summary: 'Heydar Aliyev visits Ankara (test fixture).',
        citations: [cite('visited the northern power in 2019')],
      },
      {
        ...base,
        id: 'aliyev-ankara-2025',
        date: '2025-05-04',
        actor: ['ilham-aliyev'],
        recipient: ['TUR'],
        summary: 'Ilham Aliyev visits Ankara (test fixture).',
        citations: [cite('visited the northern power in 2019')],
      },
    ] as typeof r.events,
  };
}
