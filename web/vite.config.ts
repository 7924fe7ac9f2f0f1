import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `npm run build` builds the dashboard into dist/web, which `vigil serve` serves at `/`. `npx vite web` runs it
// against a serve on 127.0.0.1:7700 while editing.
export default defineConfig({
  root: here('.'),
  plugins: [react()],
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    // echarts and cytoscape are large, and loaded once
    chunkSizeWarningLimit: 2000,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:7700', '/auth': 'http://127.0.0.1:7700' },
  },
});
