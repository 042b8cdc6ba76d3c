import { describe, expect, it } from 'vitest';
import * as review from '../../../lib/review';

describe('lib/review index', () => {
  it('exports the whole public API', () => {
    for (const name of [
      'findQuote',
      'normaliseForMatch',
      'buildTextIndex',
      'toOriginalRange',
      'normaliseUrl',
      'createSavedReview',
      'effectiveVerdict',
      'setVerdict',
      'setToelichting',
      'setPrivateNote',
      'firstUnreviewed',
      'toReadUnreviewed',
      'isToRead',
      'migrateV1ToV2',
      'migrateV2ToV3',
      'replaceSources',
      'mergeSourceDocuments',
      'sourceOfQuote',
      'addOwnEvidence',
      'removeOwnEvidence',
      'confirmItem',
      'recheck',
      'progress',
      'countsByTheme',
      'filterItems',
      'migrate',
      'upgradeStored',
      'exportReview',
      'parseReviewImport',
      'importConflict',
      'reviewFileName',
      'validateSavedReview',
    ]) {
      expect(typeof (review as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(review.STORAGE_VERSION).toBe(3);
    // renamed when the single mark joined faint: no second name for the same list
    expect((review as Record<string, unknown>).faintUnreviewed).toBeUndefined();
  });
});
