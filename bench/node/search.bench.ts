// Search at 50,000 contacts in Node: ours, MiniSearch and a naive filter side by side.
import { runSearchBenchmark } from '../search-workload.js';

console.log(runSearchBenchmark());
