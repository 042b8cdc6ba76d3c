import { describe, expect, it } from 'vitest';
import { textToDocument } from '../../../lib/extract/text';
import { detectLanguage, primaryLanguage } from '../../../lib/extract/language';

describe('textToDocument', () => {
  const text = [
    '# source: https://voorbeeld.nl/visie',
    '# region: Voorbeeldregio',
    '',
    '# Onze visie',
    '',
    'De regio gaat de wachttijden verkorten. Dat doen we samen',
    'met de aanbieders.',
    '',
    '## Wat we doen',
    '',
    '- minder regels',
    '* meer tijd voor gezinnen',
    '',
    'Een alinea met een woord dat breekt: jeugd-',
    'zorg.',
  ].join('\n');
  const doc = textToDocument(text, 'visie.txt');

  it('skips metadata lines and makes headings, paragraphs and list items with stable ids', () => {
    expect(doc.blocks.map((b) => [b.id, b.kind])).toEqual([
      ['b1', 'heading'],
      ['b2', 'paragraph'],
      ['b3', 'heading'],
      ['b4', 'listItem'],
      ['b5', 'listItem'],
      ['b6', 'paragraph'],
    ]);
    expect(doc.blocks[2]!.level).toBe(2);
    expect(doc.blocks[2]!.heading).toBe('Onze visie');
    expect(doc.blocks[3]!.heading).toBe('Wat we doen');
    expect(doc.title).toBe('Onze visie');
    expect(doc.url).toBe('visie.txt');
    expect(doc.source).toBe('text');
  });

  it('joins lines of a paragraph and words broken over lines', () => {
    expect(doc.blocks[1]!.text).toBe('De regio gaat de wachttijden verkorten. Dat doen we samen met de aanbieders.');
    expect(doc.blocks[5]!.text).toBe('Een alinea met een woord dat breekt: jeugdzorg.');
  });

  it('keeps a hyphen that is not a broken word, as the PDF reader does', () => {
    const joined = textToDocument('Ook zorg-\nen welzijnspartners, de GGZ-\ninstelling en 18-\njarigen doen mee.', 'x.txt');
    expect(joined.blocks[0]!.text).toBe('Ook zorg- en welzijnspartners, de GGZ-instelling en 18-jarigen doen mee.');
  });

  it('counts characters and words', () => {
    expect(doc.characters).toBe(10 + 76 + 11 + 13 + 23 + 47);
    expect(doc.words).toBe(2 + 13 + 3 + 2 + 4 + 8);
    expect(doc.language).toBe('nl');
  });
});

describe('a numbered line', () => {
  const kinds = (text: string) => textToDocument(text, 'x.txt').blocks.map((b) => [b.kind, b.text]);
  it('on its own, short and without a full stop, is a section heading that keeps its number', () => {
    expect(kinds('4. Samen beslissen over de hulp\n\nOuders beslissen mee over elk plan.')).toEqual([
      ['heading', '4. Samen beslissen over de hulp'],
      ['paragraph', 'Ouders beslissen mee over elk plan.'],
    ]);
  });
  it('next to other numbered lines, or ending in a full stop, is a list item', () => {
    expect(kinds('1. Aanmelden bij het wijkteam\n2. Een eerste gesprek thuis')).toEqual([
      ['listItem', 'Aanmelden bij het wijkteam'],
      ['listItem', 'Een eerste gesprek thuis'],
    ]);
    expect(kinds('Wat we doen:\n\n1. We bellen elk gezin binnen een week.')[1]).toEqual(['listItem', 'We bellen elk gezin binnen een week.']);
    expect(kinds('Wat we doen:\n\n1. Snelle hulp voor elk gezin')[1]).toEqual(['listItem', 'Snelle hulp voor elk gezin']);
  });
  it('as a heading keeps the lines that continue it', () => {
    expect(kinds('1. Aanmelden bij het\n   wijkteam van de gemeente\n\nU belt het wijkteam.')[0]).toEqual(['heading', '1. Aanmelden bij het wijkteam van de gemeente']);
  });
});

describe('primaryLanguage', () => {
  it('takes the language of a tag, in lower case', () => {
    expect(primaryLanguage('nl-NL')).toBe('nl');
    expect(primaryLanguage(' EN_gb ')).toBe('en');
    expect(primaryLanguage('')).toBe('');
    expect(primaryLanguage(null)).toBe('');
  });
});

describe('detectLanguage', () => {
  it('recognises Dutch, English and unknown text', () => {
    expect(detectLanguage('De gemeenten werken samen aan een regiovisie voor de jeugdhulp in de regio.')).toBe('nl');
    expect(detectLanguage('The municipalities work together on a regional vision for youth care in the region.')).toBe('en');
    expect(detectLanguage('Lorem ipsum dolor sit amet consectetur adipiscing')).toBe('');
  });
});

describe('the title of a text without a title or heading', () => {
  it('is the start of the first block, cut between words and never inside an emoji', () => {
    const first = `${'Wij willen dat ieder kind 👨‍👩‍👧 snel hulp krijgt, '.repeat(4)}dichtbij huis.`;
    const doc = textToDocument(`${first}\n\nTweede alinea.`, 'visie.txt');
    expect(doc.title.endsWith('…')).toBe(true);
    const block = doc.blocks[0]!.text;
    expect(block.startsWith(doc.title.slice(0, -1))).toBe(true);
    expect(block[doc.title.length - 1]).toBe(' '); // cut between words
    expect(doc.title).not.toMatch(/[\uD800-\uDBFF]…$/); // no half emoji before the ellipsis
    expect([...new Intl.Segmenter('nl', { granularity: 'grapheme' }).segment(doc.title)].length).toBeLessThanOrEqual(81);
  });

  it('is the file name for an empty file', () => {
    expect(textToDocument('', 'leeg.txt').title).toBe('leeg.txt');
  });
});
