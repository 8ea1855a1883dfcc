import * as LabelPrimitive from '@radix-ui/react-label';
import type { ComponentProps } from 'react';

import { clsx } from 'clsx';

// @radix-ui/react-label ships its own 'use client' boundary, so this file stays usable from server components.
export function Label({ className, ...props }: ComponentProps<typeof LabelPrimitive.Root>) {
  return (
    <LabelPrimitive.Root
      data-slot="label"
      // Its look is .ui-label in globals.css; a className of utilities adjusts it.
      className={clsx('ui-label', className)}
      {...props}
    />
  );
}
