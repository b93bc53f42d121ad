// Vite build and dev server for the Regie web app (src/web → dist/web).
// `npm run build:web` builds it; the Regie server serves dist/web and the API on one port.
// In development run the server (`npm run dev`) and `npx vite --config vite.config.ts`: /api and /health are proxied.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The Regie server the dev server proxies to; override with REGIE_DEV_API if it runs on another port.
const serverOrigin = process.env.REGIE_DEV_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: serverOrigin, changeOrigin: false },
      '/health': { target: serverOrigin, changeOrigin: false },
    },
  },
  preview: {
    host: '127.0.0.1',
    proxy: {
      '/api': { target: serverOrigin, changeOrigin: false },
      '/health': { target: serverOrigin, changeOrigin: false },
    },
  },
});
