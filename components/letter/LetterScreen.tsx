import { useEffect, useMemo, useState } from 'preact/hooks';
import { compareReviews, type SavedReview } from '@/lib/review';
import { locChecklist } from '@/lib/checklist';
import type { ReadResult } from '@/lib/review/panel-state';
import { Notice } from '../Notice';
import { useI18n } from '../i18n';

/** A type-only import: the module itself is loaded below, when needed. */
type LetterViewComponent = typeof import('./LetterView').LetterView;

/**
 * The "Brief" view: components/letter/LetterView.tsx, loaded only when the user opens this
 * view, so the panel's first chunk stays small (and never holds docx).
 */
export function LetterScreen(props: {
  saved: SavedReview | undefined;
  onSaved: (next: SavedReview) => void;
  onGoToItem: (id: string) => void;
  /** Reads a saved review (the earlier version the letter compares with). */
  read: (key: string) => Promise<ReadResult>;
}) {
  const { read } = props;
  const { t } = useI18n();
  const [Letter, setLetter] = useState<LetterViewComponent | null>(null);
  const earlier = useEarlierVersion(props.saved, read);
  // made once per change, so the letter is not composed again on every render of the panel
  const comparison = useMemo(() => (earlier && props.saved ? compareReviews(earlier, props.saved, locChecklist) : undefined), [earlier, props.saved]);
  useEffect(() => {
    if (Letter || !props.saved) return;
    void import('./LetterView').then((m) => setLetter(() => m.LetterView));
  }, [props.saved !== undefined]);
  if (!props.saved) return <p data-testid="letter-need-review">{t('panel.letter.needReview')}</p>;
  if (!Letter) return <p aria-busy="true">{t('panel.loading')}</p>;
  return (
    <>
      {earlier === null && props.saved.compareWith && <Notice kind="warning">{t('compare.oldGone', { title: props.saved.compareWith.title })}</Notice>}
      <Letter saved={props.saved} onSaved={props.onSaved} onGoToItem={props.onGoToItem} comparison={comparison} />
    </>
  );
}

/** The earlier version the review's letter compares with (saved.compareWith): undefined while reading or when none, null when it is gone. */
function useEarlierVersion(saved: SavedReview | undefined, read: (key: string) => Promise<ReadResult>): SavedReview | null | undefined {
  const [earlier, setEarlier] = useState<SavedReview | null | undefined>(undefined);
  const key = saved?.compareWith?.key;
  useEffect(() => {
    setEarlier(undefined);
    if (!key) return;
    let current = true;
    void read(key).then((r) => current && setEarlier(r.ok && r.saved ? r.saved : null));
    return () => {
      current = false;
    };
  }, [key]);
  return earlier;
}
