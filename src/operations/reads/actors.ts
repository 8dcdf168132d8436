/** Actors and relations; names are resolved to ids before `run` (resolveParams). */
import { actorContract, actorsContract, relationsContract } from '../../contracts/reads/actors.js';
import { NotFoundError } from '../../model/errors.js';
import { defineOperation } from '../operation.js';

export const actorsOperation = defineOperation({
  contract: actorsContract,
  run: ({ store }, p) => store.listActors({ kind: p.kind }),
});

export const actorOperation = defineOperation({
  contract: actorContract,
  async run({ store }, p) {
    const actor = await store.getActor(p.id);
    if (!actor) throw new NotFoundError('actor', p.id, 'see `orrery actors` for ids and names');
    return {
      actor,
      relations: await store.listRelations({ actor: p.id }),
      event_count: await store.countEvents({ actor: [p.id] }),
    };
  },
});

export const relationsOperation = defineOperation({
  contract: relationsContract,
  run: ({ store }, p) => store.listRelations({ actor: p.actor, at: p.at, type: p.type }),
});
