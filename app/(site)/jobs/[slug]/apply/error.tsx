'use client';

import Link from 'next/link';
import { Container } from '@/components/container';
import { ErrorReference } from '@/components/error-reference';
import { Button, buttonVariants } from '@/components/ui/button';
import { MAX_RESUME_LABEL } from '@/lib/validations/resume-file';

// Unexpected failures on the apply pages (the database is down, or a post the server refused
// before the action ran, such as one over the upload limit). Never shows the error's own text.
export default function ApplyError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Container className="py-12 sm:py-16">
      <div className="mx-auto grid max-w-2xl gap-5">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900 sm:text-3xl">Your application was not sent</h1>
        <p className="text-base text-gray-700">
          Something went wrong on our side, and nothing was saved. If you attached a large file, check that your resume is a PDF, DOC
          or DOCX of {MAX_RESUME_LABEL} or less, then try again.
        </p>
        <ErrorReference digest={error.digest} />
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button type="button" onClick={reset} className="w-full sm:w-auto">
            Try again
          </Button>
          <Link href="/jobs" className={buttonVariants({ variant: 'outline', className: 'w-full sm:w-auto' })}>
            See open jobs
          </Link>
        </div>
      </div>
    </Container>
  );
}
