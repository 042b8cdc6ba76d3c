/**
 * Fake services for the panel's hooks (entrypoints/sidepanel/services.ts): a tab with a page,
 * storage in a Map, a file reader and a download that only record what happened. No module
 * mocks: the hooks get these passed in.
 */
import { vi } from 'vitest';
import type { ExtractedDocument } from '@/lib/extract/types';
import type { Result } from '@/lib/messages';
import { analyze } from '@/lib/check';
import { locChecklist } from '@/lib/checklist';
import type { ContentRequests } from '@/lib/messages';
import { summaryOf, type ReviewSummary } from '@/lib/review/review-index';
import type { SavedReview } from '@/lib/review';
import type { PanelServices } from '@/entrypoints/sidepanel/services';
import type { ReadResult } from '@/lib/review/panel-state';

export interface FakeWorld {
  services: PanelServices;
  tab: { id: number; url?: string; title?: string } | null;
  stored: Map<string, SavedReview>;
  /** Keys whose stored data is damaged: reading them fails and sets them aside (see `aside`). */
  damaged: Set<string>;
  /** Data set aside, by storage key. */
  aside: Map<string, { key: string; movedAt: string; problem: string; data: unknown }>;
  /** The page as read from the tab (the content script's copy, read in the worker). */
  read: Result<ExtractedDocument>;
  /** What the content script answers, per request type. */
  answers: Partial<{ [K in keyof ContentRequests]: ContentRequests[K]['response'] }>;
  downloads: { name: string; text: Promise<string> }[];
  /** Fires the panel's tab listener (a tab switch or a page load). */
  tabEvent(): void;
}

export function fakeWorld(page: ExtractedDocument, fileDoc: ExtractedDocument = page): FakeWorld {
  let listener: () => void = () => {};
  const world: FakeWorld = {
    tab: { id: 1, url: page.url, title: page.title },
    stored: new Map(),
    damaged: new Set(),
    aside: new Map(),
    answers: {},
    read: { ok: true, value: page },
    downloads: [],
    tabEvent: () => listener(),
    services: {
      tabs: {
        activeTab: vi.fn(async () => (world.tab ? { ...world.tab } : null)),
        panelWindowId: vi.fn(async () => 1),
        followActiveTab: vi.fn((onChange: () => void) => {
          listener = onChange;
          return () => (listener = () => {});
        }),
        ensureContentScript: vi.fn(async () => ({ ok: true as const, value: null })),
        askTab: vi.fn(async (_id: number, message: { type: keyof ContentRequests }) => world.answers[message.type] ?? { ok: false, error: 'failed' }) as never,
        // the page as the content script's copy read in the panel's worker
        readTabDocument: vi.fn(async (_id: number, onCopied: () => void = () => {}) => {
          onCopied();
          return world.read;
        }),
      },
      store: {
        readReview: vi.fn(async (key: string): Promise<ReadResult> => {
          if (world.damaged.has(key)) {
            const storageKey = `corrupt:2026-12-04T10:00:00.000Z:${key}`;
            world.aside.set(storageKey, { key, movedAt: '2026-12-04T10:00:00.000Z', problem: 'damaged', data: { kapot: true } });
            world.damaged.delete(key);
            return { ok: false, error: { key: 'storedError.migrationFailed' }, setAside: storageKey };
          }
          return { ok: true, saved: world.stored.get(key) };
        }),
        writeReview: vi.fn(async (saved: SavedReview) => void world.stored.set(saved.key, saved)),
        deleteReview: vi.fn(async (key: string) => void world.stored.delete(key)),
        listReviews: vi.fn(async (): Promise<ReviewSummary[]> => [...world.stored.values()].map(summaryOf)),
        prepare: vi.fn(async () => {}),
        listSetAside: vi.fn(async () => [...world.aside].map(([storageKey, entry]) => ({ storageKey, entry }))),
        removeSetAside: vi.fn(async (storageKey: string) => void world.aside.delete(storageKey)),
      },
      readFile: vi.fn(async (file: File) => ({ ok: true as const, value: { ...fileDoc, url: file.name } })),
      analyse: vi.fn(async (doc: ExtractedDocument) => ({ ok: true as const, value: analyze(doc, locChecklist) })),
      saveFile: vi.fn((blob: Blob, name: string) => void world.downloads.push({ name, text: blob.text() })),
    },
  };
  return world;
}
