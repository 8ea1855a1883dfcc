import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';

/** The candidate's own text, as text: React escapes it, and pre-wrap keeps their line breaks. */
export function CoverLetter({ text }: { text: string | null }) {
  return (
    <Card aria-labelledby="cover-letter-heading">
      <CardHeader>
        <CardTitle id="cover-letter-heading">Cover letter</CardTitle>
      </CardHeader>
      <CardContent>
        {text ? (
          <p className="text-sm leading-6 break-words whitespace-pre-wrap text-gray-800">{text}</p>
        ) : (
          <p className="text-sm text-gray-600">No cover letter.</p>
        )}
      </CardContent>
    </Card>
  );
}
