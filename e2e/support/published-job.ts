import type postgres from 'postgres';

/** A published job with the six default stages and an empty question set v1, written in `tx`; returns the job and set ids. */
export async function insertPublishedJob(tx: postgres.TransactionSql, slug: string, title: string): Promise<{ id: number; setId: number }> {
  const [row] = await tx<{ id: number }[]>`
    insert into jobs (slug, title, workplace_type, employment_type, status, published_at, summary, description_markdown)
    values (${slug}, ${title}, 'remote', 'full_time', 'published', now(), 'A test job.', 'A test job.')
    returning id`;
  const id = row!.id;
  await tx`
    insert into stages (job_id, name, kind, position)
    select ${id}, name, kind::stage_kind, position
    from (values ('Applied', 'applied', 0), ('Screening', 'screening', 1), ('Interview', 'interview', 2),
                 ('Offer', 'offer', 3), ('Hired', 'hired', 4), ('Rejected', 'rejected', 5)) as s(name, kind, position)`;
  const [set] = await tx<{ id: number }[]>`insert into question_sets (job_id, version) values (${id}, 1) returning id`;
  return { id, setId: set!.id };
}
