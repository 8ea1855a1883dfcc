import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { PAY_PERIODS, type PayPeriod } from '@/lib/domain/job-enums';
import type { JobFieldKit } from './job-field-kit';
import { fieldsetClass, legendClass } from './job-form-layout';

const PERIOD_LABELS: Record<PayPeriod, string> = { hour: 'Per hour', day: 'Per day', week: 'Per week', month: 'Per month', year: 'Per year' };
const CLOSING_HELP = 'Applications stop at the end of this day (UTC). Leave it empty to keep the job open until you close it.';

export function JobPayFields({ kit }: { kit: JobFieldKit }) {
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>Pay and closing date</legend>
      <p className="text-sm text-gray-600">
        Shown on the job page and to search engines, and needed to publish when your settings require a pay range. For a fixed pay,
        enter the same amount twice. The currency is a three-letter ISO 4217 code, such as USD, EUR or GBP.
      </p>
      <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
        <FormField id="payMin" label="Minimum pay" error={kit.errorsFor('payMin')}>
          <Input type="text" inputMode="decimal" autoComplete="off" placeholder="85000" {...kit.control('payMin')} />
        </FormField>
        <FormField id="payMax" label="Maximum pay" error={kit.errorsFor('payMax')}>
          <Input type="text" inputMode="decimal" autoComplete="off" placeholder="95000" {...kit.control('payMax')} />
        </FormField>
        <FormField id="payCurrency" label="Currency" error={kit.errorsFor('payCurrency')}>
          <Input type="text" maxLength={3} autoComplete="off" autoCapitalize="characters" spellCheck={false} {...kit.control('payCurrency')} />
        </FormField>
        <FormField id="payPeriod" label="Pay period" error={kit.errorsFor('payPeriod')}>
          <NativeSelect {...kit.control('payPeriod')}>
            <option value="">Choose…</option>
            {PAY_PERIODS.map((period) => (
              <option key={period} value={period}>
                {PERIOD_LABELS[period]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>
      <FormField id="closesAt" label="Closing date" description={CLOSING_HELP} error={kit.errorsFor('closesAt')}>
        <Input type="date" className="sm:max-w-xs" {...kit.control('closesAt', CLOSING_HELP)} />
      </FormField>
    </fieldset>
  );
}
