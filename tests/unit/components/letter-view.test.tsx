/**
 * The letter view before "Maak de brief": how many verdicts are not checked yet (never
 * blocking), a way to the first one, and the LOC report as attachment 2 (a council setting).
 * The settings store and the browser are test doubles; the composer is real.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { CouncilSettings } from '@/lib/letter';
import { locChecklist } from '@/lib/checklist';
import { confirmItem, createSavedReview, setVerdict, type SavedReview } from '@/lib/review';
import { I18nProvider } from '@/components/i18n';
import { makeReview, T1 } from '../review/factory';

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

const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
beforeAll(() => {
  Object.assign(globalThis, { document, window, Node: window.Node, Element: window.Element, HTMLElement: window.HTMLElement, Event: window.Event });
});

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

async function show(saved: SavedReview, goTo: string[] = []) {
  const { LetterView } = await import('@/components/letter/LetterView');
  const root = document.getElementById('root')!;
  await act(async () => {
    render(
      <I18nProvider locale="nl">
        <LetterView saved={saved} onSaved={() => {}} onGoToItem={(id) => goTo.push(id)} />
      </I18nProvider>,
      root,
    );
  });
  await act(async () => {}); // the settings arrive
  return root;
}

afterEach(() => {
  act(() => render(null, document.getElementById('root')!));
  writes.length = 0;
});

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
