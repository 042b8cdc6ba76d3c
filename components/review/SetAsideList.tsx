import { useRef } from 'preact/hooks';
import type { SetAsideSummary } from '@/lib/review/panel-state';
import { useI18n } from '../i18n';
import { ConfirmBox } from '../ConfirmBox';
import { useConfirmFocus } from '../use-confirm-focus';
import { formatDate } from './format';

/**
 * Damaged reviews under "Opgeslagen": a plain message, and per review "Sla op als bestand"
 * and "Verwijder" (only after "Ja, verwijder"). Nothing shows when there are none.
 */
export function SetAsideList(props: {
  list: SetAsideSummary[];
  confirmDelete: string | null;
  onExport: (storageKey: string) => void;
  onAskDelete: (storageKey: string | null) => void;
  onDelete: (storageKey: string) => void;
}) {
  const { t, locale } = useI18n();
  const box = useRef<HTMLElement>(null);
  // Keyboard focus follows the question: to "Nee, bewaar" when it appears, back to "Verwijder" (or the heading) after.
  useConfirmFocus(box, props.confirmDelete, props.list, (s) => s.storageKey, 'aside-delete', 'set-aside-heading');
  if (props.list.length === 0) return null;
  return (
    <section class="set-aside" aria-labelledby="set-aside-heading" data-testid="set-aside" ref={box}>
      <h3 id="set-aside-heading" tabIndex={-1}>
        {t('saved.setAside.heading')}
      </h3>
      <p>{t('saved.setAside.intro')}</p>
      <ul class="saved-list">
        {props.list.map((s) => {
          const address = s.address || t('saved.setAside.unknown');
          return (
            <li key={s.storageKey} class="saved" data-key={s.storageKey}>
              <p class="doc-url">{address}</p>
              <p class="muted">{t('saved.setAside.item', { date: formatDate(s.movedAt, locale) })}</p>
              {props.confirmDelete === s.storageKey ? (
                <ConfirmBox
                  questionId="aside-question"
                  question={t('saved.setAside.confirm', { address })}
                  action="aside-delete"
                  onYes={() => props.onDelete(s.storageKey)}
                  onNo={() => props.onAskDelete(null)}
                />
              ) : (
                <div class="button-row">
                  <button type="button" aria-label={t('saved.setAside.exportLabel', { address })} onClick={() => props.onExport(s.storageKey)} data-action="aside-export">
                    {t('saved.export')}
                  </button>
                  <button type="button" aria-label={t('saved.setAside.deleteLabel', { address })} onClick={() => props.onAskDelete(s.storageKey)} data-action="aside-delete">
                    {t('saved.delete')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
