import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests for lib/ and components run in Node. End-to-end tests (real Chromium with the
// built extension) live in tests/e2e and have their own config: vitest.e2e.config.ts.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
