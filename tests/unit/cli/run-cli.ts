import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { expect, vi } from 'vitest';
import { exportReview } from '@/lib/review/exchange';
import type { SavedReview } from '@/lib/review/types';

/** Helpers for the tests of the CLI commands (check, letter, overview): a command in this process, or in a process of its own. */

export const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Bad input as the CLI contract wants it: exit code 2, one line on stderr that says `message`, nothing on stdout. */
export function expectRefused(r: Run, message: string): void {
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(message);
  expect(r.stdout).toBe('');
}

/** `npm run <script> -- ARGS` as a person runs it: a real process, real exit code and streams. */
export function runProcess(script: string, ...args: string[]): Run {
  const r = spawnSync(TSX, [script, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The command's `main(args)` in this process with stdout and stderr captured. Relative paths
 * are taken from the repository root, as in `runProcess`.
 */
export async function runMain(main: (argv: string[]) => Promise<number>, ...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const capture = (add: (text: string) => void) => (chunk: string | Uint8Array, ...rest: unknown[]) => {
    add(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    done?.();
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture((t) => (stdout += t)) as typeof process.stdout.write);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture((t) => (stderr += t)) as typeof process.stderr.write);
  try {
    const code = await main(args.map((a) => (a.startsWith('-') || isAbsolute(a) ? a : join(ROOT, a))));
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Write `saved` as the extension's "Sla op als bestand" does, into `dir`; returns the file's path. */
export function writeExport(dir: string, saved: SavedReview, name = 'toetsing.json'): string {
  const file = join(dir, name);
  writeFileSync(file, exportReview(saved, new Date()));
  return file;
}
