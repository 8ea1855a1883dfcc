import 'server-only';
import { LRUCache } from 'lru-cache';
import type { PublicQuestion } from '@/db/queries/application-form';
import { buildApplicationSchema, type ApplicationSchema } from '@/lib/validations/application';

// Building a job's schema costs forty times what parsing a post with it does (0.33 ms against
// 0.008 ms): zod 4 compiles each new object schema's parser with `new Function` on its first
// parse. The form's questions come out of the page cache as a fresh copy on every post, so
// schemas are kept by the questions' content: an edited question is a new key, never a stale
// schema. Only the jobs open at once are posted to, so a hundred is plenty.
const schemas = new LRUCache<string, ApplicationSchema>({ max: 100 });

/** The server's check of an application to a job with these questions (see buildApplicationSchema). */
export function applicationSchemaFor(questions: readonly PublicQuestion[]): ApplicationSchema {
  const key = JSON.stringify(questions);
  let schema = schemas.get(key);
  if (!schema) {
    schema = buildApplicationSchema(questions);
    schemas.set(key, schema);
  }
  return schema;
}
