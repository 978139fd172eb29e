import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = `http://localhost:${process.env['PORT'] ?? '4000'}`;

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: { outDir: '../dist/client', emptyOutDir: true },
  server: {
    port: 5173,
    proxy: { '/graphql': apiTarget, '/health': apiTarget, '/export': apiTarget, '/api': apiTarget },
  },
});
