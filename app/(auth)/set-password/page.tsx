import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getInvitationByToken, type InvitationLookup } from '@/db/queries/invitations';
import { getPublicSettings } from '@/db/queries/settings';
import { invitationTokenField } from '@/lib/validations/user';
import { LINK_MESSAGES } from './messages';
import { SetPasswordForm } from './set-password-form';

// The token is in the URL: no referrer leaves this page with it, and search engines stay out.
export const metadata: Metadata = { title: 'Set your password', robots: { index: false }, referrer: 'no-referrer' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Where an invitation link lands: checked before anyone types, consumed by the form's action. */
export default async function SetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const parsed = invitationTokenField.safeParse(token);
  const [invitation, company] = await Promise.all([
    parsed.success ? getInvitationByToken(parsed.data) : Promise.resolve<InvitationLookup>({ status: 'invalid' }),
    getPublicSettings(),
  ]);

  if (invitation.status !== 'valid' || !parsed.success) {
    return (
      <Card>
        <CardHeader>
          <p className="text-sm font-medium text-gray-600">{company.companyName}</p>
          <CardTitle as="h1" className="text-2xl">
            This link can’t be used
          </CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          <Alert variant="error">{LINK_MESSAGES[invitation.status === 'valid' ? 'invalid' : invitation.status]}</Alert>
          <Link href="/sign-in" className="text-sm font-medium text-gray-900 underline underline-offset-4">
            Go to sign in
          </Link>
        </CardContent>
      </Card>
    );
  }

  return (
    <Card>
      <CardHeader>
        <p className="text-sm font-medium text-gray-600">{company.companyName}</p>
        <CardTitle as="h1" className="text-2xl">
          Set your password
        </CardTitle>
        <CardDescription>
          {invitation.name ? `Welcome, ${invitation.name}. ` : 'Welcome. '}Choose a password to activate your account, then sign in with it.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <SetPasswordForm token={parsed.data} email={invitation.email} />
      </CardContent>
    </Card>
  );
}
