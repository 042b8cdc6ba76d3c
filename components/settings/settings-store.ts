import { storage } from 'wxt/utils/storage';
import type { CouncilSettings } from '@/lib/letter';

/**
 * The council's letter settings, stored locally in the browser (never synced, never sent).
 * Versioned so a later shape can migrate today's data.
 */
export const councilSettings = storage.defineItem<CouncilSettings | null>('local:councilSettings', {
  fallback: null,
  version: 1,
});
