// Browser benchmarks: the test runner's config with a long timeout and the console shown.
import base from '../web-test-runner.config.mjs';

export default {
  ...base,
  files: ['bench/browser/*.bench.ts'],
  testFramework: { config: { timeout: 600000 } },
  browserLogs: true,
  filterBrowserLogs: () => true,
};
