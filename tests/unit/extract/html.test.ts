import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtmlDocument } from '@/lib/extract/html';
import { documentProblems } from '@/lib/extract/problems';
import { parseHtmlDocument } from '@/cli/dom';

const fixture = (name: string) => {
  const html = readFileSync(resolve(__dirname, '../../fixtures/extract', name), 'utf8');
  return extractFromHtmlDocument(parseHtmlDocument(html), { url: `http://127.0.0.1/${name}` });
};
const allText = (doc: ReturnType<typeof fixture>) => doc.blocks.map((b) => b.text).join('\n');

describe('extractFromHtmlDocument', () => {
  it('reads an article page as headings, paragraphs and list items under their headings', () => {
    const doc = fixture('artikel.html');
    expect(doc.title).toBe('Samen sterker voor jeugd');
    expect(doc.language).toBe('nl');
    expect(doc.source).toBe('html');
    const kinds = doc.blocks.map((b) => b.kind);
    expect(kinds.filter((k) => k === 'heading')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'listItem')).toHaveLength(3);
    const item = doc.blocks.find((b) => b.text.startsWith('Ouders en jongeren praten mee'))!;
    expect(item.kind).toBe('listItem');
    expect(item.text).toBe('Ouders en jongeren praten mee in een vaste klankbordgroep.');
    expect(item.heading).toBe('Wat gaan we doen?');
    const planning = doc.blocks.find((b) => b.text.startsWith('In 2026'))!;
    expect(planning.heading).toBe('Planning');
    const planningHeading = doc.blocks.find((b) => b.text === 'Planning')!;
    expect(planningHeading.level).toBe(3);
    expect(planningHeading.heading).toBe('Wat gaan we doen?');
  });

  it('gives stable ids in document order', () => {
    const a = fixture('artikel.html');
    const b = fixture('artikel.html');
    expect(a.blocks.map((x) => x.id)).toEqual(b.blocks.map((x) => x.id));
    expect(a.blocks.map((x) => x.id)).toEqual(a.blocks.map((_, i) => `b${i + 1}`));
    for (const block of a.blocks) {
      if (block.headingId) expect(a.blocks.find((x) => x.id === block.headingId)?.text).toBe(block.heading);
    }
  });

  it('keeps the text of collapsed accordion panels and <details>', () => {
    const doc = fixture('accordeon.html');
    const text = allText(doc);
    expect(text).toContain('niemand langer dan zes weken op hulp wacht');
    expect(text).toContain('Ervaringsdeskundigen denken mee bij het maken van beleid');
    expect(text).toContain('Het Kinderrechtenverdrag is de basis van ons werk');
    const hidden = doc.blocks.find((b) => b.text.includes('zes weken'))!;
    expect(hidden.collapsed).toBe(true);
    expect(hidden.heading).toBe('Wachttijden');
    const details = doc.blocks.find((b) => b.text.includes('Kinderrechtenverdrag'))!;
    expect(details.collapsed).toBe(true);
    expect(details.heading).toBe('Kinderrechten');
    const visible = doc.blocks.find((b) => b.text.startsWith('Heeft u vragen'))!;
    expect(visible.collapsed).toBeUndefined();
  });

  it('leaves out navigation, cookie banner, breadcrumbs, search, sharing, sidebar and footer', () => {
    const doc = fixture('omlijsting.html');
    const text = allText(doc);
    expect(text).toContain('Gemeente Zandvoorde werkt voor specialistische jeugdhulp samen');
    expect(text).toContain('hun verhaal niet steeds opnieuw te vertellen');
    for (const noise of ['cookies', 'Accepteren', 'Direct naar de inhoud', 'Kruimelpad', 'Zoeken', 'Deel deze pagina', 'Gerelateerd', 'Persoonsgebonden budget', 'Klant Contact Centrum', 'Home']) {
      expect(text, noise).not.toContain(noise);
    }
    expect(doc.title).toBe('Jeugdhulp in de regio');
  });

  it('reports a page without main text as empty', () => {
    const doc = fixture('leeg.html');
    expect(doc.words).toBeLessThan(20);
    expect(allText(doc)).not.toContain('Wachtwoord vergeten? Gebruikersnaam');
    expect(documentProblems(doc)).toContain('empty');
  });

  it('reads table cells as blocks of their own, under the heading of the table', () => {
    const doc = fixture('tabel.html');
    const cells = doc.blocks.filter((b) => b.kind === 'tableCell').map((b) => b.text);
    expect(cells).toEqual([
      'Soort hulp', 'Niveau', 'Wanneer klaar',
      'Ambulante gezinsbegeleiding', 'Lokaal', 'Loopt al',
      'Pleegzorg en gezinshuizen', 'Regionaal', 'Eind 2026',
      'Gesloten jeugdhulp', 'Bovenregionaal', 'Half 2027',
    ]);
    expect(allText(doc)).toContain('Welke hulp regelen we waar?');
    expect(doc.blocks.find((b) => b.text === 'Bovenregionaal')!.heading).toBe('Uitvoeringsagenda jeugd 2026');
    expect(documentProblems(doc)).toEqual([]);
  });

  it('cleans soft hyphens and odd white space and counts words', () => {
    const doc = extractFromHtmlDocument(
      parseHtmlDocument('<html lang="nl-NL"><body><main><h1>Jeugd&shy;hulp</h1><p>Wacht&shy;lijsten   worden\n korter.&nbsp;Echt waar.</p></main></body></html>'),
      { url: 'x' },
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['Jeugdhulp', 'Wachtlijsten worden korter. Echt waar.']);
    expect(doc.words).toBe(6);
    expect(doc.characters).toBe('Jeugdhulp'.length + 'Wachtlijsten worden korter. Echt waar.'.length);
    expect(doc.language).toBe('nl');
  });

  it('drops the controls of text direction, so a page cannot turn text around, and keeps right-to-left letters', () => {
    const doc = extractFromHtmlDocument(
      parseHtmlDocument('<html lang="nl"><body><main><h1>Zorg \u202Eetiw\u202C dichtbij</h1><p dir="rtl">\u2067\u05e9\u05dc\u05d5\u05dd\u2069 en \u200Fouders\u200E.</p></main></body></html>'),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['Zorg etiw dichtbij', '\u05e9\u05dc\u05d5\u05dd en ouders.']);
  });

  it('detects the language of a page that does not declare one', () => {
    const doc = fixture('engels.html');
    expect(doc.language).toBe('en');
    expect(documentProblems(doc)).toEqual(['notDutch']);
    expect(fixture('tabel.html').language).toBe('nl');
  });

  it('stops at the character limit and says so', () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `<p>Dit is alinea ${i} over jeugdhulp in de regio en wat we samen gaan doen.</p>`).join('');
    const doc = extractFromHtmlDocument(parseHtmlDocument(`<html lang="nl"><body><main>${paragraphs}</main></body></html>`), { maxCharacters: 2000 });
    expect(doc.truncated).toBe(true);
    expect(doc.characters).toBeLessThanOrEqual(2000);
    expect(documentProblems(doc)).toContain('truncated');
  });

  it('does not run page scripts or keep markup from hostile HTML', () => {
    const doc = extractFromHtmlDocument(
      parseHtmlDocument('<html lang="nl"><body><main><p>Tekst <script>alert(1)</script><img src=x onerror="alert(2)">over <b>zorg</b>.</p><style>p{}</style></main></body></html>'),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['Tekst over zorg.']);
  });

  it('reads a heading without the script, style or icon inside it, and its markup as text', () => {
    const doc = extractFromHtmlDocument(
      parseHtmlDocument(
        '<html lang="nl"><body><main><h2>Zorg<script>window.x = 1;</script><style>h2{}</style> <svg><title>pijl</title></svg>dichtbij &lt;b&gt;huis&lt;/b&gt;</h2>' +
          '<details><summary>Meer <template><p>sjabloon</p></template>lezen</summary><p>Uitleg over jeugdhulp.</p></details></main></body></html>',
      ),
    );
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Zorg dichtbij <b>huis</b>'],
      ['heading', 'Meer lezen'],
      ['paragraph', 'Uitleg over jeugdhulp.'],
    ]);
  });
});
