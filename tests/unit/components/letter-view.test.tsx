/**
 * The letter view before "Maak de brief": how many verdicts are not checked yet (never
 * blocking), a way to the first one, and the LOC report as attachment 2 (a council setting).
 * The settings store and the browser are test doubles; the composer is real.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { CouncilSettings } from '@/lib/letter';
import { locChecklist } from '@/lib/checklist';
import { confirmItem, createSavedReview, setVerdict, type SavedReview } from '@/lib/review';
import { I18nProvider } from '@/components/i18n';
import { makeReview, T1 } from '../review/factory';
import { useDom } from '../dom';

let stored: CouncilSettings | null = null;
const writes: CouncilSettings[] = [];
vi.mock('@/components/settings/settings-store', () => ({
  councilSettings: {
    getValue: vi.fn(async () => stored),
    setValue: vi.fn(async (s: CouncilSettings) => {
      stored = s;
      writes.push(s);
    }),
    watch: vi.fn(() => () => {}),
  },
}));
vi.mock('wxt/browser', () => ({ browser: { runtime: { openOptionsPage: vi.fn() } } }));
vi.mock('@/components/save-file', () => ({ saveFile: vi.fn() }));

const { document, window } = useDom();

const settings = (): CouncilSettings => ({
  council: { name: 'Cliëntenraad Lindeveld', address: [], email: 'raad@example.nl', phone: '' },
  recipient: { municipality: 'Lindeveld', body: 'gemeenteraad', region: 'Regio Lindeveld' },
  signatories: [{ name: 'A. de Vries', role: 'voorzitter' }],
  contact: { name: 'C. Bakker', email: 'c.bakker@example.nl' },
  template: 'adviesbrief-gemeenteraad',
});

/** A review of the real checklist with every item deels. */
function review(): SavedReview {
  return createSavedReview(makeReview(locChecklist.items.map((it) => [it.id, it.theme, 'deels'] as const)), T1, 'https://example.nl/rv', 'Regiovisie Lindeveld');
}

async function show(saved: SavedReview, goTo: string[] = [], onSaved: (next: SavedReview) => void = () => {}) {
  const { LetterView } = await import('@/components/letter/LetterView');
  const root = document.getElementById('root')!;
  await act(async () => {
    render(
      <I18nProvider locale="nl">
        <LetterView saved={saved} onSaved={onSaved} onGoToItem={(id) => goTo.push(id)} />
      </I18nProvider>,
      root,
    );
  });
  await act(async () => {}); // the settings arrive
  return root;
}

afterEach(() => void (writes.length = 0));

