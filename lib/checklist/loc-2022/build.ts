import type { Checklist } from '../types';
import { isObject, validateChecklist } from '../validate';
import { SPEC_ITEM_IDS } from '../spec-ids';

/**
 * Merges the texts (texts.json) and the search signals (signals.json) of the LOC checklist
 * into one Checklist, in the order of spec/checklist.md, and validates it.
 * Pure: takes the parsed JSON, so tests can pass in-memory data. Throws an Error that lists
 * every problem (in Dutch) when the data is incomplete or invalid.
 */
export function buildLocChecklist(texts: unknown, signals: unknown): Checklist {
  const errors: string[] = [];
  if (!isObject(texts)) throw new ChecklistLoadError(['texts.json is geen object.']);
  if (!isObject(signals)) throw new ChecklistLoadError(['signals.json is geen object met zoekwoorden per item.']);

  const textItems = texts.items;
  if (!isObject(textItems)) throw new ChecklistLoadError(['texts.json: het veld "items" moet een object zijn met een item per id.']);
  // { "<id>": {...} }; keys starting with $ or _ are comments.
  const signalIds = Object.keys(signals).filter((k) => !k.startsWith('$') && !k.startsWith('_'));

  const specIds: readonly string[] = SPEC_ITEM_IDS;
  for (const id of specIds) {
    if (!(id in textItems)) errors.push(`Item "${id}" ontbreekt in texts.json.`);
  }
  const order = [...specIds.filter((id) => id in textItems), ...Object.keys(textItems).filter((id) => !specIds.includes(id))];

  for (const id of signalIds) {
    if (!(id in textItems)) errors.push(`signals.json bevat zoekwoorden voor het onbekende item "${id}".`);
  }

  const items = order.map((id) => {
    const text = textItems[id];
    const base = isObject(text) ? text : {};
    let itemSignals = signals[id];
    if (itemSignals === undefined) {
      if (base.method === 'readability') {
        itemSignals = { strong: [], weak: [] };
      } else {
        errors.push(`Item "${id}": er staan geen zoekwoorden voor dit item in signals.json.`);
      }
    }
    // The id comes from the key; the signals from signals.json.
    return { ...base, id, signals: itemSignals };
  });

  if (errors.length > 0) throw new ChecklistLoadError(errors);

  const result = validateChecklist({
    ...(signals._otherDomains !== undefined ? { otherDomains: signals._otherDomains } : {}),
    ...(signals._childDomains !== undefined ? { childDomains: signals._childDomains } : {}),
    id: texts.id,
    version: texts.version,
    title: texts.title,
    source: texts.source,
    themes: texts.themes,
    items,
  });
  if (!result.ok) throw new ChecklistLoadError(result.errors);
  return result.checklist;
}

export class ChecklistLoadError extends Error {
  readonly errors: string[];
  constructor(errors: string[]) {
    super(`De LOC-checklist is ongeldig (${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'}):\n- ${errors.join('\n- ')}`);
    this.name = 'ChecklistLoadError';
    this.errors = errors;
  }
}
