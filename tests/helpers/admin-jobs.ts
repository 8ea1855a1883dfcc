import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import type { Actor } from '@/db/queries/access';
import { auditLog, departments, locations } from '@/db/schema';
import type { JobData } from '@/lib/validations/job';
import { createTestUser } from './auth-users';
import { uniqueSuffix } from './apply';

// Set-up for the admin job and taxonomy integration tests: every test makes its own users,
// departments, locations and slugs, so the tests run in any order and twice on one database.

export async function testActor(db: Database, role: Actor['role']): Promise<Actor> {
  const user = await createTestUser(db, { role, password: null });
  return { id: user.id, role };
}

export async function createTestDepartment(db: Database): Promise<{ id: number; name: string }> {
  const name = `IT Department ${uniqueSuffix()}`;
  const [row] = await db.insert(departments).values({ name, slug: name.toLowerCase().replace(/\s+/g, '-') }).returning({ id: departments.id, name: departments.name });
  if (!row) throw new Error('Department insert returned no row');
  return row;
}

export async function createTestLocation(db: Database, place: { countryCode?: string; remoteArea?: string | null } = {}): Promise<{ id: number }> {
  const [row] = await db
    .insert(locations)
    .values({ city: `Testville ${uniqueSuffix()}`, region: null, countryCode: place.countryCode ?? 'US', remoteArea: place.remoteArea ?? null })
    .returning({ id: locations.id });
  if (!row) throw new Error('Location insert returned no row');
  return row;
}

/** A job the publish rules accept (with a location from `locationId`), its slug unique to the test. */
export function completeJobData(locationId: number | null, overrides: Partial<JobData> = {}): JobData {
  return {
    title: 'Integration Test Designer',
    slug: `it-admin-${uniqueSuffix()}`,
    departmentId: null,
    locationId,
    workplaceType: 'hybrid',
    employmentType: 'full_time',
    pay: { min: '90000', max: '110000', currency: 'EUR', period: 'year' },
    closesAt: null,
    summary: 'Design things people love.',
    descriptionMarkdown: '## About the role\n\nDesign things people love.',
    ...overrides,
  };
}

export async function auditEntries(db: Database, entityType: string, entityId: number | string) {
  return db
    .select({ action: auditLog.action, actorUserId: auditLog.actorUserId, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
    .orderBy(asc(auditLog.id));
}
