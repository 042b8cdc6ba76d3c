import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { getItem, locChecklist } from '@/lib/checklist';
import { confirmItem, effectiveVerdict, setVerdict, type SavedReview } from '@/lib/review';
import { ItemCard } from '@/components/review/ItemCard';
import { quoteStart } from '@/lib/review/show-on-page';
import { makeEvidence, makeReview, T1 } from '../review/factory';
import { createSavedReview } from '@/lib/review';
import { useDom } from '../dom';
import { renderView } from './render';

const { window } = useDom();

const ITEM_ID = locChecklist.items[0]!.id;
const item = getItem(locChecklist, ITEM_ID)!;

function saved(): SavedReview {
  const review = makeReview([[ITEM_ID, item.theme, 'deels']]);
  review.items[0]!.evidence = [makeEvidence({ quote: 'Kinderen en ouders krijgen één vast contactpersoon voor alle vragen over de hulp die zij krijgen.' }), makeEvidence({ quote: 'Tweede passage.' })];
  return createSavedReview(review, T1, 'https://example.nl/rv', 'Regiovisie');
}

/** Render the card (open unless `open` is false); `fromFile`: as for a review of a chosen file (no page to show quotes on). */
function show(s: SavedReview, calls: string[] = [], fromFile = false, open = true) {
  return renderView(
    <ul>
      <ItemCard
        item={item}
        result={s.automatic.items[0]!}
        effective={effectiveVerdict(s, ITEM_ID)!}
        decision={s.decisions[ITEM_ID]}
        open={open}
        onToggle={() => calls.push('toggle')}
        onVerdict={(v) => calls.push(`verdict:${v}`)}
        onConfirm={(c) => calls.push(`confirm:${c}`)}
        onToelichting={(n) => calls.push(`toelichting:${n}`)}
        onPrivateNote={(n) => calls.push(`privateNote:${n}`)}
        onShow={fromFile ? undefined : (q) => calls.push(`show:${q.length}`)}
        onAddSelection={fromFile ? undefined : () => calls.push('selection')}
        onRemoveOwn={(i) => calls.push(`remove:${i}`)}
      />
    </ul>,
  );
}

