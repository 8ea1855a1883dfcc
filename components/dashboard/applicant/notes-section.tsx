import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { NoteView } from '@/db/types';
import { formatDateTime } from './format';
import { NoteForm } from './note-form';
import type { FormAction } from '@/lib/action-state';
import type { NoteActionState } from '@/lib/validations/note';

/** The hiring team's notes, newest first, with the form to add one. */
export function NotesSection({ action, applicationId, notes }: { action: FormAction<NoteActionState>; applicationId: number; notes: NoteView[] }) {
  return (
    <Card aria-labelledby="notes-heading">
      <CardHeader>
        <CardTitle id="notes-heading">Notes</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-5">
        <NoteForm action={action} applicationId={applicationId} />
        {notes.length === 0 ? (
          <p className="text-sm text-gray-600">No notes yet.</p>
        ) : (
          <ol className="grid gap-4" aria-label="Notes, newest first">
            {notes.map((note) => (
              <li key={note.id} className="grid gap-1 border-t border-gray-200 pt-4">
                <p className="text-sm">
                  <span className="font-medium text-gray-900">{note.authorName ?? 'Former user'}</span>{' '}
                  <time dateTime={note.createdAt.toISOString()} className="text-gray-600">
                    {formatDateTime(note.createdAt)}
                  </time>
                </p>
                <p className="text-sm leading-6 break-words whitespace-pre-wrap text-gray-800">{note.body}</p>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
