import { Slot } from '@radix-ui/react-slot';
import { cva, type VariantProps } from 'class-variance-authority';
import { clsx } from 'clsx';
import type { ComponentProps } from 'react';

// The look lives in globals.css (.ui-button-*), one short class per variant and size: a page
// holds dozens of buttons, each spelled out in its HTML and RSC payload. A className of
// utilities still wins over them (a later layer), so no class merging is needed here.
// Exported so a plain <Link> or <a> can look like a button without asChild.
export const buttonVariants = cva('ui-button', {
  variants: {
    variant: {
      default: 'ui-button-primary',
      secondary: 'ui-button-secondary',
      outline: 'ui-button-outline',
      ghost: 'ui-button-ghost',
      link: 'ui-button-link',
      destructive: 'ui-button-destructive',
    },
    size: {
      sm: 'ui-button-sm',
      default: 'ui-button-md',
      lg: 'ui-button-lg',
      icon: 'ui-button-icon',
    },
  },
  defaultVariants: { variant: 'default', size: 'default' },
});

export type ButtonProps = ComponentProps<'button'> &
  VariantProps<typeof buttonVariants> & {
    /** Render the single child (e.g. next/link's <Link>) with the button's styles instead of a <button>. */
    asChild?: boolean;
  };

export function Button({ className, variant, size, asChild = false, ...props }: ButtonProps) {
  const Comp = asChild ? Slot : 'button';
  return <Comp data-slot="button" className={clsx(buttonVariants({ variant, size }), className)} {...props} />;
}
