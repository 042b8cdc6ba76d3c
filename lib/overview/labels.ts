import { itemsByTheme, type Checklist, type Verdict } from '../checklist';
import { translate, type Locale } from '../i18n';
import type { RowSource } from './rows';

/** The column headings and cell words of the overview, in one language (Dutch by default). */
export function overviewLabels(checklist: Checklist, locale: Locale = 'nl') {
  const t = translate.bind(null, locale);
  return {
    title: t('overview.col.title'),
    file: t('overview.col.file'),
    source: t('overview.col.source'),
    byHand: t('overview.col.byHand'),
    toRead: t('overview.col.toRead'),
    total: t('overview.col.total'),
    verdict: (v: Verdict) => t(`verdict.${v}`),
    sourceWord: (s: RowSource) => t(`overview.source.${s}`),
    themes: itemsByTheme(checklist),
  };
}
