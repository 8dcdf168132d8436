/** Actors (states, organizations, persons, territories...) and the relations between them. */
import { z } from 'zod';
import { resolveActor } from '../../store/find-actor.js';
import { ACTOR_KINDS, RELATION_TYPES } from '../../model/index.js';
import { date, id } from '../params.js';
import { route } from '../route.js';
import { Actor, Relation } from '../schemas.js';

const tag = 'actors';

export const actorRoutes = [
  route({
    method: 'get',
    path: '/api/actors',
    tag,
    summary: 'the actors, optionally of one kind',
    query: z.object({ kind: z.enum(ACTOR_KINDS).optional().describe('only this kind') }).strict(),
    response: z.array(Actor),
    handler: ({ query, ctx }) => ctx.store.listActors({ kind: query.kind }),
  }),

  route({
    method: 'get',
    path: '/api/actors/:id',
    tag,
    summary: 'one actor (by id or any name: Baku, the Kremlin, Azeri...), its relations and how many events involve it',
    params: z.object({ id }),
    query: z
      .object({
        at: date
          .optional()
          .describe('the date a shared name or a title (Aliyev, the Armenian prime minister) is resolved at'),
      })
      .strict(),
    response: z.object({ actor: Actor, relations: z.array(Relation), event_count: z.number().int() }),
    handler: async ({ params, query, ctx }) => {
      const actorId = await resolveActor(ctx.store, params.id, query.at);
      const actor = (await ctx.store.getActor(actorId))!;
      return {
        actor,
        relations: await ctx.store.listRelations({ actor: actorId }),
        event_count: await ctx.store.countEvents({ actor: [actorId] }),
      };
    },
  }),

  route({
    method: 'get',
    path: '/api/relations',
    tag,
    summary: 'relations, optionally of one actor, of one type, or in force on a day',
    query: z
      .object({
        actor: z.string().min(1).optional().describe('an actor id or name'),
        at: date.optional().describe('only relations in force on this day'),
        type: z.enum(RELATION_TYPES).optional(),
      })
      .strict(),
    response: z.array(Relation),
    handler: async ({ query, ctx }) =>
      ctx.store.listRelations({
        actor: query.actor ? await resolveActor(ctx.store, query.actor, query.at) : undefined,
        at: query.at,
        type: query.type,
      }),
  }),
];
