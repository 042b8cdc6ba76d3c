import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

/** The benchmark's JSON is a contract (shared/spec/cli.md); its figures are measured, not asserted. */
describe('npm run bench -- --json', () => {
  it('prints only JSON with every stage at about 100 kB and 1 MB, a same-run baseline, and sizes', () => {
    const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['cli/bench.ts', '--json', '--runs', '3'], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.runs).toBe(3);
    expect(out.sizes).toEqual(expect.any(Object));
    for (const stage of ['extract', 'analyze', 'letter']) {
      const rows = out.stages.filter((s: { stage: string }) => s.stage === stage);
      expect(rows.map((s: { input_bytes: number }) => s.input_bytes > 900_000)).toEqual([false, true]);
      expect(rows[0].input_bytes).toBeGreaterThan(90_000);
      for (const row of rows) {
        expect(row.median_ms).toBeGreaterThan(0);
        expect(row.baseline_ms).toBeGreaterThan(0);
      }
    }
  }, 240_000);
});
