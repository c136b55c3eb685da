// Search at 50,000 contacts in Chromium: ours, MiniSearch and a naive filter side by side.
import { runSearchBenchmark } from '../search-workload.js';

describe('search benchmark', () => {
  it('measures build, queries and updates', () => {
    console.log(runSearchBenchmark());
  });
});
