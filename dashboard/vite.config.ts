import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [vue()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // ECharts' core with the few charts used is about 690 kB raw, 240 kB gzipped; the goal is on the
    // compressed size of the cockpit's route (docs/benchmarks), so the raw-size warning says nothing.
    chunkSizeWarningLimit: 800,
  },
  server: {
    // In development the API comes from the hub server started separately (npm run start:server).
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/api': 'http://127.0.0.1:4000' },
  },
});
