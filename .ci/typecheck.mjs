// Type-checks every tsconfig of every project (app/lib and spec), as the build alone would miss test files.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', '.angular', 'tmp'].includes(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (/^tsconfig\.(app|lib|spec)\.json$/.test(entry.name) || path === join('frontend', 'e2e', 'tsconfig.json')) yield path;
  }
}

const configs = ['backend', 'frontend', 'libs'].flatMap((root) => [...walk(root)]).sort();
let failed = 0;
for (const config of configs) {
  try {
    // Angular specs are compiled to CommonJS for jest; type-check them the way the app resolves modules.
    const extra = config.startsWith(join('frontend', 'web')) ? ['--module', 'preserve', '--moduleResolution', 'bundler'] : [];
    execFileSync('npx', ['tsc', '--noEmit', '-p', config, ...extra], { stdio: 'inherit' });
    console.log(`ok   ${config}`);
  } catch {
    failed++;
    console.log(`FAIL ${config}`);
  }
}
process.exit(failed ? 1 : 0);
