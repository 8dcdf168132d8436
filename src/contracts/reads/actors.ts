/** Actors (states, organizations, persons, territories...) and the relations between them. */
import { z } from 'zod';
import { defineContract } from '../contract.js';
import { ACTOR_KINDS } from '../../model/actor.js';
import { RELATION_TYPES } from '../../model/relation.js';
import { actorParam, dateParam } from '../../model/param-kinds.js';
import { Actor, Relation } from '../records.js';
import { oneOf } from '../text.js';

export const actorsContract = defineContract({
  id: 'actors',
  title: 'Actors',
  description: 'the actors, optionally of one kind',
  tag: 'actors',
  method: 'get',
  path: '/api/actors',
  input: z.object({ kind: oneOf(ACTOR_KINDS).optional().describe('only this kind') }).strict(),
  result: z.array(Actor),
});

export const actorContract = defineContract({
  id: 'actor',
  title: 'Actor',
  description:
    'one actor (by id or any name: Baku, the Kremlin, Azeri...), its relations and how many events involve it',
  tag: 'actors',
  method: 'get',
  path: '/api/actors/:id',
  input: z
    .object({
      id: actorParam('an id or any name (Baku, the Kremlin, Azeri...)'),
      at: dateParam(
        'the date a shared name or a title (Aliyev, the Armenian prime minister) is resolved at',
      ).optional(),
    })
    .strict(),
  result: z.object({ actor: Actor, relations: z.array(Relation), event_count: z.number().int() }),
  positional: ['id'],
});

export const relationsContract = defineContract({
  id: 'relations',
  title: 'Relations',
  description: 'relations, optionally of one actor, of one type, or in force on a day',
  tag: 'actors',
  method: 'get',
  path: '/api/relations',
  input: z
    .object({
      actor: actorParam('an actor id or name').optional(),
      at: dateParam('only relations in force on this day').optional(),
      type: z.enum(RELATION_TYPES).optional(),
    })
    .strict(),
  result: z.array(Relation),
});
