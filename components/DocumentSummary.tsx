import type { ExtractedDocument } from '@/lib/extract/types';
import { useI18n } from './i18n';

/** What was read: title, address, and how much text (shown under the "Gelezen tekst" summary in the panel). */
export function DocumentSummary(props: { doc: ExtractedDocument }) {
  const { t } = useI18n();
  const { doc } = props;
  const collapsed = doc.blocks.filter((b) => b.collapsed).length;
  return (
    <div class="doc-summary">
      <p class="doc-title" data-testid="doc-title">{doc.title}</p>
      <p class="doc-url">{doc.url}</p>
      <p data-testid="doc-counts" data-blocks={doc.blocks.length} data-words={doc.words}>
        {t('doc.counts', { blocks: doc.blocks.length, words: doc.words })}
      </p>
      {doc.pages !== undefined && <p data-testid="doc-pages">{t('doc.pages', { pages: doc.pages })}</p>}
      {collapsed > 0 && <p class="muted">{t('doc.collapsed', { count: collapsed })}</p>}
    </div>
  );
}
