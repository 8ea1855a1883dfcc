import { cva, type VariantProps } from 'class-variance-authority';
import { clsx } from 'clsx';
import type { ComponentProps } from 'react';

// The look lives in globals.css (.ui-button-*), one short class per variant and size: a page
// holds dozens of buttons, each spelled out in its HTML and RSC payload. A className of
// utilities still wins over them (a later layer), so no class merging is needed here.
// Exported so a <Link> or <a> can look like a button: `className={buttonVariants()}`. (No
// asChild/Slot: it put Radix's Slot into every page's JavaScript that shows a button.)
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

export type ButtonProps = ComponentProps<'button'> & VariantProps<typeof buttonVariants>;

export function Button({ className, variant, size, ...props }: ButtonProps) {
  return <button data-slot="button" className={clsx(buttonVariants({ variant, size }), className)} {...props} />;
}
