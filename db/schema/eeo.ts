import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { EEO_DISABILITY_STATUSES, EEO_GENDERS, EEO_RACES, EEO_VETERAN_STATUSES } from '@/lib/domain/eeo';
import { applications } from './applications';
import { createdAt, updatedAt } from './columns';

// ---------------------------------------------------------------- voluntary self-identification
// Its own table, never joined by anything a hiring manager or an export reads: only the
// candidate (with their status token) writes it and only admins' aggregate report reads it.
// Goes with the application (cascade) and with the retention purge (db/queries/retention.ts).
// A null answer is a question left blank; "decline" is "I don't wish to answer".
const inList = (column: string, values: readonly string[]) => sql.raw(`${column} is null or ${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export const eeoResponses = pgTable(
  'eeo_responses',
  {
    applicationId: integer('application_id')
      .primaryKey()
      .references(() => applications.id, { onDelete: 'cascade' }),
    gender: text('gender'),
    race: text('race'),
    veteranStatus: text('veteran_status'),
    disabilityStatus: text('disability_status'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  () => [
    check('eeo_responses_gender_valid', inList('gender', EEO_GENDERS)),
    check('eeo_responses_race_valid', inList('race', EEO_RACES)),
    check('eeo_responses_veteran_valid', inList('veteran_status', EEO_VETERAN_STATUSES)),
    check('eeo_responses_disability_valid', inList('disability_status', EEO_DISABILITY_STATUSES)),
  ],
);
