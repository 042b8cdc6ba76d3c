import type { CouncilSettings } from '@/lib/letter';
import { ADDRESSEES, setAddressee, setLetterDetail, type Addressee, type LetterDetail, type SavedReview } from '@/lib/review';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '../i18n';

const ADDRESSEE_LABEL: Record<Addressee, MessageKey> = {
  gemeenteraad: 'letter.about.addressee.raad',
  'college van B&W': 'letter.about.addressee.college',
  'gemeenteraad en college van B&W': 'letter.about.addressee.both',
};

/**
 * What this review's letter is about and for: the regiovisie's name (prefilled with the title of
 * the checked page or file), the municipality and region (the council settings shown as
 * placeholders) and the addressee (the settings' choice until the council picks one). Stored
 * with the review; every key stroke is handed up as a new review.
 */
export function LetterDetails(props: { saved: SavedReview; settings: CouncilSettings; onSaved: (next: SavedReview) => void }) {
  const { t } = useI18n();
  const { saved, settings } = props;
  const text = (field: LetterDetail) => (e: Event) => props.onSaved(setLetterDetail(saved, field, (e.currentTarget as HTMLInputElement).value, new Date()));
  const addressee = saved.addressee ?? settings.recipient.body;
  return (
    <fieldset class="letter-about" data-testid="letter-about">
      <legend>{t('letter.about')}</legend>
      <p class="field-help">{t('letter.about.intro')}</p>
      {/* Uncontrolled (the stored value is trimmed; the field keeps what is typed); key: a new review gets fresh fields. */}
      <DetailField
        id="letter-regiovisie-name"
        key={`${saved.key}-name`}
        label={t('letter.about.name')}
        help={t('letter.about.nameHelp')}
        value={saved.regiovisieName ?? saved.title}
        placeholder={saved.automatic.source.title}
        onInput={text('regiovisieName')}
      />
      <DetailField
        id="letter-municipality"
        key={`${saved.key}-municipality`}
        label={t('letter.about.municipality')}
        value={saved.municipality ?? ''}
        placeholder={settings.recipient.municipality}
        onInput={text('municipality')}
      />
      <DetailField
        id="letter-region"
        key={`${saved.key}-region`}
        label={t('letter.about.region')}
        value={saved.region ?? ''}
        placeholder={settings.recipient.region}
        onInput={text('region')}
      />
      <fieldset class="letter-addressee">
        <legend class="field">{t('letter.about.addressee')}</legend>
        {ADDRESSEES.map((a, i) => (
          <div class="letter-option" key={a}>
            <input
              id={`letter-addressee-${i}`}
              type="radio"
              name="letter-addressee"
              value={a}
              checked={addressee === a}
              data-addressee={a}
              onChange={() => props.onSaved(setAddressee(saved, a, new Date()))}
            />
            <label for={`letter-addressee-${i}`}>{t(ADDRESSEE_LABEL[a])}</label>
          </div>
        ))}
      </fieldset>
    </fieldset>
  );
}

/** One labelled text field of the letter details, with its help line when there is one. */
function DetailField(props: {
  id: string;
  label: string;
  help?: string;
  value: string;
  placeholder: string;
  onInput: (e: Event) => void;
}) {
  const helpId = props.help ? `${props.id}-help` : undefined;
  return (
    <>
      <label class="field" for={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        type="text"
        autoComplete="off"
        defaultValue={props.value}
        placeholder={props.placeholder}
        aria-describedby={helpId}
        onInput={props.onInput}
      />
      {props.help && (
        <p id={helpId} class="field-help">
          {props.help}
        </p>
      )}
    </>
  );
}
