export * from './types';
export { validateChecklist } from './validate';
export type { ChecklistValidation } from './validate';
export { SPEC_ITEM_IDS, READABILITY_ITEM_ID } from './spec-ids';
export type { SpecItemId } from './spec-ids';
export { itemsByTheme, getItem, itemTitles } from './helpers';
export { locChecklist, buildLocChecklist, ChecklistLoadError } from './loc-2022';
