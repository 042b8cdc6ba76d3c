import { CHECK_STEP_TEXT, CHECK_STEPS } from '@/lib/review/panel-state';
import { useI18n } from './i18n';

/**
 * Progress of a running check: a bar and "Stap 2 van 3" with what happens now. A big page takes
 * a few seconds; the bar shows it is not stuck. (The status region announces each step.)
 */
export function CheckProgress(props: { step: number }) {
  const { t } = useI18n();
  const step = Math.min(Math.max(props.step, 1), CHECK_STEPS);
  const label = t('check.step', { step: String(step), total: String(CHECK_STEPS) });
  return (
    <div class="check-progress" data-testid="check-progress" data-step={step}>
      <progress max={CHECK_STEPS} value={step} aria-label={label} />
      <p class="muted">
        {label}. {t(CHECK_STEP_TEXT[step - 1]!)}
      </p>
    </div>
  );
}
