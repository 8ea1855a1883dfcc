import { cva, type VariantProps } from 'class-variance-authority';
import type { ComponentProps, ReactNode } from 'react';

import { clsx } from 'clsx';

// The look lives in globals.css (.ui-alert-*); a className of utilities still wins over it.
const alertVariants = cva('ui-alert', {
  variants: {
    variant: {
      info: 'ui-alert-info',
      error: 'ui-alert-error',
      success: 'ui-alert-success',
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
      className={clsx(alertVariants({ variant: v }), className)}
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
