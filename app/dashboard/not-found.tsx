import Link from 'next/link';
import { buttonVariants } from '@/components/ui/button';

// What notFound() shows anywhere under /dashboard: the same answer for "no such job or applicant"
// and "not on your hiring team", so an id in a URL reveals nothing.
export default function DashboardNotFound() {
  return (
    <div className="mx-auto max-w-2xl py-12">
      <p className="text-sm font-medium text-gray-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-gray-900">Not found</h1>
      <p className="mt-3 text-gray-600">This page does not exist, or it belongs to a job you are not on the hiring team of.</p>
      <Link href="/dashboard" className={buttonVariants({ className: 'mt-6' })}>
        Back to your jobs
      </Link>
    </div>
  );
}
