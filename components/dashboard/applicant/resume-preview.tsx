import { Alert } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { RESUME_MIME_TYPES } from '@/lib/validations/resume-file';
import { formatBytes } from './format';

export interface ResumeFile {
  filename: string;
  contentType: string;
  sizeBytes: number;
}

/**
 * The resume inside the page: a PDF in a frame (served inline by the authorized resume route,
 * sandboxed by its CSP), a Word file only as a download, since browsers cannot show one.
 */
export function ResumePreview({ applicationId, candidateName, resume }: { applicationId: number; candidateName: string; resume: ResumeFile | null }) {
  const src = `/dashboard/applications/${applicationId}/resume`;
  const isPdf = resume?.contentType === RESUME_MIME_TYPES.pdf;
  const isWord = resume?.contentType === RESUME_MIME_TYPES.doc || resume?.contentType === RESUME_MIME_TYPES.docx;
  return (
    <Card aria-labelledby="resume-heading">
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-3">
        <CardTitle id="resume-heading">Resume</CardTitle>
        {resume ? (
          <a href={`${src}?download=1`} download className={buttonVariants({ variant: 'outline', size: 'sm' })}>
            Download resume
            <span className="sr-only">
              {' '}
              ({resume.filename}, {formatBytes(resume.sizeBytes)})
            </span>
          </a>
        ) : null}
      </CardHeader>
      <CardContent>
        {!resume ? (
          <p className="text-sm text-gray-600">No resume is stored for this application.</p>
        ) : isPdf ? (
          <iframe
            src={src}
            title={`Resume of ${candidateName} (PDF)`}
            className="h-[70vh] min-h-96 w-full rounded-md border border-gray-200 bg-gray-50"
          />
        ) : (
          <Alert title={isWord ? "Preview isn't available for Word documents" : "Preview isn't available for this file type"}>
            Download the resume ({resume.filename}, {formatBytes(resume.sizeBytes)}) to read it.
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