describe('LetterView before the letter is made', () => {
  it('says how many points are not checked, offers the first one, and does not block "Maak de brief"', async () => {
    stored = settings();
    const ids = locChecklist.items.map((it) => it.id);
    let s = confirmItem(review(), ids[0]!, true, T1);
    s = setVerdict(s, ids[1]!, 'aanwezig', T1);
    const goTo: string[] = [];
    const root = await show(s, goTo);
    const notice = root.querySelector('[data-testid="letter-unchecked"]')!;
    expect(notice.textContent).toContain(`${ids.length - 2} van ${ids.length} punten zijn nog niet bekeken.`);
    const make = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Maak de brief (Word-bestand)')!;
    expect(make.disabled).toBe(false);
    act(() => (root.querySelector('[data-action="go-unchecked"]') as HTMLButtonElement).click());
    expect(goTo).toEqual([ids[2]]);
  });

  it('counts the unchecked points that rest on one vague word, and goes to the first of them', async () => {
    stored = settings();
    const ids = locChecklist.items.map((it) => it.id);
    let s = review();
    for (const i of [3, 5, 8]) s.automatic.items[i]!.faint = true;
    s = confirmItem(s, ids[3]!, true, T1);
    const goTo: string[] = [];
    let root = await show(s, goTo);
    expect(root.querySelector('[data-testid="letter-to-read"]')!.textContent).toBe(
      'Bij 2 daarvan steunt het oordeel op maar één zin. Lees die punten zeker na.',
    );
    act(() => (root.querySelector('[data-action="go-to-read"]') as HTMLButtonElement).click());
    expect(goTo).toEqual([ids[5]]);
    s = setVerdict(s, ids[5]!, 'ontbreekt', T1);
    act(() => render(null, root));
    root = await show(s);
    expect(root.querySelector('[data-testid="letter-to-read"]')!.textContent).toContain('Bij 1 daarvan');
    s = confirmItem(s, ids[8]!, true, T1);
    act(() => render(null, root));
    root = await show(s);
    expect(root.querySelector('[data-testid="letter-to-read"]')).toBeNull();
    expect(root.querySelector('[data-action="go-to-read"]')).toBeNull();
  });

  it('counts the unchecked aanwezig that one passage carries (single) with the faint ones, and goes to the first of both', async () => {
    stored = settings();
    const ids = locChecklist.items.map((it) => it.id);
    let s = review();
    for (const i of [2, 6]) {
      s.automatic.items[i]!.verdict = 'aanwezig';
      s.automatic.items[i]!.single = true;
    }
    s.automatic.items[4]!.faint = true;
    s.automatic.items[1]!.single = true; // a deels: not a point to read
    const goTo: string[] = [];
    let root = await show(s, goTo);
    const count = root.querySelector('[data-testid="letter-to-read"]')!;
    expect(count.getAttribute('data-to-read')).toBe('3');
    expect(count.textContent).toBe('Bij 3 daarvan steunt het oordeel op maar één zin. Lees die punten zeker na.');
    act(() => (root.querySelector('[data-action="go-to-read"]') as HTMLButtonElement).click());
    expect(goTo).toEqual([ids[2]]);
    s = confirmItem(s, ids[2]!, true, T1);
    s = setVerdict(s, ids[4]!, 'ontbreekt', T1);
    act(() => render(null, root));
    root = await show(s, goTo);
    expect(root.querySelector('[data-testid="letter-to-read"]')!.textContent).toBe('Bij 1 daarvan steunt het oordeel op maar één zin. Lees dat punt zeker na.');
    act(() => (root.querySelector('[data-action="go-to-read"]') as HTMLButtonElement).click());
    expect(goTo).toEqual([ids[2], ids[6]]);
    s = setVerdict(s, ids[6]!, 'deels', T1);
    act(() => render(null, root));
    root = await show(s);
    expect(root.querySelector('[data-testid="letter-to-read"]')).toBeNull();
  });

  it('says it in the singular for one, and that all are checked when none is left', async () => {
    stored = settings();
    const ids = locChecklist.items.map((it) => it.id);
    let s = review();
    for (const id of ids.slice(1)) s = confirmItem(s, id, true, T1);
    let root = await show(s);
    expect(root.querySelector('[data-testid="letter-unchecked"]')!.textContent).toContain(`1 van ${ids.length} punten is nog niet bekeken.`);
    s = confirmItem(s, ids[0]!, true, T1);
    act(() => render(null, root));
    root = await show(s);
    expect(root.querySelector('[data-testid="letter-unchecked"]')!.textContent).toBe(`U heeft alle ${ids.length} oordelen bekeken.`);
    expect(root.querySelector('[data-action="go-unchecked"]')).toBeNull();
  });

  it('lists the LOC report as attachment 2 by default; switching it off is stored with the council settings', async () => {
    stored = settings();
    const root = await show(review());
    const box = root.querySelector('#letter-attach-report') as HTMLInputElement;
    // linkedom has no `checked` property: Preact sets the attribute there.
    expect(box.checked === true || box.hasAttribute('checked')).toBe(true);
    expect(root.querySelector('.letter-preview')!.textContent).toContain('Bijlage 2: het rapport „Specialistische jeugdzorg. Knelpunten en aanbevelingen in beeld”, LOC, februari 2022');
    await act(async () => {
      box.checked = false;
      box.dispatchEvent(new window.Event('change', { bubbles: true }));
    });
    expect(writes.at(-1)).toEqual({ ...settings(), attachReport: false });
    await act(async () => {
      box.checked = true;
      box.dispatchEvent(new window.Event('change', { bubbles: true }));
    });
    expect(writes.at(-1)).toEqual(settings());
  });

  it('after the letter is made, reminds to send the LOC report along with its address; not when it is switched off', async () => {
    const { saveFile } = await import('@/components/save-file');
    for (const attach of [true, false]) {
      stored = attach ? settings() : { ...settings(), attachReport: false };
      const root = await show(review());
      const make = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Maak de brief (Word-bestand)')!;
      await act(async () => make.click());
      await vi.waitFor(() => expect(root.querySelector('[role="status"]')!.textContent).toContain('opgeslagen als'), { timeout: 20_000 });
      const reminder = root.querySelector('[data-testid="letter-report-reminder"]');
      if (attach) expect(reminder!.textContent).toBe('Vergeet niet het rapport van het LOC mee te sturen met de brief. U kunt de pdf downloaden via www.loc.nl/regionale-jz.');
      else expect(reminder).toBeNull();
      act(() => render(null, root));
    }
    expect(vi.mocked(saveFile)).toHaveBeenCalledTimes(2);
  });
});

