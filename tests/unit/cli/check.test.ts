import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { SPEC_ITEM_IDS } from '@/lib/checklist';
import { main } from '@/cli/check';
import { expectRefused, ROOT, runMain, runProcess } from './run-cli';
import { ONE_VAGUE_MONEY_SENTENCE, TEN_SENTENCES_WITHOUT_MONEY } from '../check/helpers';

/** `npm run check -- ARGS` in a process of its own, as a person runs it: a few cases prove the real exit code and streams. */
const checkProcess = (...args: string[]) => runProcess('cli/check.ts', ...args);

/** The same command in this process: `main()` with stdout and stderr captured (no tsx start-up per case). */
const check = (...args: string[]) => runMain(main, ...args);

describe('npm run check (cli/check.ts)', () => {
  it('prints only the contract JSON with --json, for every checklist item (a real process)', () => {
    const r = checkProcess('tests/fixtures/checker/regiovisie-breed.html', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.source).toMatchObject({ file: 'regiovisie-breed.html' });
    expect(out.source.title.length).toBeGreaterThan(5);
    expect(out.source.blocks).toBeGreaterThan(20);
    expect(out.source.characters).toBeGreaterThan(5000);
    expect(out.checklist.id).toBeTruthy();
    expect(out.checklist.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(out.items.map((i: { id: string }) => i.id)).toEqual([...SPEC_ITEM_IDS]);
    for (const item of out.items) {
      expect(['aanwezig', 'deels', 'ontbreekt']).toContain(item.verdict);
      expect(item.score).toBeGreaterThanOrEqual(0);
      expect(item.score).toBeLessThanOrEqual(1);
      expect(item.title).toBeTruthy();
      if (item.id !== 'algemeen.begrijpelijk') expect(item.evidence.length === 0, item.id).toBe(item.verdict === 'ontbreekt');
      for (const e of item.evidence) {
        expect(typeof e.quote).toBe('string');
        expect(e.block).toMatch(/^b\d+$/);
      }
    }
    expect(out.readability.fleschDouma).toEqual(expect.any(Number));
  });

  it('marks a deels on one vague word in a longer text as faint, with its explanation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'visie.txt');
    const lines = ['# Regiovisie jeugdhulp Zuidwaard', ...TEN_SENTENCES_WITHOUT_MONEY, ONE_VAGUE_MONEY_SENTENCE];
    writeFileSync(file, lines.join('\n\n') + '\n');
    const out = JSON.parse((await check(file, '--json')).stdout);
    const geld = out.items.find((i: { id: string }) => i.id === 'passend.geld-geoormerkt');
    expect(geld).toMatchObject({ verdict: 'deels', faint: true, explanation: 'Maar één keer genoemd, met een woord dat ook iets anders kan betekenen.' });
    for (const item of out.items) if (item.faint) expect(item.verdict, item.id).toBe('deels');
  });

  it('marks an aanwezig that one passage of a longer text carries as single, with its explanation; not when two carry it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const promise = 'Het geld voor jeugdhulp zetten we elk jaar apart in de begroting van de regio, zodat het alleen aan jeugdhulp wordt besteed.';
    const again = 'Wij oormerken het budget voor jeugdhulp, zodat gemeenten het niet aan iets anders uitgeven.';
    const run = async (extra: string[]) => {
      const file = join(dir, `visie-${extra.length}.txt`);
      writeFileSync(file, ['# Regiovisie jeugdhulp Zuidwaard', ...TEN_SENTENCES_WITHOUT_MONEY, ...extra].join('\n\n') + '\n');
      return JSON.parse((await check(file, '--json')).stdout) as { items: { id: string; verdict: string; single?: boolean; explanation?: string }[] };
    };
    const once = await run([promise]);
    const geld = once.items.find((i) => i.id === 'passend.geld-geoormerkt');
    expect(geld).toMatchObject({ verdict: 'aanwezig', single: true, explanation: 'Gevonden: een eigen afspraak of plan van de regio. Maar alleen deze ene zin zegt dat.' });
    for (const item of once.items) if (item.single) expect(item.verdict, item.id).toBe('aanwezig');
    const twice = (await run([promise, again])).items.find((i) => i.id === 'passend.geld-geoormerkt')!;
    expect(twice.verdict).toBe('aanwezig');
    expect('single' in twice).toBe(false);
    expect(twice.explanation).not.toContain('Maar alleen');
  });

  it('reads a .txt file with Markdown-style headings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'visie.txt');
    writeFileSync(file, '# Onze visie\n\nWe zorgen ervoor dat kinderen niet langer dan zes weken wachten op hulp.\n\n## Meedoen\n\nJongeren praten mee in de jongerenraad.\n');
    const r = await check(file, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.source.title).toBe('Onze visie');
    expect(out.source.blocks).toBe(4);
  });

  it('prints a Dutch summary per theme without --json', async () => {
    const r = await check('examples/regiovisie-voorbeeldregio.html');
    expect(r.code).toBe(0);
    for (const theme of ['Vertrouwen als basis', 'Organiseer de zorg passend en toegankelijk', 'Kwaliteit van zorg', 'Kinderen, jongeren en ouders zijn experts']) {
      expect(r.stdout).toContain(theme);
    }
    expect(r.stdout).toMatch(/\d+ aanwezig, \d+ deels, \d+ ontbreekt/);
    expect(r.stdout).toContain('Leesbaarheid: Flesch-Douma');
  });

  it.each([
    [['niet-bestaand.html'], 'bestaat niet'],
    [['README.md'], 'Dit soort bestand kan ik niet lezen'],
    [['examples/regiovisie-voorbeeldregio.html', '--onzin'], 'Onbekende optie'],
    [[], 'Gebruik:'],
    [['examples/regiovisie-voorbeeldregio.html', '--docx'], 'Na --docx hoort een bestandsnaam'],
  ])('exits with 2 and one Dutch line for bad input %j', async (args, message) => {
    const r = await check(...args);
    expectRefused(r, message);
  });

  it('exits with 2 from a real process too: one Dutch line on stderr, nothing on stdout', () => {
    const r = checkProcess('examples/regiovisie-voorbeeldregio.html', '--onzin');
    expectRefused(r, 'Onbekende optie');
  });

  it('rejects settings that are not valid, naming the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const bad = join(dir, 'raad.json');
    writeFileSync(bad, JSON.stringify({ council: { name: '' } }));
    const r = await check('examples/regiovisie-voorbeeldregio.html', '--settings', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('klopt niet');
    // A problem with the whole file (not JSON) has no field to name: no stray ": ".
    writeFileSync(bad, '{ council: ');
    const whole = await check('examples/regiovisie-voorbeeldregio.html', '--settings', bad);
    expect(whole.code).toBe(2);
    expect(whole.stderr).toMatch(/klopt niet\. \p{Lu}/u);
  });

  it('writes the advice letter with --docx and --settings, readable by Word tools', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const out = join(dir, 'brief.docx');
    const r = await check('examples/regiovisie-voorbeeldregio.html', '--json', '--docx', out, '--settings', 'examples/council-settings.json');
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(out) });
    expect(text).toContain('Cliëntenraad Sociaal Domein Voorbeeldstad');
    expect(text).toContain('Aan de gemeenteraad van Voorbeeldstad');
    expect(text).toContain('Regiovisie Jeugd Voorbeeldland');
    expect(text).toContain('Bijlage 1');
    expect(text).toContain('A. de Vries');
    // Nobody checked the verdicts of a check on the command line: the letter and the appendix say so.
    expect(text).toContain('Alle 34 oordelen zijn automatisch gegeven en niet door ons nagekeken.');
    expect(text).toContain('Alle 34 oordelen zijn automatisch gegeven en niet door de raad nagekeken.');
    expect(text.split('Automatisch, niet nagekeken door de raad').length - 1).toBe(34);
    expect(text).not.toMatch(/Elke uitkomst hebben wij zelf nagelezen|elke uitkomst zelf nagelezen/);
    // The LOC report goes along as the second attachment.
    expect(text).toContain('Bijlage 2: het rapport „Specialistische jeugdzorg. Knelpunten en aanbevelingen in beeld”, LOC, februari 2022');
  });

  it('says on stderr that the verdicts are automatic and that the LOC report goes along; attachReport: false leaves it out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const out = join(dir, 'brief.docx');
    const r = await check('examples/regiovisie-voorbeeldregio.html', '--docx', out, '--settings', 'examples/council-settings.json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Alle oordelen in de brief zijn automatisch en niet door de raad nagekeken.');
    expect(r.stderr).toContain('www.loc.nl/regionale-jz');
    const settings = join(dir, 'zonder-rapport.json');
    writeFileSync(settings, JSON.stringify({ ...JSON.parse(readFileSync('examples/council-settings.json', 'utf8')), attachReport: false }));
    const without = await check('examples/regiovisie-voorbeeldregio.html', '--docx', out, '--settings', settings);
    expect(without.code).toBe(0);
    expect(without.stderr).not.toContain('www.loc.nl/regionale-jz');
    const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(out) });
    expect(text).not.toContain('Bijlage 2');
    expect(text).toContain('U kunt het rapport downloaden via www.loc.nl/regionale-jz.');
  });

  it('marks missing council details clearly when no settings are given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const out = join(dir, 'brief.docx');
    expect((await check('examples/regiovisie-voorbeeldregio.html', '--docx', out)).code).toBe(0);
    const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(out) });
    expect(text).toMatch(/\[[^\]]*cliëntenraad[^\]]*\]/i);
  });
});

