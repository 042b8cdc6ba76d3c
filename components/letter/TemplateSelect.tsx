import { builtInTemplates } from '@/lib/letter';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '../i18n';

/** The names of the built-in templates in the UI's language (the letters themselves are Dutch). */
const TEMPLATE_NAME: Readonly<Record<string, MessageKey>> = {
  'adviesbrief-gemeenteraad': 'letter.template.adviesbrief-gemeenteraad',
  'korte-aanbiedingsbrief': 'letter.template.korte-aanbiedingsbrief',
};

/** Choose the kind of letter (a template from templates/). */
export function TemplateSelect(props: { id: string; value: string; onChange: (templateId: string) => void }) {
  const { t } = useI18n();
  return (
    <div class="field">
      <label for={props.id}>{t('settings.template')}</label>
      <select id={props.id} data-field="template" value={props.value} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}>
        {builtInTemplates.map((tpl) => (
          <option value={tpl.id} key={tpl.id}>
            {TEMPLATE_NAME[tpl.id] ? t(TEMPLATE_NAME[tpl.id]!) : tpl.title}
          </option>
        ))}
      </select>
    </div>
  );
}
