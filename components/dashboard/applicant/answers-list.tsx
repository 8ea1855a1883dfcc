import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ExternalLink } from './external-link';
import type { AnswerDisplay, DisplayedAnswer } from './format-answer';

function Answer({ applicationId, display }: { applicationId: number; display: AnswerDisplay }) {
  switch (display.type) {
    case 'none':
      return <span className="text-gray-600">No answer</span>;
    case 'link':
      return <ExternalLink href={display.href} />;
    case 'file':
      return (
        <a
          href={`/dashboard/applications/${applicationId}/files/${display.fileId}?download=1`}
          className="break-all text-accent underline decoration-1 underline-offset-4 hover:decoration-2"
        >
          Download {display.filename}
        </a>
      );
    case 'text':
      return <span className={display.multiline ? 'whitespace-pre-wrap break-words' : 'break-words'}>{display.text}</span>;
  }
}

/** Each question with the words the candidate saw when answering it. */
export function AnswersList({ applicationId, answers }: { applicationId: number; answers: DisplayedAnswer[] }) {
  return (
    <Card aria-labelledby="answers-heading">
      <CardHeader>
        <CardTitle id="answers-heading">Answers</CardTitle>
      </CardHeader>
      <CardContent>
        {answers.length === 0 ? (
          <p className="text-sm text-gray-600">This job asked no extra questions.</p>
        ) : (
          <dl className="grid gap-4">
            {answers.map((answer) => (
              <div key={answer.key} className="grid gap-1">
                <dt className="text-sm font-medium text-gray-900">{answer.label}</dt>
                <dd className="text-sm text-gray-700">
                  <Answer applicationId={applicationId} display={answer.display} />
                </dd>
              </div>
            ))}
          </dl>
        )}
      </CardContent>
    </Card>
  );
}
