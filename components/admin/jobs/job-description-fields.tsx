import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import type { JobFieldKit } from './job-field-kit';
import { fieldsetClass, legendClass } from './job-form-layout';
import { MarkdownPreview } from './markdown-preview';

const SUMMARY_HELP = 'One or two sentences for search results and link previews.';
const DESCRIPTION_HELP = 'Needed to publish. Markdown: ## for a heading, - for a list item, **bold**. The preview shows it as candidates will see it.';

export function JobDescriptionFields({ kit, markdown }: { kit: JobFieldKit; markdown: string }) {
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>Description</legend>
      <FormField id="summary" label="Summary" description={SUMMARY_HELP} error={kit.errorsFor('summary')}>
        <Textarea rows={2} className="min-h-16" {...kit.control('summary', SUMMARY_HELP)} />
      </FormField>
      {/* Side by side from lg up; on a phone the preview follows the text. */}
      <div className="grid gap-5 lg:grid-cols-2">
        <FormField id="descriptionMarkdown" label="Description" description={DESCRIPTION_HELP} error={kit.errorsFor('descriptionMarkdown')} className="content-start">
          <Textarea rows={18} className="font-mono" {...kit.control('descriptionMarkdown', DESCRIPTION_HELP)} />
        </FormField>
        <MarkdownPreview markdown={markdown} />
      </div>
    </fieldset>
  );
}
