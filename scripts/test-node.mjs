// Runs every Node test (test/node and test/cli, *.test.ts) with node:test through tsx:
// Node 20 has no glob in `--test` and no type stripping.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const files = ['test/node', 'test/cli']
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.test.ts'))
      .map((file) => `${dir}/${file}`),
  );
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
