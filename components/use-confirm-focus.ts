import { useEffect, useRef } from 'preact/hooks';

/**
 * Keyboard focus follows a "Verwijder?" question (ConfirmBox) in a list of `li.saved` items with
 * `data-key`: to "Nee" (`${action}-no`) when it appears, back to its `action` button after "Nee",
 * or to the heading `headingId` when the item is gone after "Ja". Only for items of this `list`
 * (`keyOf` gives their key): the question may belong to another list on the same screen.
 */
export function useConfirmFocus<T>(
  box: { readonly current: HTMLElement | null },
  asking: string | null,
  list: readonly T[] | null,
  keyOf: (item: T) => string,
  action: string,
  headingId: string,
): void {
  const asked = useRef<string | null>(null);
  useEffect(() => {
    const find = (key: string, name: string) =>
      [...(box.current?.querySelectorAll<HTMLElement>('li.saved') ?? [])].find((li) => li.dataset.key === key)?.querySelector<HTMLElement>(`[data-action="${name}"]`);
    const mine = asking !== null && (list?.some((item) => keyOf(item) === asking) ?? false);
    if (mine) find(asking, `${action}-no`)?.focus();
    else if (asked.current) (find(asked.current, action) ?? document.getElementById(headingId))?.focus();
    asked.current = mine ? asking : null;
  }, [asking, list]);
}
