import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.ts'],
    testTimeout: 60_000,
    // Opening a store and migrating it takes seconds on a busy 2-core machine.
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
