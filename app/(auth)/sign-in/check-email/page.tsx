import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } };

// Said whether or not the address has an account, so the form reveals nothing.
export default function CheckEmailPage() {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1" className="text-2xl">
          Check your email
        </CardTitle>
        <CardDescription>
          If that address belongs to an account, we have sent it a sign-in link. The link works once and expires in 15
          minutes.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Link href="/sign-in" className="text-sm font-medium text-gray-900 underline underline-offset-4">
          Back to sign in
        </Link>
      </CardContent>
    </Card>
  );
}
