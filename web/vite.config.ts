/**
 * Vite build of the web app: `npm run build:web` writes web/dist, which `orrery serve` serves at /.
 * In development (`npx vite --config web/vite.config.ts`) requests to /api go to the server named by
 * ORRERY_API (default http://127.0.0.1:4300), started with `orrery serve --port 4300`.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = new URL('.', import.meta.url).pathname;
const api =
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.ORRERY_API ??
  'http://127.0.0.1:4300';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: `${root}dist`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
    rollupOptions: {
      // The network's contract takes the engine's bloc parameters (src/analysis/structure.ts), whose
      // module also imports graphology for the engine itself; the app never builds a graph, so graphology
      // (and its `events` dependency) are left out unless something the app runs uses them.
      treeshake: { moduleSideEffects: (id: string) => !/node_modules\/(graphology|events)\//.test(id) },
    },
  },
  server: { proxy: { '/api': { target: api, changeOrigin: true } } },
});
