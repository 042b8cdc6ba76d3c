import { useI18n } from './i18n';

/** "Weet u het zeker?": a question with Ja / Nee buttons, for removing something that cannot come back. */
export function ConfirmBox(props: { questionId: string; question: string; action: string; onYes: () => void; onNo: () => void }) {
  const { t } = useI18n();
  return (
    <div class="confirm-box" role="group" aria-labelledby={props.questionId}>
      <p id={props.questionId}>{props.question}</p>
      <div class="button-row">
        <button type="button" class="danger" onClick={props.onYes} data-action={`${props.action}-yes`}>
          {t('saved.confirmYes')}
        </button>
        <button type="button" onClick={props.onNo} data-action={`${props.action}-no`}>
          {t('saved.confirmNo')}
        </button>
      </div>
    </div>
  );
}
