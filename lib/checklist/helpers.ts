import type { Checklist, ChecklistItem, Theme } from './types';

/** The checklist's themes, each with its items, in checklist order. Themes without items are kept. */
export function itemsByTheme(checklist: Checklist): { theme: Theme; items: ChecklistItem[] }[] {
  return checklist.themes.map((theme) => ({
    theme,
    items: checklist.items.filter((item) => item.theme === theme.id),
  }));
}

/** The item with this id, or undefined. */
export function getItem(checklist: Checklist, id: string): ChecklistItem | undefined {
  return checklist.items.find((item) => item.id === id);
}

/** The title of an item by its id (the id itself for an item the checklist does not have), looked up in a map made once. */
export function itemTitles(checklist: Checklist): (id: string) => string {
  const titles = new Map(checklist.items.map((item) => [item.id, item.title]));
  return (id) => titles.get(id) ?? id;
}
