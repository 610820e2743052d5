import { defineConfig } from 'vitest/config';

// Browser journeys: the production build served by Vite's preview() in-process, driven in Debian's
// Chromium through playwright-core. One file per journey; files run one at a time (2 cores).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
