// `npm run bench`: every Node benchmark (bench/node/*.bench.ts), then every browser benchmark
// (bench/browser/*.bench.ts) in the system Chromium. Each prints its own table.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const only = process.argv[2];
// A folder with no benchmark yet may be missing altogether.
const pick = (dir: string) =>
  (existsSync(new URL(dir, import.meta.url)) ? readdirSync(new URL(dir, import.meta.url)) : [])
    .filter((file) => file.endsWith('.bench.ts') && (!only || file.includes(only)))
    .sort();

let failed = false;
for (const file of pick('./node/')) {
  console.log(`\n## node: ${file}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', `bench/node/${file}`], {
    stdio: 'inherit',
  });
  failed ||= run.status !== 0;
}
const browserFiles = pick('./browser/');
if (browserFiles.length) {
  console.log(`\n## chromium: ${browserFiles.join(', ')}`);
  const run = spawnSync(
    'npx',
    [
      'wtr',
      '--config',
      'bench/web-test-runner.bench.mjs',
      '--files',
      ...browserFiles.map((file) => `bench/browser/${file}`),
    ],
    { stdio: 'inherit' },
  );
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
