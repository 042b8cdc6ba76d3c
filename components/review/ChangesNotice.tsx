import type { ReviewChange } from '@/lib/review';
import { useI18n } from '../i18n';

/** After a re-check: which automatic verdicts changed ("Sinds de vorige controle veranderd: …"). */
export function ChangesNotice(props: { changes: ReviewChange[]; titleOf: (id: string) => string }) {
  const { t } = useI18n();
  if (props.changes.length === 0) {
    return (
      <div class="notice notice-info" data-testid="changes">
        {t('review.changes.none')}
      </div>
    );
  }
  return (
    <div class="notice notice-info" data-testid="changes">
      <p>{t('review.changes.heading')}</p>
      <ul>
        {props.changes.map((c) => (
          <li key={c.id}>
            {t('review.changes.item', { title: props.titleOf(c.id), from: t(`verdict.${c.from}`), to: t(`verdict.${c.to}`) })}
          </li>
        ))}
      </ul>
      <p>{t('review.changes.kept')}</p>
    </div>
  );
}
