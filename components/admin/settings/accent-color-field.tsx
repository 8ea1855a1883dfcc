'use client';

import type { UseFormReturn, FieldValues } from 'react-hook-form';
import { fieldAria, FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { contrastRatio, formatRatio, HEX_COLOR, MIN_TEXT_CONTRAST, readableForeground } from '@/lib/color-contrast';

const DESCRIPTION = 'Buttons, links and the focus ring on the careers site. It must reach 4.5:1 against white so links in it stay readable.';

/** The native picker and the hex text stay in step; the text is what the form sends. */
export function AccentColorField({ form, error, initial }: { form: UseFormReturn<FieldValues>; error?: string[]; initial: string }) {
  const typed = String(form.watch('accentColor') ?? initial).trim().toLowerCase();
  const valid = HEX_COLOR.test(typed);
  const color = valid ? typed : initial;
  const foreground = readableForeground(color);
  const onWhite = contrastRatio(color, '#ffffff');

  return (
    <FormField id="accentColor" label="Accent colour" required description={DESCRIPTION} error={error}>
      <div className="flex flex-wrap items-center gap-3">
        <input
          type="color"
          aria-label="Pick the accent colour"
          value={color}
          onChange={(event) => form.setValue('accentColor', event.target.value, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })}
          className="h-11 w-14 cursor-pointer rounded-md border border-gray-500 bg-white p-1"
        />
        <Input
          id="accentColor"
          defaultValue={initial}
          spellCheck={false}
          autoComplete="off"
          className="w-36 font-mono"
          {...form.register('accentColor')}
          {...fieldAria('accentColor', { error, description: DESCRIPTION })}
        />
      </div>
      <div className="grid gap-3 rounded-md border border-gray-200 p-4 sm:grid-cols-2" role="group" aria-label="Preview">
        <div className="grid gap-1 text-sm text-gray-700">
          <span
            className="inline-flex min-h-11 w-fit items-center rounded-md px-4 text-sm font-medium"
            style={{ backgroundColor: color, color: foreground }}
          >
            Apply for this job
          </span>
          <span>
            Text on it: {foreground === '#ffffff' ? 'white' : 'black'}, {formatRatio(contrastRatio(color, foreground))}
          </span>
        </div>
        <div className="grid gap-1 text-sm text-gray-700">
          {/* Only drawn when readable: a preview must not itself be unreadable. */}
          {onWhite >= MIN_TEXT_CONTRAST ? (
            <span className="min-h-11 font-medium underline underline-offset-4" style={{ color }}>
              See open positions
            </span>
          ) : (
            <span aria-hidden="true" className="block h-11 w-24 rounded-md" style={{ backgroundColor: color }} />
          )}
          <span>
            As text on white: {formatRatio(onWhite)} {onWhite >= MIN_TEXT_CONTRAST ? '(readable)' : '(too light: needs 4.5:1)'}
          </span>
        </div>
      </div>
    </FormField>
  );
}
