import './lib/load-env';
import { indexPendingResumes } from '../lib/candidates/index-resumes';
import { storageFor } from '../lib/storage';
import { withMigratedDatabase } from './lib/with-database';

// `npm run index-resumes`: reads the text of every resume that has none yet, now, instead of
// waiting for the worker's next rounds (after restoring a backup, or on an install run without
// the worker). Safe beside a running worker: a file is stored once, whoever reads it first.

const log = (line: string) => console.log(`[index-resumes] ${line}`);
const exitCode = await withMigratedDatabase(log, async (db) => {
  const run = await indexPendingResumes(db, storageFor(db), { maxFiles: Number.MAX_SAFE_INTEGER });
  log(`Read ${run.extracted} resumes; ${run.unreadable} could not be read (noted on the candidate).`);
  return 0;
});
// Explicit: something in the database client's shutdown resets process.exitCode.
process.exit(exitCode);