describe('npm run check with files in an older encoding', () => {
  it('reads a web page saved in Windows-1252 and a text file without UTF-8, keeping ë and é', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-encoding-'));
    const title = 'Regiovisie Ëndeveld: één loket voor financiële hulp';
    const page = join(dir, 'oud.html');
    writeFileSync(page, Buffer.from(`<html><head><meta charset="windows-1252"><title>${title}</title></head><body><h1>${title}</h1><p>De cliëntenraad leest mee.</p></body></html>`, 'latin1'));
    const html = await check(page, '--json');
    expect(html.code).toBe(0);
    expect(JSON.parse(html.stdout).source.title).toBe(title);
    const text = join(dir, 'oud.txt');
    writeFileSync(text, Buffer.from(`# ${title}\n\nDe cliëntenraad leest mee.\n`, 'latin1'));
    const txt = await check(text, '--json');
    expect(txt.code).toBe(0);
    expect(JSON.parse(txt.stdout).source.title).toBe(title);
  });
});

describe('npm run check with a PDF', () => {
  const PDF = 'tests/fixtures/pdf/regiovisie-zuiderveld.pdf';

  /** The text of each page as pdf.js reads it, white space collapsed (independent of the extractor). */
  async function pageTexts(file: string): Promise<string[]> {
    const { readPdfText } = await import('@/cli/pdf');
    const { pages } = await readPdfText(new Uint8Array(readFileSync(join(ROOT, file))));
    return pages.map((p) => p.items.map((i) => i.str).join(' ').replace(/\s+/g, ' '));
  }

  it('gives the contract JSON with the title, blocks and the page of each piece of evidence', async () => {
    const r = await check(PDF, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.source).toMatchObject({ title: 'Regiovisie Jeugd Zuiderveld 2025-2028', file: 'regiovisie-zuiderveld.pdf', pages: 3, language: 'nl', problems: [] });
    expect(out.source.blocks).toBeGreaterThan(15);
    expect(out.items.map((i: { id: string }) => i.id)).toEqual([...SPEC_ITEM_IDS]);

    const pages = await pageTexts(PDF);
    const evidence = out.items.flatMap((i: { evidence: { quote: string; page?: number }[] }) => i.evidence);
    expect(evidence.length).toBeGreaterThan(10);
    for (const e of evidence) {
      expect(e.page, e.quote).toBeGreaterThanOrEqual(1);
      // The first words of the quote stand on the page the evidence names.
      const start = e.quote.split(' ').slice(0, 4).join(' ');
      expect(pages[e.page! - 1], e.quote).toContain(start);
    }
    const byId = (id: string) => out.items.find((i: { id: string }) => i.id === id);
    expect(byId('passend.wachtlijsten').evidence[0]).toMatchObject({ page: 1, heading: '2. Wachtlijsten korter maken' });
    expect(byId('passend.doorbraak').evidence[0]).toMatchObject({ page: 2 });
    expect(byId('expert.ervaringsdeskundigheid').evidence[0]).toMatchObject({ page: 3 });
  });

  it('prints the readable summary with page numbers (a real process)', () => {
    const r = checkProcess(PDF);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Regiovisie Jeugd Zuiderveld 2025-2028');
    expect(r.stdout).toMatch(/\d+ aanwezig, \d+ deels, \d+ ontbreekt/);
    expect(r.stdout).toMatch(/” \(blz\. [123]\)/);
    expect(r.stdout).toContain('Leesbaarheid: Flesch-Douma');
  });

  it('says a scanned PDF has no text, like an empty page (same exit code)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const empty = join(dir, 'leeg.html');
    writeFileSync(empty, '<html><body></body></html>');
    const emptyCode = (await check(empty, '--json')).code;

    const json = await check('tests/fixtures/pdf/regiovisie-scan.pdf', '--json');
    expect(json.code).toBe(emptyCode);
    const out = JSON.parse(json.stdout);
    expect(out.source).toMatchObject({ blocks: 0, words: 0, pages: 1, problems: ['empty', 'scanned'] });

    const text = await check('tests/fixtures/pdf/regiovisie-scan.pdf');
    expect(text.code).toBe(emptyCode);
    expect(text.stdout).toContain('Deze pdf lijkt een scan.');
    // The message is the whole answer: no list of 34 "ontbreekt" for a text nobody could read.
    expect(text.stdout).not.toContain('ontbreekt');
    expect(text.stdout).not.toContain('te weinig tekst'); // and not the general empty-page message
    expect(text.stdout.trim().split('\n')).toHaveLength(3);
  });

  it.each([
    ['a file that is not a PDF', 'nep.pdf', () => readFileSync(join(ROOT, 'README.md')), 'Ik kan de pdf "nep.pdf" niet openen'],
    ['an empty file', 'leeg.pdf', () => Buffer.alloc(0), 'Ik kan de pdf "leeg.pdf" niet openen'],
    ['a PDF with a password', 'slot.pdf', () => readFileSync(join(ROOT, 'tests/fixtures/pdf/regiovisie-wachtwoord.pdf')), 'beveiligd met een wachtwoord'],
  ])('exits with 2 and one Dutch line for %s', async (_, name, content, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, name);
    writeFileSync(file, content());
    const r = await check(file, '--json');
    expectRefused(r, message);
  });
});

