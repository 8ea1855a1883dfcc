'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { updateEmailTemplate } from '@/db/queries/email-templates';
import { ACTION_MESSAGES } from '@/lib/actions/messages';
import { refuse, runAction } from '@/lib/actions/run-action';
import { EMAIL_TEMPLATE_MESSAGES, emailTemplateSchema, TEMPLATE_SLUG, type EmailTemplateActionState, type EmailTemplateField } from '@/lib/validations/email-template';

// The slug comes from a hidden field: one the table would refuse is a template that isn't there.
const schema = emailTemplateSchema.extend({ slug: z.string().regex(TEMPLATE_SLUG, EMAIL_TEMPLATE_MESSAGES.notFound) });

/** Saves a template's subject and body. Fields: slug and version (hidden), subject, body. */
export async function updateEmailTemplateAction(_previous: EmailTemplateActionState, formData: FormData): Promise<EmailTemplateActionState> {
  const values = { subject: String(formData.get('subject') ?? ''), body: String(formData.get('body') ?? '') };
  return runAction({
    name: 'updateEmailTemplateAction',
    role: 'admin',
    input: { ...values, slug: String(formData.get('slug') ?? '') },
    schema,
    fields: ['subject', 'body'] satisfies EmailTemplateField[],
    invalid: 'Check the fields marked below.',
    echo: { values },
    act: async (actor, { slug, ...input }) => {
      const result = await updateEmailTemplate(actor, slug, input, String(formData.get('version') ?? ''));
      if (result.ok) return result.changed;
      return refuse(result.reason === 'stale' ? EMAIL_TEMPLATE_MESSAGES.stale : result.reason === 'forbidden' ? ACTION_MESSAGES.forbidden : EMAIL_TEMPLATE_MESSAGES.notFound);
    },
    answer: (changed, { slug }) => {
      revalidatePath('/admin/email-templates', 'layout');
      redirect(`/admin/email-templates/${slug}?notice=${changed ? 'saved' : 'unchanged'}`);
    },
  });
}
