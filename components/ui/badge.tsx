import { cva, type VariantProps } from 'class-variance-authority';
import type { ComponentProps } from 'react';

import { clsx } from 'clsx';

// The look lives in globals.css (.ui-badge-*), shared with the applicant table's stage; a
// className of utilities still wins over it.
export const badgeVariants = cva('ui-badge', {
  variants: {
    variant: {
      default: 'ui-badge-default',
      secondary: 'ui-badge-secondary',
      outline: 'ui-badge-outline',
      success: 'ui-badge-success',
      warning: 'ui-badge-warning',
    },
  },
  defaultVariants: { variant: 'default' },
});

export type BadgeProps = ComponentProps<'span'> & VariantProps<typeof badgeVariants>;

export function Badge({ className, variant, ...props }: BadgeProps) {
  return <span data-slot="badge" className={clsx(badgeVariants({ variant }), className)} {...props} />;
}
