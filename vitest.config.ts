import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The tests keep no state in the modules they share, so each worker reuses one module graph
    // for every file instead of starting afresh per file: half the CPU time of the unit tests.
    isolate: false,
    // Every core (vitest leaves one free by default, so one worker on two cores): the failing-build
    // fixtures spend their time waiting on a child `astro build`, and the unit tests run beside them.
    maxWorkers: '100%',
  },
});
