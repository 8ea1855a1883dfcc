import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ExternalLink } from './external-link';

export interface ContactDetails {
  email: string;
  phone: string | null;
  linkedinUrl: string | null;
  websiteUrl: string | null;
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-sm text-gray-600">{term}</dt>
      <dd className="text-sm text-gray-900">{children}</dd>
    </div>
  );
}

export function ContactCard({ contact }: { contact: ContactDetails }) {
  return (
    <Card aria-labelledby="contact-heading">
      <CardHeader>
        <CardTitle id="contact-heading">Contact</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-3">
          <Row term="Email">
            <a href={`mailto:${contact.email}`} className="break-all text-accent underline decoration-1 underline-offset-4 hover:decoration-2">
              {contact.email}
            </a>
          </Row>
          <Row term="Phone">
            {contact.phone ? (
              <a href={`tel:${contact.phone}`} className="text-accent underline decoration-1 underline-offset-4 hover:decoration-2">
                {contact.phone}
              </a>
            ) : (
              <span className="text-gray-600">Not given</span>
            )}
          </Row>
          {contact.linkedinUrl ? (
            <Row term="LinkedIn">
              <ExternalLink href={contact.linkedinUrl} />
            </Row>
          ) : null}
          {contact.websiteUrl ? (
            <Row term="Website">
              <ExternalLink href={contact.websiteUrl} />
            </Row>
          ) : null}
        </dl>
      </CardContent>
    </Card>
  );
}
