import type { SubjectApplication, SubjectData, SubjectAccessScope } from '@/db/queries/subject-access';
import { candidateStatus } from '@/lib/applications/candidate-stage';

// What a subject-access export says, per audience. Pure: the ZIP builder and the tests share it.
//
// The candidate's own download (from their status page) holds what they gave us and what we did
// with it as they see it: their details, every application with its answers and files, the status
// history in the words the status page uses, their interviews and every email sent to them.
// The team's notes, ratings, scorecards, rejection reasons and staff names are personal data too,
// but they also carry other people's opinions (GDPR art. 15(4)): they go into the admin's export,
// which an admin reviews and hands over when a candidate asks formally.

export const EXPORT_FORMAT_VERSION = 1;

export interface ExportedFileRef {
  fileId: number;
  /** The path of the file in the ZIP; null when its bytes could not be read (named in `missing`). */
  path: string | null;
  filename: string;
  contentType: string;
  sizeBytes: number;
}

const SCOPE_NOTE: Record<SubjectAccessScope, string> = {
  candidate:
    'Everything you gave us and what we did with it as you see it: your details, your applications with their answers and files, their status history, your interviews and the emails we sent you. The hiring team’s internal notes and evaluations are available on request from the company.',
  admin:
    'Everything held about this candidate, including the hiring team’s tags, notes, ratings, scorecards, rejection reasons and the staff emails naming them. Review it for other people’s personal data before handing it over.',
};

function answersOf(app: SubjectApplication, files: Map<number, ExportedFileRef>) {
  return app.questions.map((question) => {
    const value = app.answers[question.key] ?? null;
    const file = question.kind === 'file' && typeof value === 'number' ? (files.get(value) ?? null) : null;
    return { question: question.label, answer: file ? { file: file.path, filename: file.filename } : value };
  });
}

function candidateHistory(app: SubjectApplication) {
  const steps = app.stageHistory.map((event) => ({ at: event.at, status: candidateStatus(event.toKind, false).label }));
  // Moves within one candidate-facing status (e.g. two screening stages) read as one step.
  const collapsed = steps.filter((step, i) => i === 0 || steps[i - 1]!.status !== step.status);
  return app.withdrawnAt ? [...collapsed, { at: app.withdrawnAt, status: candidateStatus(app.stage.kind, true).label }] : collapsed;
}

export function subjectAccessDocument(data: SubjectData, scope: SubjectAccessScope, files: Map<number, ExportedFileRef>, generatedAt: Date) {
  // The internal id means nothing to the reader.
  const candidate: Partial<SubjectData['candidate']> = { ...data.candidate };
  delete candidate.id;
  return {
    format: { name: 'portico-subject-access', version: EXPORT_FORMAT_VERSION },
    generatedAt,
    company: data.companyName,
    scope,
    about: SCOPE_NOTE[scope],
    candidate,
    // The team's labels on the person, like their notes: the admin's export only.
    ...(scope === 'admin' ? { tags: data.tags } : {}),
    applications: data.applications.map((app) => {
      const common = {
        reference: app.reference,
        job: app.jobTitle,
        submittedAt: app.submittedAt,
        withdrawnAt: app.withdrawnAt,
        contact: app.contact,
        coverLetter: app.coverLetter,
        source: app.source,
        utm: app.utm,
        consent: app.consent,
        answers: answersOf(app, files),
        files: app.fileIds.map((id) => files.get(id)).filter((file): file is ExportedFileRef => file !== undefined),
        interviews: app.interviews,
      };
      if (scope === 'candidate') return { ...common, status: candidateStatus(app.stage.kind, app.withdrawnAt !== null).label, statusHistory: candidateHistory(app) };
      return { ...common, stage: app.stage.name, stageHistory: app.stageHistory, notes: app.notes, ratings: app.ratings, scorecards: app.scorecards };
    }),
    emails: data.emails.map((email) => ({
      application: data.applications.find((app) => app.id === email.applicationId)?.reference ?? null,
      ...(scope === 'admin' ? { audience: email.audience } : {}),
      to: email.toAddress,
      subject: email.subject,
      text: email.text,
      status: email.status,
      queuedAt: email.createdAt,
      sentAt: email.sentAt,
    })),
  };
}

/** A name safe inside a ZIP on every system: no path separators, no "..", no control characters. */
export function zipSafeName(filename: string): string {
  const cleaned = filename
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/^\.+/, '_')
    .trim()
    .slice(0, 120);
  return cleaned.length > 0 ? cleaned : 'file';
}
