import { cva, type VariantProps } from 'class-variance-authority';
import type { ComponentProps, ReactNode } from 'react';

import { cn } from '@/lib/utils';

const alertVariants = cva('flex gap-3 rounded-lg border p-4 text-sm', {
  variants: {
    variant: {
      info: 'border-sky-200 bg-sky-50 text-sky-950',
      error: 'border-red-200 bg-red-50 text-red-950',
      success: 'border-green-200 bg-green-50 text-green-950',
    },
  },
  defaultVariants: { variant: 'info' },
});

type AlertVariant = NonNullable<VariantProps<typeof alertVariants>['variant']>;

// An error interrupts (role=alert); a success is announced politely (role=status); info is static text.
const defaultRole: Record<AlertVariant, ComponentProps<'div'>['role']> = {
  info: undefined,
  error: 'alert',
  success: 'status',
};

const iconColor: Record<AlertVariant, string> = {
  info: 'text-sky-700',
  error: 'text-red-700',
  success: 'text-green-700',
};

const iconPath: Record<AlertVariant, ReactNode> = {
  info: (
    <>
      <circle cx="10" cy="10" r="7.25" />
      <path d="M10 9v4.5M10 6.5v.01" />
    </>
  ),
  error: (
    <>
      <circle cx="10" cy="10" r="7.25" />
      <path d="M10 6v4.5M10 13.5v.01" />
    </>
  ),
  success: (
    <>
      <circle cx="10" cy="10" r="7.25" />
      <path d="m6.75 10.25 2.25 2.25 4.25-4.75" />
    </>
  ),
};

export type AlertProps = Omit<ComponentProps<'div'>, 'title'> &
  VariantProps<typeof alertVariants> & {
    /** Bold first line; the children become the body text. */
    title?: ReactNode;
  };

export function Alert({ className, variant, title, role, children, ...props }: AlertProps) {
  const v: AlertVariant = variant ?? 'info';
  return (
    <div
      data-slot="alert"
      role={role === undefined ? defaultRole[v] : role}
      className={cn(alertVariants({ variant: v }), className)}
      {...props}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
        className={cn('mt-0.5 size-5 shrink-0', iconColor[v])}
      >
        {iconPath[v]}
      </svg>
      <div className="grid min-w-0 gap-1 leading-6">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="[&_a]:font-medium [&_a]:underline [&_a]:underline-offset-2">{children}</div> : null}
      </div>
    </div>
  );
}
