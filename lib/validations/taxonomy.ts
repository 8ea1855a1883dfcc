import { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import { countryName } from '@/lib/domain/location';
import { optionalText, requiredText } from './fields';

// ONE schema each for the department and location forms and their actions. Client-safe.

// ISO 3166-1 alpha-2, the officially assigned codes (JSON-LD's addressCountry wants one of these).
export const COUNTRY_CODES: readonly string[] = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT
BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH
ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT
HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI
NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG
SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.trim().split(/\s+/);
const COUNTRY_SET = new Set(COUNTRY_CODES);

/** The Country select's options, by name. */
export function countryOptions(): Array<{ code: string; name: string }> {
  return COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

export const departmentSchema = z.object({
  name: requiredText(100, { missing: 'Enter the department’s name', tooLong: 'Keep the name to 100 characters or fewer' }),
});

const COUNTRY_MESSAGE = 'Choose a country (a two-letter ISO 3166 code, like US or DE)';

export const locationSchema = z
  .object({
    city: optionalText(100, 'Keep the city to 100 characters or fewer'),
    region: optionalText(100, 'Keep the region to 100 characters or fewer'),
    countryCode: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
      z.string({ error: COUNTRY_MESSAGE }).regex(/^[A-Z]{2}$/, COUNTRY_MESSAGE).refine((code) => COUNTRY_SET.has(code), COUNTRY_MESSAGE),
    ),
    remoteArea: optionalText(100, 'Keep the remote area to 100 characters or fewer'),
  })
  .transform((place) => ({ city: place.city ?? null, region: place.region ?? null, countryCode: place.countryCode, remoteArea: place.remoteArea ?? null }));

export type DepartmentInput = z.output<typeof departmentSchema>;
export type LocationInput = z.output<typeof locationSchema>;
export type DepartmentField = keyof z.input<typeof departmentSchema>;
export type LocationField = 'city' | 'region' | 'countryCode' | 'remoteArea';
export type TaxonomyFormValues = Partial<Record<string, string>>;
export type TaxonomyActionState<F extends string = string> = ActionState<F> & { values?: TaxonomyFormValues };

const jobs = (n: number) => (n === 1 ? '1 job uses it' : `${n} jobs use it`);

export const TAXONOMY_MESSAGES = {
  invalid: "Nothing was saved. Check the fields marked below.",
  departmentDuplicate: 'A department with this name already exists.',
  departmentMissing: 'This department no longer exists.',
  departmentInUse: (n: number) => `This department can't be deleted: ${jobs(n)} (counting closed and archived jobs). Move those jobs to another department first.`,
  locationDuplicate: 'This location already exists.',
  locationMissing: 'This location no longer exists.',
  locationInUse: (n: number) => `This location can't be deleted: ${jobs(n)} (counting closed and archived jobs). Move those jobs to another location first.`,
} as const;
