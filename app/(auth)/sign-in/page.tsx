import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getPublicSettings } from '@/db/queries/settings';
import { sanitizeCallbackUrl } from '@/lib/auth/callback-url';
import { getCurrentUser } from '@/lib/auth/session';
import { publicSignInMethods } from '@/lib/auth/sign-in-methods';
import { MagicLinkForm } from './magic-link-form';
import { ProviderButtons } from './provider-buttons';
import { SignInForm } from './sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  const company = await getPublicSettings();
  return { title: `Sign in · ${company.companyName}`, robots: { index: false } };
}

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Auth.js sends OAuth and magic-link failures back here as ?error=<type>. */
function errorMessage(type: string | undefined, code: string | undefined): string | null {
  switch (type) {
    case undefined:
      return null;
    case 'CredentialsSignin':
      return code === 'rate_limited' ? 'Too many failed sign-ins. Wait a little, then try again.' : 'Email or password is incorrect.';
    case 'AccessDenied':
      return 'That account cannot sign in here. If you think it should, ask an administrator.';
    case 'Verification':
      return 'That sign-in link has expired or has already been used. Ask for a new one.';
    case 'Configuration':
      return 'Signing in is not possible right now. Please try again in a few minutes.';
    default:
      return 'Signing in did not work. Please try again.';
  }
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const callbackUrl = sanitizeCallbackUrl(first(params.callbackUrl));
  if (await getCurrentUser()) redirect(callbackUrl);

  const company = await getPublicSettings();
  const methods = publicSignInMethods();
  const error = errorMessage(first(params.error), first(params.code));
  const hasAlternatives = methods.oauth.length > 0 || methods.magicLink;

  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <p className="text-sm font-medium text-gray-600">{company.companyName}</p>
          <CardTitle as="h1" className="text-2xl">
            Sign in
          </CardTitle>
          <CardDescription>For the hiring team. Candidates do not need an account.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          {error ? <Alert variant="error">{error}</Alert> : null}
          <SignInForm callbackUrl={callbackUrl} />
          {hasAlternatives ? (
            <>
              <div className="flex items-center gap-3 text-sm text-gray-600">
                <span aria-hidden="true" className="h-px flex-1 bg-gray-200" />
                or
                <span aria-hidden="true" className="h-px flex-1 bg-gray-200" />
              </div>
              {methods.oauth.length > 0 ? <ProviderButtons providers={methods.oauth} callbackUrl={callbackUrl} /> : null}
              {methods.magicLink ? <MagicLinkForm callbackUrl={callbackUrl} /> : null}
            </>
          ) : null}
        </CardContent>
      </Card>
      <p className="text-center text-sm text-gray-600">
        Looking for a job?{' '}
        <Link href="/jobs" className="font-medium text-gray-900 underline underline-offset-4">
          See open positions
        </Link>
      </p>
    </div>
  );
}
