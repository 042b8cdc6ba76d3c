import { describe, expect, it } from 'vitest';
import { documentNotices, MIN_WORDS } from '@/lib/extract/problems';
import type { ExtractedDocument } from '@/lib/extract/types';

const doc = (over: Partial<ExtractedDocument>): ExtractedDocument => ({
  title: 't', url: 'u', language: 'nl', source: 'html', blocks: [], characters: 5000, words: MIN_WORDS, ...over,
});

describe('documentNotices', () => {
  it('has nothing to say about a readable Dutch page', () => {
    expect(documentNotices(doc({}))).toEqual([]);
  });

  it('says too little text as an error, and the other problems as warnings with their figures', () => {
    expect(documentNotices(doc({ words: MIN_WORDS - 1 }))).toEqual([{ problem: 'empty', kind: 'error', message: { key: 'error.empty' } }]);
    expect(documentNotices(doc({ language: 'en', truncated: true, simplified: true }))).toEqual([
      { problem: 'notDutch', kind: 'warning', message: { key: 'error.notDutch' } },
      { problem: 'truncated', kind: 'warning', message: { key: 'error.truncated', params: { characters: 5000 } } },
      { problem: 'simplified', kind: 'warning', message: { key: 'error.simplified' } },
    ]);
  });
});
