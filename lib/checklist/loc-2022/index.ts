/**
 * The LOC checklist (LOC Waardevolle zorg, "Specialistische jeugdzorg. Knelpunten en
 * aanbevelingen in beeld", februari 2022): texts.json (titles, explanations, letter sentences)
 * merged with signals.json (search terms), validated when this module loads.
 *
 * Both JSON files are required. If signals.json is missing, importing this module fails with
 * "Cannot find module './signals.json'"; if it is incomplete or invalid, it throws a
 * ChecklistLoadError that lists every problem.
 */
import texts from './texts.json';
import signals from './signals.json';
import { buildLocChecklist } from './build';
import type { Checklist } from '../types';

export { buildLocChecklist, ChecklistLoadError } from './build';

export const locChecklist: Checklist = buildLocChecklist(texts, signals);
