'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { loggableError } from '@/lib/logging/loggable-error';
import { updateEmailTemplate, type UpdateEmailTemplateResult } from '@/db/queries/email-templates';
import { errorState } from '@/lib/action-state';
import { authorizeAction } from '@/lib/auth/guards';
import { logger } from '@/lib/logger';
import { EMAIL_TEMPLATE_MESSAGES, emailTemplateSchema, TEMPLATE_SLUG, type EmailTemplateActionState, type EmailTemplateField } from '@/lib/validations/email-template';
import { ACTION_MESSAGES, authorizationMessage } from '@/lib/actions/messages';
import { zodFieldErrors } from '@/lib/actions/field-errors';

/** Saves a template's subject and body. Fields: slug and version (hidden), subject, body. */
export async function updateEmailTemplateAction(_previous: EmailTemplateActionState, formData: FormData): Promise<EmailTemplateActionState> {
  const auth = await authorizeAction('admin');
  if (!auth.ok) {
    return errorState(authorizationMessage(auth.error));
  }
  const slug = String(formData.get('slug') ?? '');
  const values = { subject: String(formData.get('subject') ?? ''), body: String(formData.get('body') ?? '') };
  if (!TEMPLATE_SLUG.test(slug)) return { ...errorState<EmailTemplateField>(EMAIL_TEMPLATE_MESSAGES.notFound), values };
  const parsed = emailTemplateSchema.safeParse(values);
  if (!parsed.success) {
    return { ...errorState<EmailTemplateField>('Check the fields marked below.', zodFieldErrors(parsed.error)), values };
  }
  let result: UpdateEmailTemplateResult;
  try {
    result = await updateEmailTemplate(auth.user, slug, parsed.data, String(formData.get('version') ?? ''));
  } catch (error) {
    logger.error({ err: loggableError(error) }, 'updateEmailTemplateAction failed');
    return { ...errorState<EmailTemplateField>('Something went wrong on our side and nothing was saved. Please try again.'), values };
  }
  if (!result.ok) {
    const message =
      result.reason === 'stale' ? EMAIL_TEMPLATE_MESSAGES.stale : result.reason === 'forbidden' ? ACTION_MESSAGES.forbidden : EMAIL_TEMPLATE_MESSAGES.notFound;
    return { ...errorState<EmailTemplateField>(message), values };
  }
  revalidatePath('/admin/email-templates', 'layout');
  redirect(`/admin/email-templates/${slug}?notice=${result.changed ? 'saved' : 'unchanged'}`);
}
