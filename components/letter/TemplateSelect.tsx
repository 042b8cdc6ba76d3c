import { builtInTemplates } from '@/lib/letter';
import { useI18n } from '../i18n';

/** Choose the kind of letter (a template from templates/). */
export function TemplateSelect(props: { id: string; value: string; onChange: (templateId: string) => void }) {
  const { t } = useI18n();
  return (
    <div class="field">
      <label for={props.id}>{t('settings.template')}</label>
      <select id={props.id} data-field="template" value={props.value} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}>
        {builtInTemplates.map((tpl) => (
          <option value={tpl.id} key={tpl.id}>
            {tpl.title}
          </option>
        ))}
      </select>
    </div>
  );
}
