import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests spawn the built binary; a slow machine must not turn them red.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
