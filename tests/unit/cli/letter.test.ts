import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { analyze } from '@/lib/check';
import { locChecklist } from '@/lib/checklist';
import { composeLetter, parseSettingsJson, templateOrDefault } from '@/lib/letter';
import { addOwnEvidence, confirmItem, createSavedReview, setLetterEdit, setMunicipality, setPrivateNote, setToelichting, setVerdict } from '@/lib/review/model';
import { exportReview } from '@/lib/review/exchange';
import type { SavedReview } from '@/lib/review/types';
import { readDocument } from '@/cli/read-document';
import { main as check } from '@/cli/check';
import { main as letter } from '@/cli/letter';
import { expectRefused, ROOT, runMain, runProcess, writeExport } from './run-cli';

const PAGE = 'examples/regiovisie-voorbeeldregio.html';
const SETTINGS = 'examples/council-settings.json';

/** The review of PAGE as `check` makes it (same URL and title), before any decision. */
async function checkedReview(now = new Date()): Promise<SavedReview> {
  const doc = await readDocument(join(ROOT, PAGE));
  return createSavedReview(analyze(doc, locChecklist), now, basename(PAGE), doc.title);
}

/** The review with the council's work: a changed verdict, a confirmation, a toelichting, a private note, an own passage, an edited paragraph. */
function worked(saved: SavedReview, now = new Date()): SavedReview {
  const [first, second, third] = saved.automatic.items;
  let next = setVerdict(saved, first!.id, first!.verdict === 'aanwezig' ? 'deels' : 'aanwezig', now);
  next = confirmItem(next, second!.id, true, now);
  next = setToelichting(next, first!.id, 'De raad mist hier een termijn; zie ons gesprek van 3 maart.', now);
  next = setPrivateNote(next, first!.id, 'GEHEIM: navragen bij de wethouder', now);
  next = addOwnEvidence(next, third!.id, { quote: 'Een eigen passage die de raad zelf heeft gekozen.', prefix: '', suffix: '', block: 'b3', heading: 'Eigen' }, now);
  next = setLetterEdit(next, 'aanhef', 'Geachte leden van de raad van Voorbeeldstad,', now);
  return next;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'letter-cli-'));
}

const docxText = async (file: string) => (await mammoth.extractRawText({ buffer: readFileSync(file) })).value;