describe('npm run check with several files: one regiovisie (cli/check.ts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-bronnen-'));
  const visie = join(dir, 'visie.txt');
  const agenda = join(dir, 'werkagenda.txt');
  writeFileSync(visie, '# Regiovisie jeugdhulp Proefland\n\nDe gemeenten in Proefland werken samen. Wij zorgen ervoor dat kinderen niet langer dan zes weken wachten op hulp.\n\n## Dichtbij\n\nWij bieden hulp zo dicht mogelijk bij huis. Een kind wordt alleen uit huis geplaatst als het echt niet anders kan. De wijkteams werken samen met de huisarts en de school.\n');
  writeFileSync(agenda, '# Werkagenda Proefland\n\n## Klachten\n\nOuders en jongeren kunnen met een klacht terecht bij een onafhankelijke vertrouwenspersoon. Wij organiseren elk jaar een jongerenpanel dat meepraat over het beleid.\n\n## Kwaliteit\n\nWij meten elk jaar hoe tevreden kinderen en ouders zijn over de hulp en bespreken de uitkomsten met de cliëntenraad.\n');

  it('gives one review: sources listed, counts summed, each evidence with the index of its file', async () => {
    const one = JSON.parse((await check(visie, '--json')).stdout);
    const r = await check(visie, agenda, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.sources.map((s: { file: string }) => s.file)).toEqual(['visie.txt', 'werkagenda.txt']);
    expect(out.sources[0]).toMatchObject({ title: 'Regiovisie jeugdhulp Proefland', kind: 'text', blocks: one.source.blocks });
    expect(out.source.title).toBe('Regiovisie jeugdhulp Proefland');
    expect(out.source.file).toBe('visie.txt');
    expect(out.source.blocks).toBe(out.sources[0].blocks + out.sources[1].blocks);
    expect(out.source.characters).toBe(out.sources[0].characters + out.sources[1].characters);
    expect(out.items.map((i: { id: string }) => i.id)).toEqual([...SPEC_ITEM_IDS]);
    const evidence = out.items.flatMap((i: { evidence: { source: number; block: string }[] }) => i.evidence);
    expect(new Set(evidence.map((e: { source: number }) => e.source))).toEqual(new Set([0, 1]));
    for (const e of evidence) expect(e.block).toMatch(e.source === 0 ? /^b\d+$/ : /^s2:b\d+$/);
    // With one file, sources has that one entry and every evidence says 0.
    expect(one.sources).toHaveLength(1);
    expect(one.items.flatMap((i: { evidence: { source: number }[] }) => i.evidence).every((e: { source: number }) => e.source === 0)).toBe(true);
  });

  it('lists the sources in the Dutch summary and says from which source a quote is', async () => {
    const r = await check(visie, agenda);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Deze regiovisie staat in 2 bronnen:');
    expect(r.stdout).toMatch(/1\. Regiovisie jeugdhulp Proefland \(visie\.txt, \d+ woorden\)/);
    expect(r.stdout).toMatch(/2\. Werkagenda Proefland \(werkagenda\.txt, \d+ woorden\)/);
    expect(r.stdout).toMatch(/” \(bron 2\)/);
    // One file: no list of sources.
    expect((await check(visie)).stdout).not.toContain('bronnen');
  });

  it.each([
    [['visie.txt', 'niet-bestaand.pdf'], 'bestaat niet'],
    [['visie.txt', 'visie.txt'], 'staat twee keer in de opdracht'],
    [['visie.txt', 'raar.docx'], 'Dit soort bestand kan ik niet lezen'],
  ])('exits with 2 and one Dutch line when one of the files is bad %j', async (names, message) => {
    writeFileSync(join(dir, 'raar.docx'), 'geen docx');
    const r = await check(...names.map((n) => join(dir, n)));
    expectRefused(r, message);
  });

  it('writes one letter for all files with --docx', async () => {
    const out = join(dir, 'brief.docx');
    const r = await check(visie, agenda, '--docx', out, '--settings', 'examples/council-settings.json');
    expect(r.code).toBe(0);
    const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(out) });
    expect(text).toContain('Regiovisie jeugdhulp Proefland');
    expect(text).toContain('Bijlage 1');
  });
});
