import { z } from 'zod';

// The email + password form, shared by the server action and the credentials provider. Client-safe.

export const signInSchema = z.object({
  email: z
    .string({ error: 'Enter your email address.' })
    .trim()
    .toLowerCase()
    .min(1, 'Enter your email address.')
    .max(254, 'Enter an email address of at most 254 characters.')
    .pipe(z.email({ error: 'Enter an email address like name@example.com.' })),
  // Not trimmed: spaces can be part of a password. The cap keeps argon2 from hashing megabytes.
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(1024, 'Enter your password.'),
});

export type SignInInput = z.infer<typeof signInSchema>;
export type SignInField = keyof SignInInput;
