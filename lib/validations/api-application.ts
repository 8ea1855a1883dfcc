import { z } from 'zod';

// The JSON body of POST /api/v1/jobs/{id}/applications. It only checks the request's shape:
// the fields themselves are turned into the web form's FormData and checked by the very same
// schema as the form (lib/validations/application.ts), so the two can never disagree.

export const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const apiFileSchema = z
  .object({
    filename: z.string().min(1, 'filename is required').max(255, 'filename can be at most 255 characters'),
    contentType: z.string().max(200).optional(),
    data: z
      .string({ error: 'data is the file as base64' })
      .min(1, 'data is the file as base64')
      .refine((value) => value.length % 4 === 0 && BASE64.test(value), 'data is not valid base64'),
  })
  .strict()
  .meta({ id: 'FileUpload', description: 'A file as base64 (standard alphabet, padded).' });

const answerSchema = z.union([z.string(), z.array(z.string()), z.number(), z.boolean(), apiFileSchema]);

export const apiApplicationJsonSchema = z
  .object({
    firstName: z.string(),
    lastName: z.string(),
    email: z.string(),
    phone: z.string().optional(),
    linkedinUrl: z.string().optional(),
    websiteUrl: z.string().optional(),
    coverLetter: z.string().optional(),
    consent: z.literal(true, { error: 'consent must be true: the candidate agreed to the privacy notice' }),
    resume: apiFileSchema,
    answers: z.record(z.string(), answerSchema).optional().meta({ description: "Answers keyed by the job's question keys; yes_no takes true/false or \"yes\"/\"no\"." }),
    utm: z.record(z.string(), z.string()).optional().meta({ description: 'utm_source, utm_medium, utm_campaign, utm_term, utm_content.' }),
  })
  .strict()
  .meta({ id: 'ApplicationRequest' });

export type ApiApplicationJson = z.infer<typeof apiApplicationJsonSchema>;
export type ApiFile = z.infer<typeof apiFileSchema>;
