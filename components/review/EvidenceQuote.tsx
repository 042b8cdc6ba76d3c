import type { Evidence } from '@/lib/check/types';
import { useContext } from 'preact/hooks';
import { quoteSourceMessage, type OwnEvidence } from '@/lib/review';
import { SourcesContext } from './sources-context';
import { useI18n } from '../i18n';
import { passageKindLabel } from '@/lib/review/explain';
import { quoteStart } from '@/lib/review/show-on-page';

/**
 * One quote with its heading (and page number, from a PDF; its source, from SourcesContext, in
 * a review of several sources), and "Toon op pagina" (not for a review of a chosen file, which
 * is open in no tab) and "Verwijder" for own evidence.
 */
export function EvidenceQuote(props: {
  evidence: Evidence | OwnEvidence;
  onShow?: () => void;
  onRemove?: () => void;
}) {
  const { t } = useI18n();
  const { evidence } = props;
  const start = quoteStart(evidence.quote);
  const inReview = useContext(SourcesContext);
  // Which source the quote is from: said only when the review has several.
  const source = inReview && quoteSourceMessage(inReview, evidence);
  return (
    <li class="evidence">
      <blockquote>{evidence.quote}</blockquote>
      {'kind' in evidence && evidence.kind !== undefined && (
        <p class="evidence-kind" data-kind={evidence.kind}>
          {t('evidence.kind', { kind: passageKindLabel(evidence.kind) })}
        </p>
      )}
      {source && (
        <p class="evidence-source" data-testid="evidence-source">
          {t(source.key, source.params)}
        </p>
      )}
      {evidence.heading && <p class="evidence-heading">{t('review.evidence.underHeading', { heading: evidence.heading })}</p>}
      {'page' in evidence && evidence.page !== undefined && (
        <p class="evidence-page" data-page={evidence.page}>
          {t('review.evidence.page', { page: evidence.page })}
        </p>
      )}
      <div class="button-row">
        {props.onShow && (
          <button type="button" class="small" aria-label={t('review.showLabel', { quote: start })} onClick={props.onShow} data-action="show">
            {t('review.show')}
          </button>
        )}
        {props.onRemove && (
          <button type="button" class="small" aria-label={t('review.own.removeLabel', { quote: start })} onClick={props.onRemove} data-action="remove-own">
            {t('review.own.remove')}
          </button>
        )}
      </div>
    </li>
  );
}
