import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

const workspace = path.resolve(import.meta.dirname, '../..');

// The console is served by the gateway from `dist/` (WEB_CONSOLE_DIR); in development
// `vite` proxies the API to a gateway started by `npm start`.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: {
    // Forms validate with the schemas the gateway uses, imported file by file so that
    // the browser never loads the rest of the contracts (events, RPC catalogue).
    alias: [{ find: /^@scn\/contracts\/(.*)$/, replacement: `${workspace}/libs/contracts/src/$1` }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Every route is its own chunk; `manifest` lets `npm run web:size` tell what a page loads.
    manifest: true,
    sourcemap: false,
    target: 'es2022',
    // The entry chunk (React, Mantine, the router) is ~560 kB before gzip; the budget that
    // matters is what the first page loads gzipped, which `npm run web:size` checks.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { '/v1': 'http://127.0.0.1:3000' },
  },
});