describe('npm run letter (cli/letter.ts)', () => {
  it('writes the same letter as check --docx for a review without decisions', async () => {
    const dir = tempDir();
    const review = writeExport(dir, await checkedReview());
    const fromReview = join(dir, 'uit-toetsing.docx');
    const fromCheck = join(dir, 'uit-check.docx');
    const r = await runMain(letter, review, '--docx', fromReview, '--settings', SETTINGS);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`De brief staat in ${fromReview}.`);
    expect(r.stderr).toContain('34 van 34 oordelen in de brief zijn automatisch');
    expect((await runMain(check, PAGE, '--docx', fromCheck, '--settings', SETTINGS)).code).toBe(0);
    const text = await docxText(fromReview);
    expect(text).toContain('Cliëntenraad Sociaal Domein Voorbeeldstad');
    expect(text).toBe(await docxText(fromCheck));
  });

  it('puts the council decisions in the letter exactly as the panel composes it, and no private note', async () => {
    const dir = tempDir();
    const saved = worked(await checkedReview());
    const review = writeExport(dir, saved);
    const out = join(dir, 'brief.docx');
    const r = await runMain(letter, review, '--docx', out, '--settings', SETTINGS);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('32 van 34 oordelen in de brief zijn automatisch'); // one changed, one confirmed
    const text = await docxText(out);
    expect(text).toContain('De raad mist hier een termijn; zie ons gesprek van 3 maart.');
    expect(text).toContain('Een eigen passage die de raad zelf heeft gekozen.');
    expect(text).toContain('Geachte leden van de raad van Voorbeeldstad,');
    expect(text).not.toContain('GEHEIM');

    // What the panel's "Maak de brief" makes for this review (components/letter/LetterView.tsx).
    const parsed = parseSettingsJson(readFileSync(join(ROOT, SETTINGS), 'utf8'));
    if (!parsed.ok) throw new Error('example settings do not validate');
    const model = composeLetter(saved, locChecklist, parsed.settings, templateOrDefault(parsed.settings.template), new Date());
    const { letterToBuffer } = await import('@/lib/docx/render');
    const panel = join(dir, 'paneel.docx');
    writeFileSync(panel, await letterToBuffer(model));
    expect(text).toBe(await docxText(panel));
  });

  it('reads an export of an older version (its notes become toelichtingen)', async () => {
    const dir = tempDir();
    const saved = await checkedReview();
    const id = saved.automatic.items[4]!.id;
    const file = JSON.parse(exportReview(saved, new Date()));
    file.review.schemaVersion = 1;
    file.review.decisions = { [id]: { note: 'Een notitie uit een oude versie.', updatedAt: new Date().toISOString() } };
    const review = join(dir, 'oud.json');
    writeFileSync(review, JSON.stringify(file));
    const out = join(dir, 'brief.docx');
    expect((await runMain(letter, review, '--docx', out, '--settings', SETTINGS)).code).toBe(0);
    expect(await docxText(out)).toContain('Een notitie uit een oude versie.');
  });

  it('uses the review’s own details and clearly marked placeholders without --settings', async () => {
    const dir = tempDir();
    const review = writeExport(dir, setMunicipality(await checkedReview(), 'Gemeente Kustdorp', new Date()));
    const out = join(dir, 'brief.docx');
    const r = await runMain(letter, review, '--docx', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('tussen [haken]');
    const text = await docxText(out);
    expect(text).toContain('[naam cliëntenraad]');
    expect(text).toContain('Kustdorp');
    expect(text).toContain('Regiovisie Jeugd Voorbeeldland');
  });

  it.each([
    ['no arguments', () => [], 'Gebruik: npm run --silent letter'],
    ['no --docx', (d: string) => [writeExport(d, { automatic: { items: [] } } as unknown as SavedReview)], 'Zeg met --docx'],
    ['an unknown option', (d: string) => [join(d, 'x.json'), '--docx', join(d, 'b.docx'), '--pdf'], 'Onbekende optie: --pdf.'],
    ['--docx without a value', (d: string) => [join(d, 'x.json'), '--docx'], 'Na --docx hoort een bestandsnaam.'],
    ['a missing file', (d: string) => [join(d, 'bestaat-niet.json'), '--docx', join(d, 'b.docx')], 'bestaat niet'],
    ['a document instead of a review', (d: string) => [join(ROOT, PAGE), '--docx', join(d, 'b.docx')], 'is geen document en geen opgeslagen toetsing'],
    [
      'a JSON file that is not a review',
      (d: string) => {
        writeFileSync(join(d, 'raad.json'), readFileSync(join(ROOT, SETTINGS)));
        return [join(d, 'raad.json'), '--docx', join(d, 'b.docx')];
      },
      'Dit bestand is geen opgeslagen toetsing van Regiovisie-toets.',
    ],
  ])('exits with 2 and one Dutch line for %s', async (_, args, message) => {
    const dir = tempDir();
    const r = await runMain(letter, ...args(dir));
    expectRefused(r, message);
  });

  it('exits with 2 for settings that are not valid', async () => {
    const dir = tempDir();
    const review = writeExport(dir, await checkedReview());
    const bad = join(dir, 'raad.json');
    writeFileSync(bad, JSON.stringify({ council: { name: '' } }));
    const r = await runMain(letter, review, '--docx', join(dir, 'b.docx'), '--settings', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('klopt niet');
  });

  it('writes the letter in a process of its own, and exits with 2 for bad input there too', async () => {
    const dir = tempDir();
    const review = writeExport(dir, worked(await checkedReview()));
    const out = join(dir, 'brief.docx');
    const ok = runProcess('cli/letter.ts', review, '--docx', out, '--settings', SETTINGS);
    expect(ok.code).toBe(0);
    expect(await docxText(out)).toContain('De raad mist hier een termijn');
    const bad = runProcess('cli/letter.ts', join(ROOT, PAGE), '--docx', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('npm run letter with --compare-with: what changed since the concept version', () => {
  const CONCEPT = 'tests/fixtures/compare/regiovisie-proefland-concept.html';
  const FINAL = 'tests/fixtures/compare/regiovisie-proefland-definitief.html';

  it('writes the section and the changes per item, read back from the .docx; the concept may be a document or an exported review', async () => {
    const dir = tempDir();
    const { checkFiles } = await import('@/cli/sources');
    const final = writeExport(dir, (await checkFiles([join(ROOT, FINAL)], new Date())).saved, 'definitief.json');
    const concept = writeExport(dir, (await checkFiles([join(ROOT, CONCEPT)], new Date())).saved, 'concept.json');
    const out = join(dir, 'brief.docx');
    const r = await runMain(letter, final, '--docx', out, '--settings', SETTINGS, '--compare-with', CONCEPT);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('Let op');
    const text = await docxText(out);
    expect(text).toContain('Wat is veranderd sinds de conceptversie');
    expect(text).toContain('Wij hebben deze versie van de regiovisie vergeleken met de conceptversie („Regiovisie jeugdhulp Proefland (concept)”).');
    expect(text).toMatch(/Bij \d+ aanbeveling(en)? is de regiovisie beter geworden, bij 0 slechter en bij \d+ is het oordeel gelijk gebleven\./);
    expect(text).toContain('Beter geworden:');
    expect(text).toMatch(/Aan de bel trekken en klagen: was ontbreekt, nu aanwezig\./);
    expect(text).toContain('Wat is veranderd sinds de conceptversie, per aanbeveling');
    expect(text).toContain('Nieuw bij de gevonden passages:');
    expect(text).not.toContain('in de tekst:');
    expect(text).toContain('„Ouders kunnen met een klacht terecht bij een onafhankelijke vertrouwenspersoon.”');
    // The same letter from the concept as an exported review.
    const fromReview = join(dir, 'brief-2.docx');
    expect((await runMain(letter, final, '--docx', fromReview, '--settings', SETTINGS, '--compare-with', concept)).code).toBe(0);
    expect(await docxText(fromReview)).toBe(text);
    // Without --compare-with: no such section.
    const plain = join(dir, 'brief-3.docx');
    expect((await runMain(letter, final, '--docx', plain, '--settings', SETTINGS)).code).toBe(0);
    expect(await docxText(plain)).not.toContain('Wat is veranderd');
  });

  it.each([
    [['--compare-with'], 'Na --compare-with hoort een bestandsnaam'],
    [['--compare-with', 'niet-bestaand.json'], 'bestaat niet'],
    [['--compare-with', 'README.md'], 'Dit soort bestand kan ik niet lezen'],
  ])('exits with 2 and one Dutch line for a bad concept %j', async (extra, message) => {
    const dir = tempDir();
    const review = writeExport(dir, await checkedReview());
    const r = await runMain(letter, review, '--docx', join(dir, 'brief.docx'), ...extra);
    expectRefused(r, message);
  });
});
