import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  optimizeDeps: {
    // PGlite ships its own WASM and data files; pre-bundling breaks their relative URLs.
    exclude: ['@electric-sql/pglite'],
  },
  test: {
    // Playwright specs live in e2e/ and run under `playwright test`, never under Vitest.
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
