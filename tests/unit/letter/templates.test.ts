import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeLetter } from '../../../lib/letter/compose';
import { fillPlaceholders, findPlaceholders, isKnownPlaceholder, PLACEHOLDERS } from '../../../lib/letter/placeholders';
import { builtInTemplates, getTemplate, loadTemplate, templateOrDefault } from '../../../lib/letter/templates';
import { allStrings, councilSettings, makeChecklist, makeReview, mixed, NOW } from './fixtures';

const templatesDir = new URL('../../../templates/', import.meta.url);
const base = () => JSON.parse(readFileSync(new URL('adviesbrief-gemeenteraad.json', templatesDir), 'utf8')) as Record<string, any>;

function errors(data: unknown): string[] {
  const r = loadTemplate(data);
  return r.ok ? [] : r.errors;
}

describe('built-in templates', () => {
  it('every file in templates/ loads and is built in', () => {
    const files = readdirSync(templatesDir).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(['adviesbrief-gemeenteraad.json', 'korte-aanbiedingsbrief.json']);
    for (const f of files) {
      const data = JSON.parse(readFileSync(new URL(f, templatesDir), 'utf8'));
      const r = loadTemplate(data);
      expect(r.ok, r.ok ? '' : r.errors.join('\n')).toBe(true);
      expect(getTemplate(data.id)).toBeDefined();
      expect(`${data.id}.json`).toBe(f);
    }
    expect(builtInTemplates.map((t) => t.id)).toEqual(['adviesbrief-gemeenteraad', 'korte-aanbiedingsbrief']);
  });

  it('have the expected shape', () => {
    for (const t of builtInTemplates) {
      expect(t.subject).toContain('{regiovisieTitel}');
      expect(t.salutation).toMatch(/^Geachte leden van \{deOntvanger\} van \{gemeente\},$/);
      expect(t.closing).toBe('Met vriendelijke groet,');
      expect(t.attachments).toEqual(['Bijlage 1: Toetsingsrapport regiovisie']);
      expect(t.sections.some((s) => s.kind === 'request')).toBe(true);
      expect(t.title.length).toBeGreaterThan(5);
      expect(t.description.length).toBeGreaterThan(20);
    }
    expect(getTemplate('adviesbrief-gemeenteraad')!.sections.some((s) => s.kind === 'themes')).toBe(true);
  });
});

describe('templateOrDefault', () => {
  it('gives the chosen template, or the advice letter for none or an unknown id', () => {
    expect(templateOrDefault('korte-aanbiedingsbrief').id).toBe('korte-aanbiedingsbrief');
    expect(templateOrDefault(undefined).id).toBe('adviesbrief-gemeenteraad');
    expect(templateOrDefault('verwijderd-sjabloon').id).toBe('adviesbrief-gemeenteraad');
  });
});

describe('loadTemplate', () => {
  it('rejects an unknown placeholder and names it with its section', () => {
    const t = base();
    t.sections[0].text = 'Beste {foo}, wij schrijven u over {gemeente}.';
    expect(errors(t)).toEqual(['Onbekende invulplek "{foo}" in sectie "opening".']);
  });

  it('checks subject, salutation, closing, attachments, headings and request items too', () => {
    const t = base();
    t.subject = 'Over {titel}';
    t.salutation = 'Beste {lezer},';
    t.attachments = ['Bijlage 1: {rapport}'];
    t.sections[1].heading = 'Kop met {kop}';
    t.sections.find((s: any) => s.kind === 'request').items.push('en {iets}');
    expect(errors(t)).toEqual([
      'Onbekende invulplek "{titel}" in het onderwerp.',
      'Onbekende invulplek "{lezer}" in de aanhef.',
      'Onbekende invulplek "{rapport}" in bijlage 1.',
      'Onbekende invulplek "{kop}" in sectie "aanpak".',
      'Onbekende invulplek "{iets}" in sectie "verzoek".',
    ]);
  });

  it('accepts per-theme counts and rejects unknown themes', () => {
    const t = base();
    t.sections[0].text = '{aantalOntbreekt.passend} van {aantalItems.passend} bij {thema.passend}.';
    expect(errors(t)).toEqual([]);
    t.sections[0].text = '{aantalOntbreekt.onbekend}';
    expect(errors(t)).toEqual(['Onbekende invulplek "{aantalOntbreekt.onbekend}" in sectie "opening".']);
  });

  it('rejects stray braces, unknown kinds, duplicate ids and missing fields', () => {
    const t = base();
    t.sections[0].text = 'Een losse { accolade';
    t.sections[1].kind = 'gedicht';
    t.sections[2].id = 'opening';
    delete t.subject;
    const errs = errors(t);
    expect(errs).toContain('Er staat een losse accolade ({ of }) in sectie "opening".');
    expect(errs).toContain('Sectie "aanpak" heeft een onbekende soort "gedicht". Kies uit: text, themes, overview, request.');
    expect(errs).toContain('De id "opening" komt twee keer voor.');
    expect(errs).toContain('Vul de tekst in het onderwerp in.');
    expect(errors('tekst')).toEqual(['Dit briefsjabloon is geen geldig JSON-object.']);
    expect(errors({ ...base(), sections: [] })).toEqual(['Het sjabloon heeft geen secties.']);
  });
});

describe('placeholders', () => {
  it('finds and fills names; leaves unknown ones, marks empty known ones', () => {
    expect(findPlaceholders('a {gemeente} b {x y} c')).toEqual(['gemeente', 'x y']);
    expect(isKnownPlaceholder('gemeente')).toBe(true);
    expect(isKnownPlaceholder('toString')).toBe(false);
    expect(fillPlaceholders('{gemeente}, {regio}, {onbekend}', { gemeente: 'Voorbeeldstad' })).toBe('Voorbeeldstad, [regio], {onbekend}');
    expect(Object.keys(PLACEHOLDERS)).toEqual(expect.arrayContaining(['gemeente', 'ontvanger', 'regio', 'raad', 'datum', 'regiovisieTitel', 'regiovisieUrl', 'datumGetoetst', 'aantalAanwezig', 'aantalDeels', 'aantalOntbreekt', 'contactpersoon', 'contactEmail', 'aantalAanwezig.vertrouwen']));
  });

  it('every placeholder gets a value from composeLetter', () => {
    const checklist = makeChecklist();
    const text = Object.keys(PLACEHOLDERS).map((n) => `${n}=<{${n}}>`).join(' ');
    const t = base();
    t.sections = [{ id: 'alles', kind: 'text', text }];
    const r = loadTemplate(t);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const l = composeLetter(makeReview(checklist, mixed), checklist, councilSettings(), r.template, NOW);
    const out = allStrings(l.body).join(' ');
    expect(out).not.toMatch(/<\[[^\]]*\]>/); // no "[name]" gaps
    expect(out).not.toMatch(/[{}]/);
    expect(out).toContain('bronDatum=<februari 2022>');
    expect(out).toContain('thema.passend=<Organiseer de zorg passend en toegankelijk>');
    expect(out).toContain('aantalItems.passend=<2>');
  });
});
