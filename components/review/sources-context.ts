import { createContext } from 'preact';
import type { ReviewSource } from '@/lib/review';

/**
 * The sources of the review shown, for the quotes deep inside it: EvidenceQuote says which
 * source a quote is from when there are several (without every card passing them on).
 */
export const SourcesContext = createContext<{ sources: ReviewSource[] } | undefined>(undefined);
