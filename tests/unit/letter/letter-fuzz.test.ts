/**
 * Letters never break: 1,000 saved reviews and council settings full of hostile text (emoji
 * and ZWJ sequences, cut surrogate pairs, control characters, right-to-left text, markup,
 * 50,000-character notes and names, empty everything), each turned into a .docx by the
 * project's own pipeline and opened again. 20 of them are converted by LibreOffice where it
 * is installed (required with CI=true).
 *
 * Replay: LETTER_FUZZ_SEED=<seed> [LETTER_FUZZ_CASES=<n>] npx vitest run tests/unit/letter/letter-fuzz.test.ts
 * A failure names the seed and the case; tests/fixtures/letter-fuzz/ keeps the cases that found
 * real bugs, replayed below on every run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../../lib/checklist/types';
import { composeLetter } from '../../../lib/letter/compose';
import { templateOrDefault } from '../../../lib/letter/templates';
import type { CouncilSettings } from '../../../lib/letter/settings';
import type { SavedReview } from '../../../lib/review/types';
import { loadChecklist, NOW } from './fixtures';
import { caseSeed } from './random';
import { composeCase, letterProblems, shapeOf } from './letter-fuzz';

const SEED = Number(process.env.LETTER_FUZZ_SEED ?? 20261122);
const CASES = Number(process.env.LETTER_FUZZ_CASES ?? 1000);
const BATCH = 100;
const FIXTURES = resolve(__dirname, '../../fixtures/letter-fuzz');

const replay = (index: number) => `LETTER_FUZZ_SEED=${SEED} (case ${index}, case seed ${caseSeed(SEED, index)}, ${shapeOf(index)})`;

let checklistPromise: Promise<Checklist> | undefined;
const checklist = () => (checklistPromise ??= loadChecklist().then((c) => c.checklist));

describe(`letters from random reviews and settings (seed ${SEED})`, () => {
  const batches = Array.from({ length: Math.ceil(CASES / BATCH) }, (_, b) => [b * BATCH, Math.min(CASES, (b + 1) * BATCH)] as const);

  it.each(batches)('cases %i to %i: every XML part parses, mammoth reads the text, markup stays text', async (from, to) => {
    const list = await checklist();
    const failures: string[] = [];
    for (let i = from; i < to; i++) {
      const { letter } = composeCase(caseSeed(SEED, i), list, shapeOf(i));
      const { problems } = await letterProblems(letter);
      if (problems.length > 0) failures.push(`${replay(i)}:\n  ${[...new Set(problems)].slice(0, 5).join('\n  ')}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  }, 120_000);
});

interface SavedCase {
  why: string;
  seed: number;
  caseIndex: number;
  review: SavedReview;
  settings: CouncilSettings;
}

describe('letter cases the generator found once (tests/fixtures/letter-fuzz)', () => {
  const files = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort() : [];

  it.skipIf(files.length === 0).each(files)('%s', async (file) => {
    const saved = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as SavedCase;
    const letter = composeLetter(saved.review, await checklist(), saved.settings, templateOrDefault(saved.settings.template), NOW);
    const { problems } = await letterProblems(letter);
    expect(problems, `${saved.why} (seed ${saved.seed}, case ${saved.caseIndex})`).toEqual([]);
  });
});

/** Whether a command runs (poppler's tools take -v). */
function has(command: string, flag: string): boolean {
  const r = spawnSync(command, [flag], { stdio: 'ignore', timeout: 60_000 });
  return !r.error && r.status === 0;
}

describe('LibreOffice opens 20 of the random letters', () => {
  // An empty case, three with 50,000-character texts, and sixteen others spread over the run.
  const picked = [3, 7, 57, 107, ...Array.from({ length: 16 }, (_, k) => 1 + k * 61)];

  it('converts each to a PDF of two or more pages with the appendix', async (ctx) => {
    const soffice = has('soffice', '--version');
    const poppler = has('pdfinfo', '-v') && has('pdftotext', '-v');
    if (!soffice || !poppler) {
      const missing = !soffice ? 'LibreOffice (soffice)' : 'poppler (pdfinfo/pdftotext)';
      if (process.env.CI === 'true') throw new Error(`${missing} is niet geïnstalleerd, maar in CI is deze test verplicht.`);
      ctx.skip(`${missing} niet gevonden: installeer libreoffice-writer-nogui, fonts-liberation en poppler-utils om deze test te draaien.`);
      return;
    }
    const list = await checklist();
    const dir = mkdtempSync(join(tmpdir(), 'letter-fuzz-'));
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    try {
      const names: string[] = [];
      for (const i of picked) {
        const { letter } = composeCase(caseSeed(SEED, i), list, shapeOf(i));
        const { problems, docx } = await letterProblems(letter);
        expect(problems, replay(i)).toEqual([]);
        const name = `case-${i}`;
        writeFileSync(join(dir, `${name}.docx`), docx);
        names.push(name);
      }
      const r = spawnSync(
        'soffice',
        [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => join(dir, `${n}.docx`))],
        { encoding: 'utf8', timeout: 170_000 },
      );
      expect(r.error, String(r.error)).toBeUndefined();
      expect(r.status, r.stderr).toBe(0);
      const failures: string[] = [];
      for (const [k, name] of names.entries()) {
        const pdf = join(dir, `${name}.pdf`);
        const where = replay(picked[k]!);
        if (!existsSync(pdf)) {
          failures.push(`${where}: LibreOffice made no PDF`);
          continue;
        }
        const pages = Number(/^Pages:\s+(\d+)/m.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1] ?? 0);
        if (pages < 2) failures.push(`${where}: ${pages} page(s)`);
        const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
        if (!text.includes('Bijlage 1')) failures.push(`${where}: no appendix in the PDF`);
      }
      expect(failures, failures.join('\n')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  }, 180_000);
});
