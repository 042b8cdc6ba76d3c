#!/usr/bin/env node
// `npm test`: install the Debian packages the tests need (tests/system-packages.mjs) when this
// user may, or stop with the one command to run; then type-check, build the extension, run the
// unit tests and the end-to-end tests against the build, then print one plain closing line "N passed, N failed, N skipped"
// (CI reads that line; Vitest's own summary is not one it knows).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureSystemPackages } from './system-packages.mjs';

const system = ensureSystemPackages();
if (!system.ok) {
  console.log(system.message);
  process.exit(1);
}

const out = 'test-output';
mkdirSync(out, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let stepFailed = false;

function run(label, cmd, args) {
  process.stdout.write(`\n▶ ${label}\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  process.stdout.write(`  (${label}: ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  return r.status === 0;
}

function vitest(label, config, report) {
  rmSync(report, { force: true });
  const ok = run(label, 'npx', ['vitest', 'run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    totals.failed += 1; // the runner itself failed before reporting
    stepFailed = true;
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  // A suite that failed to load has no tests counted: count it as a failure.
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  totals.failed += brokenFiles;
  if (!ok) stepFailed = true;
}

if (!run('Typecheck (tsc --noEmit)', 'npx', ['tsc', '--noEmit', '-p', '.'])) {
  totals.failed += 1;
  stepFailed = true;
} else totals.passed += 1;

vitest('Unit tests', 'vitest.config.ts', `${out}/unit.json`);

if (run('Build the extension (wxt build)', 'npx', ['wxt', 'build'])) {
  vitest('End-to-end tests (built extension in Chromium)', 'vitest.e2e.config.ts', `${out}/e2e.json`);
} else {
  totals.failed += 1;
  stepFailed = true;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(stepFailed || totals.failed > 0 ? 1 : 0);