describe('ItemCard', () => {
  it('shows the verdict as text, the title and the explanation', () => {
    const root = show(saved());
    expect(root.querySelector('h4 .item-title')!.textContent).toBe(item.title);
    expect(root.querySelector('.verdict')!.textContent).toBe('Deels');
    expect(root.querySelector('.explanation p')!.textContent).toBe(item.explanation);
    expect(root.querySelector('.by-hand')).toBeNull();
  });

  it('closed, is one line: title, verdict and the start of the first quote, on a button that opens it', () => {
    const calls: string[] = [];
    const root = show(saved(), calls, false, false);
    const toggle = root.querySelector('[data-action="toggle-item"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector(`#${toggle.getAttribute('aria-controls')}`)!.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('.item-quote')!.textContent).toBe(`“${quoteStart('Kinderen en ouders krijgen één vast contactpersoon voor alle vragen over de hulp die zij krijgen.', 90)}”`);
    act(() => void toggle.dispatchEvent(new window.Event('click', { bubbles: true })));
    expect(calls).toEqual(['toggle']);
    expect(show(saved()).querySelector('.item-quote')).toBeNull();
  });

  it('names every button after what it does and for which item or quote', () => {
    const root = show(saved());
    // The summary button that folds the card is named by its own text: the title first.
    expect(root.querySelector('[data-action="toggle-item"]')!.textContent!.startsWith(item.title)).toBe(true);
    const named = root.querySelectorAll('button:not([data-action="toggle-item"])');
    const labels = [...named].map((b) => b.getAttribute('aria-label'));
    expect(labels).toContain(`Toon op pagina: ${quoteStart('Kinderen en ouders krijgen één vast contactpersoon voor alle vragen over de hulp die zij krijgen.')}`);
    expect(labels).toContain(`Toon alles op pagina: ${item.title}`);
    expect(labels).toContain(`Klopt: ${item.title}`);
    expect(labels).toContain(`Gebruik selectie als bewijs: ${item.title}`);
    // Label in name: the visible text starts the accessible name.
    for (const b of named) expect(b.getAttribute('aria-label')!.startsWith(b.textContent!.trim())).toBe(true);
    expect(root.querySelector('select')!.getAttribute('aria-label')).toBe(`Uw oordeel over: ${item.title}`);
    const toelichting = root.querySelector('textarea[data-action="toelichting"]')!;
    expect(root.querySelector(`label[for="${toelichting.id}"]`)!.textContent).toContain('Toelichting voor de brief');
    const note = root.querySelector('textarea[data-action="private-note"]')!;
    expect(root.querySelector(`label[for="${note.id}"]`)!.textContent).toContain('Notitie voor uzelf');
  });

  it('says under each text field where its text ends up, and tells the two apart when typing', () => {
    const calls: string[] = [];
    const root = show(saved(), calls);
    const toelichting = root.querySelector<HTMLTextAreaElement>('textarea[data-action="toelichting"]')!;
    const note = root.querySelector<HTMLTextAreaElement>('textarea[data-action="private-note"]')!;
    const help = (field: Element) => root.querySelector(`#${field.getAttribute('aria-describedby')}`)!.textContent!;
    expect(help(toelichting)).toBe('Deze tekst komt in de brief en in de bijlage, bij dit punt.');
    expect(help(note)).toMatch(/^Deze notitie komt nooit in de brief of de bijlage\. Ze blijft in deze browser\./);
    act(() => {
      toelichting.value = 'Voor de raad';
      toelichting.dispatchEvent(new window.Event('input', { bubbles: true }));
      note.value = 'Navragen';
      note.dispatchEvent(new window.Event('input', { bubbles: true }));
    });
    expect(calls).toEqual(['toelichting:Voor de raad', 'privateNote:Navragen']);
  });

  it('shows the stored toelichting and private note each in its own field', () => {
    const s = saved();
    s.decisions[ITEM_ID] = { toelichting: 'Brieftekst', privateNote: 'Geheim', updatedAt: T1.toISOString() };
    const root = show(s);
    expect(root.querySelector<HTMLTextAreaElement>('textarea[data-action="toelichting"]')!.value).toBe('Brieftekst');
    expect(root.querySelector<HTMLTextAreaElement>('textarea[data-action="private-note"]')!.value).toBe('Geheim');
  });

  it('marks a verdict set by hand and keeps the automatic verdict visible', () => {
    const root = show(setVerdict(saved(), ITEM_ID, 'ontbreekt', T1));
    expect(root.querySelector('.verdict')!.textContent).toBe('Ontbreekt');
    expect(root.querySelector('.by-hand')!.textContent).toBe('aangepast door u');
    expect(root.querySelector('.automatic')!.textContent).toBe('Automatisch: deels');
    expect(root.querySelector('[data-action="reset"]')).not.toBeNull();
    expect(root.querySelector('[data-action="confirm"]')).toBeNull();
  });

  it('a deels on one vague word (faint) asks to read the quote, until it is confirmed or changed', () => {
    const s = saved();
    s.automatic.items[0]!.faint = true;
    s.automatic.items[0]!.basis = 'arrangement';
    const root = show(s);
    expect(root.querySelector('.verdict-line .to-read')!.textContent).toBe('Lees dit na');
    expect(root.querySelector('.to-read-hint')!.textContent).toBe('Lees het citaat. Gaat het echt over dit punt? Zo niet, kies dan ‘Ontbreekt’.');
    expect(root.querySelector('.why')!.textContent).toBe('Maar één keer genoemd, met een woord dat ook iets anders kan betekenen.');
    for (const done of [confirmItem(s, ITEM_ID, true, T1), setVerdict(s, ITEM_ID, 'ontbreekt', T1)]) {
      const r = show(done);
      expect(r.querySelector('.to-read')).toBeNull();
      expect(r.querySelector('.to-read-hint')).toBeNull();
    }
    // once confirmed, the kind of passage explains the verdict (as in the letter's appendix)
    expect(show(confirmItem(s, ITEM_ID, true, T1)).querySelector('.why')!.textContent).toBe('Het onderwerp wordt alleen kort of in algemene woorden genoemd.');
    // without the flag, or on a verdict other than deels (an edited file): no question
    expect(show(saved()).querySelector('.to-read')).toBeNull();
    const odd = saved();
    odd.automatic.items[0]!.verdict = 'aanwezig';
    odd.automatic.items[0]!.faint = true;
    expect(show(odd).querySelector('.to-read')).toBeNull();
  });

  it('an aanwezig that one passage carries (single) asks the same, with its own hint and explanation, until it is confirmed or changed', () => {
    const s = saved();
    s.automatic.items[0]!.verdict = 'aanwezig';
    s.automatic.items[0]!.single = true;
    s.automatic.items[0]!.basis = 'commitment';
    const root = show(s);
    expect(root.querySelector('.verdict-line .to-read')!.textContent).toBe('Lees dit na');
    expect(root.querySelector('.to-read-hint')!.textContent).toBe(
      'Lees het citaat. Staat er echt een afspraak van de regio over dit punt? Zo niet, kies dan ‘Deels’.',
    );
    expect(root.querySelector('.why')!.textContent).toBe('Gevonden: een eigen afspraak of plan van de regio. Maar alleen deze ene zin zegt dat.');
    // closed, the card still carries the mark on its one line
    expect(show(s, [], false, false).querySelector('.verdict-line .to-read')!.textContent).toBe('Lees dit na');
    for (const done of [confirmItem(s, ITEM_ID, true, T1), setVerdict(s, ITEM_ID, 'deels', T1)]) {
      const r = show(done);
      expect(r.querySelector('.to-read')).toBeNull();
      expect(r.querySelector('.to-read-hint')).toBeNull();
    }
    expect(show(confirmItem(s, ITEM_ID, true, T1)).querySelector('.why')!.textContent).toBe('Gevonden: een eigen afspraak of plan van de regio.');
    // single on a deels (an edited file): no question
    const odd = saved();
    odd.automatic.items[0]!.single = true;
    expect(show(odd).querySelector('.to-read')).toBeNull();
  });

  it('cuts long quotes at a word for the accessible name', () => {
    expect(quoteStart('kort')).toBe('kort');
    const long = quoteStart('een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien');
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(61);
  });

  it('for a chosen PDF: gives each quote its page and offers nothing to show on a page', () => {
    const s = saved();
    s.automatic.items[0]!.evidence = s.automatic.items[0]!.evidence.map((e, i) => ({ ...e, page: i + 3 }));
    const root = show(s, [], true);
    expect([...root.querySelectorAll('.evidence-page')].map((p) => p.textContent)).toEqual(['Bladzijde 3', 'Bladzijde 4']);
    expect(root.querySelectorAll('[data-action="show"], [data-action="show-all"], [data-action="use-selection"]').length).toBe(0);
    // A page's review keeps its buttons, and has no page numbers.
    const page = show(saved());
    expect(page.querySelectorAll('[data-action="show"]').length).toBe(2);
    expect(page.querySelectorAll('[data-action="use-selection"]').length).toBe(1);
    expect(page.querySelectorAll('.evidence-page').length).toBe(0);
  });
});

describe('ItemCard: why the verdict', () => {
  it('says what kind of passage the verdict stands on, and labels each quote with its kind', () => {
    const s = saved();
    const r = s.automatic.items[0]!;
    r.basis = 'question';
    r.evidence[0]!.kind = 'question';
    r.evidence[1]!.kind = 'heading';
    const root = show(s);
    expect(root.querySelector('.why')!.textContent).toBe('Genoemd in een vraag.');
    const kinds = [...root.querySelectorAll('.evidence-kind')].map((p) => p.textContent);
    expect(kinds).toEqual(['Soort passage: Vraag', 'Soort passage: Kopje']);
  });

  it('a hand-set verdict keeps the automatic explanation, marked as automatic', () => {
    let s = saved();
    s.automatic.items[0]!.basis = 'national';
    s = setVerdict(s, ITEM_ID, 'aanwezig', T1);
    const root = show(s);
    expect(root.querySelector('.why')!.textContent).toBe(
      'Automatisch oordeel: Landelijke afspraak, geen eigen afspraak van de regio.',
    );
  });

  it('shows no explanation or kind for a review stored before passage kinds existed', () => {
    const root = show(saved());
    expect(root.querySelector('.why')).toBeNull();
    expect(root.querySelector('.evidence-kind')).toBeNull();
  });
});
