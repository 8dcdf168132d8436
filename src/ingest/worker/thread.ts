/**
 * Starting a worker thread from a module beside the caller, the same way whether Orrery runs from its
 * compiled JavaScript (dist/) or from TypeScript through tsx (tests, benches): under tsx the worker
 * registers tsx first, so it can load the TypeScript module too.
 */
import { Worker } from 'node:worker_threads';

/** A worker running `<name>.js` (or `<name>.ts` under tsx) from the folder of `callerUrl`. */
export function startModuleWorker(callerUrl: string, name: string, workerData: unknown): Worker {
  const typescript = callerUrl.endsWith('.ts');
  const entry = new URL(`./${name}.${typescript ? 'ts' : 'js'}`, callerUrl);
  if (!typescript) return new Worker(entry, { workerData });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(
    `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`,
    { eval: true, workerData },
  );
}
