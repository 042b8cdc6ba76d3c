import { describe, expect, it } from 'vitest';
import { SetAsideList } from '@/components/review/SetAsideList';
import type { SetAsideSummary } from '@/lib/review/panel-state';
import { useDom } from '../dom';
import { renderView } from './render';

const { root } = useDom();

const ASIDE: SetAsideSummary[] = [
  { storageKey: 'corrupt:2026-12-04T10:00:00.000Z:example.nl/a', address: 'example.nl/a', movedAt: '2026-12-04T10:00:00.000Z' },
  { storageKey: 'corrupt:2026-12-03T10:00:00.000Z:', address: '', movedAt: '2026-12-03T10:00:00.000Z' },
];

function show(list: SetAsideSummary[], confirmDelete: string | null, calls: string[] = []) {
  renderView(<SetAsideList list={list} confirmDelete={confirmDelete} onExport={(k) => calls.push(`export:${k}`)} onAskDelete={(k) => calls.push(`ask:${k}`)} onDelete={(k) => calls.push(`delete:${k}`)} />);
  return calls;
}

describe('SetAsideList', () => {
  it('shows nothing when nothing was set aside', () => {
    show([], null);
    expect(root().textContent).toBe('');
  });

  it('says plainly what happened, per review with its address, and offers to save or delete it', () => {
    const calls = show(ASIDE, null);
    expect(root().querySelector('h3')!.textContent).toBe('Beschadigde toetsingen');
    expect(root().textContent).toContain('konden niet meer worden gelezen');
    expect(root().textContent).toContain('onbekend adres');
    const exportButton = root().querySelector<HTMLButtonElement>('[data-action="aside-export"]')!;
    expect(exportButton.getAttribute('aria-label')).toBe('Sla de beschadigde toetsing op als bestand: example.nl/a');
    exportButton.click();
    root().querySelector<HTMLButtonElement>('[data-action="aside-delete"]')!.click();
    expect(calls).toEqual([`export:${ASIDE[0]!.storageKey}`, `ask:${ASIDE[0]!.storageKey}`]);
  });

  it('deletes only after "Ja, verwijder"', () => {
    const calls = show(ASIDE, ASIDE[0]!.storageKey);
    expect(root().querySelector('#aside-question')!.textContent).toContain('example.nl/a');
    root().querySelector<HTMLButtonElement>('[data-action="aside-delete-yes"]')!.click();
    expect(calls).toEqual([`delete:${ASIDE[0]!.storageKey}`]);
  });
});
