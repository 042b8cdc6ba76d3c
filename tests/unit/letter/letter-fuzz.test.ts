/**
 * Letters never break: 1,000 saved reviews and council settings full of hostile text (emoji
 * and ZWJ sequences, cut surrogate pairs, control characters, right-to-left text, markup,
 * 50,000-character notes and names, empty everything), each turned into a .docx by the
 * project's own pipeline and opened again. 20 of them, and the saved cases below, are
 * converted by LibreOffice where it is installed (required with CI=true).
 *
 * Every 10th case uses the real LOC checklist, the others the small test checklist (the text
 * is what is random; the small checklist keeps 1,000 letters within a minute on 2 cores).
 *
 * Replay: LETTER_FUZZ_SEED=<seed> [LETTER_FUZZ_CASES=<n>] npx vitest run tests/unit/letter/letter-fuzz.test.ts
 * A failure names the seed and the case. tests/fixtures/letter-fuzz/ keeps the cases that found
 * real bugs; they are checked on every run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../../lib/checklist/types';
import { composeLetter } from '../../../lib/letter/compose';
import type { LetterModel } from '../../../lib/letter/model';
import type { CouncilSettings } from '../../../lib/letter/settings';
import { templateOrDefault } from '../../../lib/letter/templates';
import { upgradeStored } from '../../../lib/review/storage-schema';
import { loadChecklist, makeChecklist, NOW } from './fixtures';
import { caseSeed } from './random';
import { composeCase, docxProblems, letterProblems, shapeOf } from './letter-fuzz';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { councilSettings, makeReview, mixed } from './fixtures';
import { getTemplate } from '../../../lib/letter/templates';

const SEED = Number(process.env.LETTER_FUZZ_SEED ?? 20261122);
const CASES = Number(process.env.LETTER_FUZZ_CASES ?? 1000);
const BATCH = 100;
const FIXTURES = resolve(__dirname, '../../fixtures/letter-fuzz');

const replay = (index: number) => `LETTER_FUZZ_SEED=${SEED} case ${index} (case seed ${caseSeed(SEED, index)}, ${shapeOf(index)})`;

const small = makeChecklist();
let loc: Promise<Checklist> | undefined;
/** The checklist of case `index`: the real one for every 10th. */
async function checklistOf(index: number): Promise<Checklist> {
  return index % 10 === 0 ? (loc ??= loadChecklist().then((c) => c.checklist)) : small;
}

async function letterOf(index: number): Promise<LetterModel> {
  return composeCase(caseSeed(SEED, index), await checklistOf(index), shapeOf(index)).letter;
}

