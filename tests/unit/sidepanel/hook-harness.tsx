/**
 * Helpers for the tests of the panel's hooks (with useDom from ../dom as the document): a
 * checker fixture read as a page, waiting on real timers, and mounting hooks in a probe.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { extractFromHtmlDocument } from '@/lib/extract/html';
import { parseHtmlDocument } from '@/cli/dom';
import type { ExtractedDocument } from '@/lib/extract/types';

/** A page of tests/fixtures/checker as the panel reads it from a tab at `url`. */
export function fixture(name: string, url?: string): ExtractedDocument {
  return extractFromHtmlDocument(parseHtmlDocument(readFileSync(join(__dirname, '../../fixtures/checker', name), 'utf8')), { url });
}

/** Let `ms` milliseconds of (real) timers, effects and storage answers pass. */
export const settle = (ms = 10) => act(async () => void (await new Promise((r) => setTimeout(r, ms))));

/** Wait until `ok()` holds, a few milliseconds at a time; throws naming `what` after `tries` tries. */
export async function until(what: string, ok: () => boolean, tries = 200): Promise<void> {
  for (let i = 0; i < tries && !ok(); i++) await settle(5);
  if (!ok()) throw new Error(`timed out waiting for: ${what}`);
}

/**
 * Render a probe component into `root` that calls `use` (the hooks under test) on every render.
 * The returned object gets the fields of `use`'s newest result: read them after each step.
 */
export async function mountHooks<T extends object>(root: Element, use: () => T): Promise<T> {
  const got = {} as T;
  function Probe() {
    Object.assign(got, use());
    return null;
  }
  await act(async () => void render(<Probe />, root));
  return got;
}
