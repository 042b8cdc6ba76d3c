import { describe, expect, it } from 'vitest';
import { chosenFileUrl, createSavedReview, isFileKey, isSameDocument, normaliseUrl, numberedFileName } from '@/lib/review';
import { makeEvidence, makeReview, T1 } from './factory';

describe('chosenFileUrl', () => {
  it('keeps a plain name, and marks a name that looks like a URL as a file', () => {
    expect(chosenFileUrl('Regiovisie Zuiderveld.pdf')).toBe('Regiovisie Zuiderveld.pdf');
    for (const name of ['v2:regiovisie.pdf', 'Regiovisie:2025.pdf', 'https:x.pdf']) {
      const key = normaliseUrl(chosenFileUrl(name));
      expect(isFileKey(key), name).toBe(true);
      expect(key).toBe(`file:${name}`);
    }
  });
});

describe('numberedFileName', () => {
  it('numbers before the extension', () => {
    expect(numberedFileName('download.pdf', 1)).toBe('download.pdf');
    expect(numberedFileName('download.pdf', 2)).toBe('download (2).pdf');
    expect(numberedFileName('regio.visie.txt', 3)).toBe('regio.visie (3).txt');
    expect(numberedFileName('.verborgen', 2)).toBe('.verborgen (2)');
    expect(numberedFileName('zonder-extensie', 2)).toBe('zonder-extensie (2)');
  });
});

describe('isSameDocument', () => {
  const quotes = [
    'Elk gezin krijgt één vaste contactpersoon.',
    'De wachttijd is nooit langer dan zes weken.',
    'Jongeren praten mee over de inkoop van zorg.',
    'We werken met de regio samen aan één aanbod.',
  ];
  function stored(title = 'Regiovisie Zuiderveld') {
    const review = makeReview([['passend.wachttijd', 'passend', 'aanwezig']]);
    review.items[0]!.evidence = quotes.map((quote) => makeEvidence({ quote }));
    return createSavedReview(review, T1, 'download.pdf', title);
  }
  const blocks = (texts: string[]) => texts.map((text) => ({ text }));

  it('knows a new version of the file: most quotes are still in it, however it is spaced or cased', () => {
    const revised = blocks(['Inleiding', 'ELK GEZIN krijgt  één vaste\ncontactpersoon. En meer.', quotes[1]!, 'De wachttijd wordt korter.', quotes[3]!]);
    expect(isSameDocument(stored(), { title: 'Andere titel', blocks: revised })).toBe(true);
  });

  it('tells another region\'s file with the same name apart', () => {
    const other = blocks(['Regiovisie Haaglanden', 'Wij kopen zorg in met de buurgemeenten.', 'Gezinnen krijgen snel hulp.']);
    expect(isSameDocument(stored(), { title: 'Regiovisie Zuiderveld', blocks: other })).toBe(false);
    // Exactly half of the quotes still counts as the same document.
    expect(isSameDocument(stored(), { title: 'x', blocks: blocks([quotes[0]!, quotes[2]!]) })).toBe(true);
    expect(isSameDocument(stored(), { title: 'x', blocks: blocks([quotes[0]!]) })).toBe(false);
  });

  it('compares titles when the review has too few quotes', () => {
    const few = createSavedReview(makeReview([['passend.wachttijd', 'passend', 'ontbreekt']]), T1, 'download.pdf', 'Regiovisie Zuiderveld');
    expect(isSameDocument(few, { title: 'regiovisie  zuiderveld', blocks: [] })).toBe(true);
    expect(isSameDocument(few, { title: 'Regiovisie Haaglanden', blocks: [] })).toBe(false);
  });
});
