import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getCurrentUser } from '@/lib/auth/session';
import { SignOutButtons } from './sign-out-buttons';

export const metadata: Metadata = { title: 'Sign out', robots: { index: false } };

// A link can point here; signing out itself is a POST (the buttons), never a GET.
export default async function SignOutPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1" className="text-2xl">
          Sign out
        </CardTitle>
        <CardDescription>Signed in as {user.email}.</CardDescription>
      </CardHeader>
      <CardContent>
        <SignOutButtons />
      </CardContent>
    </Card>
  );
}
