// Client-safe upload rules: the form checks them before posting, the server checks them again.

export const MAX_RESUME_BYTES = 10 * 1024 * 1024;
export const MAX_RESUME_LABEL = '10 MB';

/**
 * The apply page's `?error=` value for a post over the server's body limit. Next refuses such a
 * post before any route code runs, so only the proxy (by Content-Length) can send it back here.
 */
export const UPLOAD_TOO_LARGE = 'upload-too-large';

export const RESUME_MIME_TYPES = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export type ResumeExtension = keyof typeof RESUME_MIME_TYPES;
export type ResumeMimeType = (typeof RESUME_MIME_TYPES)[ResumeExtension];

export const RESUME_EXTENSIONS = Object.keys(RESUME_MIME_TYPES) as ResumeExtension[];

// Browsers send an empty type or octet-stream for files they do not recognise (DOC on many
// systems), so those pass this first filter; the bytes are checked on the server anyway.
export const ACCEPTED_RESUME_TYPES: readonly string[] = [...Object.values(RESUME_MIME_TYPES), '', 'application/octet-stream'];

/** The `accept` attribute of a resume file input. */
export const RESUME_ACCEPT = [...RESUME_EXTENSIONS.map((ext) => `.${ext}`), ...Object.values(RESUME_MIME_TYPES)].join(',');

/** A File, or something shaped like one (undici's File on the server, a browser File on the client). */
export function isFileLike(value: unknown): value is File {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as File).name === 'string' &&
    typeof (value as File).size === 'number' &&
    typeof (value as File).arrayBuffer === 'function'
  );
}

export function resumeExtensionOf(filename: string): ResumeExtension | null {
  const match = /\.([a-z0-9]+)$/i.exec(filename.trim());
  const ext = match?.[1]?.toLowerCase();
  return ext && (RESUME_EXTENSIONS as string[]).includes(ext) ? (ext as ResumeExtension) : null;
}

export type ResumeFileProblem = 'empty' | 'too-large' | 'wrong-type';

/** What is wrong with a chosen file by its size, name and declared type (not yet its bytes). */
export function resumeFileProblem(file: Pick<File, 'name' | 'size' | 'type'>): ResumeFileProblem | null {
  if (file.size <= 0) return 'empty';
  if (file.size > MAX_RESUME_BYTES) return 'too-large';
  if (!resumeExtensionOf(file.name)) return 'wrong-type';
  if (!ACCEPTED_RESUME_TYPES.includes(file.type.toLowerCase())) return 'wrong-type';
  return null;
}
