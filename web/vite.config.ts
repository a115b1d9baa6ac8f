/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `npm run dev` proxies the API to a `sen serve` on port 8080.
export default defineConfig({
  plugins: [react()],
  // docs/ is read by the test that the API types are current with docs/openapi.yaml.
  server: { proxy: { '/api': 'http://127.0.0.1:8080' }, fs: { allow: ['.', '../docs'] } },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    testTimeout: 20_000,
  },
});