describe('LetterView: a text that is no regiovisie, or short', () => {
  const PDF = 'Staat de regiovisie in een pdf? Kies die dan bij ‘Of kies een bestand’.';

  it('warns before the letter is made, with the reason, and points to choosing the PDF', async () => {
    stored = settings();
    const s = review();
    s.automatic = { ...s.automatic, looksLikeRegiovisie: false, notRegiovisie: 'ordinance', source: { ...s.automatic.source, words: 4000 } };
    const root = await show(s);
    const warning = root.querySelector('[data-testid="letter-text-warning"]')!;
    expect(warning.getAttribute('data-reason')).toBe('ordinance');
    expect(warning.hasAttribute('data-short')).toBe(false);
    expect([...warning.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Let op: deze tekst lijkt geen regiovisie. Het lijkt een verordening, met artikelen en leden.',
      PDF,
    ]);
    // before "Maak de brief", which it does not block
    const make = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Maak de brief (Word-bestand)')!;
    const all = [...root.querySelectorAll('*')];
    expect(all.indexOf(warning)).toBeLessThan(all.indexOf(make));
    expect(make.disabled).toBe(false);
  });

  it('warns when there is little text, with the number of words', async () => {
    stored = settings();
    const s = review();
    s.automatic = { ...s.automatic, source: { ...s.automatic.source, words: 577 } };
    const root = await show(s);
    const warning = root.querySelector('[data-testid="letter-text-warning"]')!;
    expect(warning.getAttribute('data-short')).toBe('true');
    expect([...warning.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Er staat weinig tekst in. Misschien staat de volledige regiovisie in een pdf of op een andere pagina. De getoetste tekst heeft 577 woorden.',
      PDF,
    ]);
  });

  it('says nothing for a regiovisie of normal length', async () => {
    stored = settings();
    const s = review();
    s.automatic = { ...s.automatic, source: { ...s.automatic.source, words: 6000 } };
    const root = await show(s);
    expect(root.querySelector('[data-testid="letter-text-warning"]')).toBeNull();
  });
});

describe('LetterView: what this letter is about and for', () => {
  it('shows the settings as placeholders and the page title as the name; changes go into the review', async () => {
    stored = settings();
    const saved: SavedReview[] = [];
    const root = await show(review(), [], (next) => saved.push(next));
    const input = (id: string) => root.querySelector(`#${id}`) as HTMLInputElement;
    expect(input('letter-municipality').getAttribute('placeholder')).toBe('Lindeveld');
    expect(input('letter-region').getAttribute('placeholder')).toBe('Regio Lindeveld');
    const name = input('letter-regiovisie-name');
    // linkedom has no `defaultValue` property: Preact sets the attribute there.
    expect(name.defaultValue || name.getAttribute('defaultValue')).toBe('Regiovisie Lindeveld');
    const radio = (a: string) => root.querySelector(`[data-addressee="${a}"]`) as HTMLInputElement;
    const isChecked = (r: HTMLInputElement) => r.checked === true || r.hasAttribute('checked');
    expect(isChecked(radio('gemeenteraad'))).toBe(true);
    expect(isChecked(radio('college van B&W'))).toBe(false);

    await act(async () => {
      input('letter-municipality').value = ' Zuiderveen ';
      input('letter-municipality').dispatchEvent(new window.Event('input', { bubbles: true }));
    });
    expect(saved.at(-1)!.municipality).toBe('Zuiderveen');
    await act(async () => {
      input('letter-regiovisie-name').value = 'Regiovisie Jeugdhulp Zuid';
      input('letter-regiovisie-name').dispatchEvent(new window.Event('input', { bubbles: true }));
    });
    expect(saved.at(-1)!.regiovisieName).toBe('Regiovisie Jeugdhulp Zuid');
    await act(async () => {
      radio('gemeenteraad en college van B&W').dispatchEvent(new window.Event('change', { bubbles: true }));
    });
    expect(saved.at(-1)!.addressee).toBe('gemeenteraad en college van B&W');
  });

  it('keeps the same fields while typing, and gives another review fresh fields', async () => {
    stored = settings();
    const first = review();
    let root = await show(first);
    const field = root.querySelector('#letter-municipality') as HTMLInputElement;
    field.value = 'Zuider';
    root = await show({ ...first, municipality: 'Zuider' });
    expect(root.querySelector('#letter-municipality')).toBe(field);
    expect(field.value).toBe('Zuider');

    const other = createSavedReview(first.automatic, T1, 'https://example.nl/andere-regio', 'Regiovisie Noordveen');
    expect(other.key).not.toBe(first.key);
    root = await show(other);
    const fresh = root.querySelector('#letter-regiovisie-name') as HTMLInputElement;
    expect(root.querySelector('#letter-municipality')).not.toBe(field);
    expect(fresh.defaultValue || fresh.getAttribute('defaultValue')).toBe('Regiovisie Noordveen');
  });

  it("the review's own values decide the letter in the preview", async () => {
    stored = settings();
    const s = { ...review(), municipality: 'Zuiderveen', addressee: 'gemeenteraad en college van B&W' as const, regiovisieName: 'Regiovisie Jeugdhulp Zuid' };
    const root = await show(s);
    const preview = root.querySelector('.letter-preview')!.textContent!;
    expect(preview).toContain('Aan de gemeenteraad en het college van burgemeester en wethouders van Zuiderveen');
    expect(preview).toContain('Advies over de regiovisie „Regiovisie Jeugdhulp Zuid”');
    const radio = root.querySelector('[data-addressee="gemeenteraad en college van B&W"]') as HTMLInputElement;
    expect(radio.checked === true || radio.hasAttribute('checked')).toBe(true);
  });
});