describe(`letters from random reviews and settings (LETTER_FUZZ_SEED=${SEED})`, () => {
  const batches = Array.from({ length: Math.ceil(CASES / BATCH) }, (_, b) => [b * BATCH, Math.min(CASES, (b + 1) * BATCH)] as const);

  it.each(batches)('cases %i to %i: sound file names and lines, every XML part parses, mammoth reads the text, markup stays text', async (from, to) => {
    const failures: string[] = [];
    for (let i = from; i < to; i++) {
      const { problems } = await letterProblems(await letterOf(i));
      if (problems.length > 0) failures.push(`${replay(i)}:\n  ${[...new Set(problems)].slice(0, 5).join('\n  ')}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  }, 60_000);
});

describe('the checks of the random letters can fail', () => {
  /** A letter with markup in the council's name, written, then one XML part changed by `edit`. */
  async function tampered(edit: (xml: string) => string): Promise<string[]> {
    const settings = councilSettings();
    settings.council.name = 'Raad <injected/> & <w:t>INJECTED</w:t>';
    const letter = composeLetter(makeReview(small, mixed), small, settings, getTemplate('adviesbrief-gemeenteraad')!, NOW);
    const { problems, docx } = await letterProblems(letter);
    expect(problems).toEqual([]);
    const files = unzipSync(docx);
    files['word/document.xml'] = strToU8(edit(strFromU8(files['word/document.xml']!)));
    return docxProblems(letter, zipSync(files));
  }

  it('finds markup that was not escaped, XML that does not parse, and text that went missing', async () => {
    // An escaping bug: the name's markup written as markup.
    expect((await tampered((xml) => xml.replaceAll('&lt;injected/&gt;', '<injected/>'))).join('\n')).toContain('has "<injected" as markup');
    expect((await tampered((xml) => xml.replace('</w:body>', ''))).join('\n')).toContain('word/document.xml does not parse');
    expect((await tampered((xml) => xml.replaceAll('INJECTED', 'x'))).join('\n')).toContain('mammoth: text missing from the document');
  });
});

/** A case the generator found once, kept as data (the generator may change; the bug must stay fixed). */
interface SavedCase {
  why: string;
  seed: number;
  caseIndex: number;
  checklist: 'loc' | 'small';
  /** As stored by the extension (any schema version it can read). */
  review: unknown;
  settings: CouncilSettings;
}

const savedCases = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort() : [];

async function savedLetter(file: string): Promise<{ saved: SavedCase; letter: LetterModel }> {
  const saved = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as SavedCase;
  const checklist = saved.checklist === 'loc' ? await checklistOf(0) : small;
  // Read as the extension reads a stored review, so a case saved in an older schema still works.
  const review = upgradeStored(saved.review);
  return { saved, letter: composeLetter(review, checklist, saved.settings, templateOrDefault(saved.settings.template), NOW) };
}

describe('letter cases the generator found once (tests/fixtures/letter-fuzz)', () => {
  it('has at least one', () => expect(savedCases.length).toBeGreaterThan(0));

  it.each(savedCases)('%s', async (file) => {
    const { saved, letter } = await savedLetter(file);
    const { problems } = await letterProblems(letter);
    expect(problems, `${saved.why} (LETTER_FUZZ_SEED=${saved.seed} case ${saved.caseIndex})`).toEqual([]);
  });
});

/** Whether a command runs (poppler's tools take -v). */
function has(command: string, flag: string): boolean {
  const r = spawnSync(command, [flag], { stdio: 'ignore', timeout: 60_000 });
  return !r.error && r.status === 0;
}

/**
 * Convert .docx files to PDF with one LibreOffice; on `timeoutMs`, kill it with its helpers
 * (soffice starts soffice.bin in the same process group) and say so.
 */
function convertWithLibreOffice(files: string[], outDir: string, profile: string, timeoutMs: number): Promise<{ status: number | null; timedOut: boolean; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, timedOut, stderr });
    });
  });
}

describe('LibreOffice opens 20 of the random letters and the saved cases', () => {
  // An empty case, three with 50,000-character texts, and sixteen others spread over the run.
  const picked = [3, 7, 107, 207, ...Array.from({ length: 16 }, (_, k) => 1 + k * 61)];

  it('converts each to a PDF of two or more pages with the appendix', async (ctx) => {
    const soffice = has('soffice', '--version');
    const poppler = has('pdfinfo', '-v') && has('pdftotext', '-v');
    if (!soffice || !poppler) {
      const missing = !soffice ? 'LibreOffice (soffice)' : 'poppler (pdfinfo/pdftotext)';
      if (process.env.CI === 'true') throw new Error(`${missing} is niet geïnstalleerd, maar in CI is deze test verplicht.`);
      ctx.skip(`${missing} niet gevonden: installeer libreoffice-writer-nogui, fonts-liberation en poppler-utils om deze test te draaien.`);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'letter-fuzz-'));
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    try {
      const letters: { name: string; where: string; letter: LetterModel }[] = [];
      for (const file of savedCases) letters.push({ name: file.replace(/\.json$/, ''), where: `tests/fixtures/letter-fuzz/${file}`, letter: (await savedLetter(file)).letter });
      for (const i of picked) letters.push({ name: `case-${i}`, where: replay(i), letter: await letterOf(i) });
      for (const { name, where, letter } of letters) {
        const { problems, docx } = await letterProblems(letter);
        expect(problems, where).toEqual([]);
        writeFileSync(join(dir, `${name}.docx`), docx);
      }
      const started = Date.now();
      const r = await convertWithLibreOffice(letters.map((l) => join(dir, `${l.name}.docx`)), dir, profile, 150_000);
      const failures: string[] = [];
      if (r.timedOut) failures.push(`LibreOffice did not finish within ${Math.round((Date.now() - started) / 1000)} s (it stopped at the first file without a PDF)`);
      else if (r.status !== 0) failures.push(`LibreOffice exited with ${r.status}: ${r.stderr}`);
      for (const { name, where } of letters) {
        const pdf = join(dir, `${name}.pdf`);
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
