/**
 * A `files` row whose object is not in the object store (deleted by hand, a lost bucket, a
 * restore from an older backup). Never answered as an empty or truncated file: callers log it
 * with the file id and tell the user plainly that the file is missing.
 */
export class MissingFileObjectError extends Error {
  constructor(
    readonly fileId: number,
    readonly driver: string,
  ) {
    super(`File ${fileId} has a row but its object is missing from ${driver} storage`);
    this.name = 'MissingFileObjectError';
  }
}

/** A row stored by a driver this process has no configuration for (e.g. s3 rows, STORAGE_DRIVER=postgres and no S3_BUCKET). */
export class StorageDriverUnavailableError extends Error {
  constructor(
    readonly fileId: number,
    readonly driver: string,
  ) {
    super(`File ${fileId} is stored with the ${driver} driver, which is not configured here (see STORAGE_DRIVER and S3_* in .env.example)`);
    this.name = 'StorageDriverUnavailableError';
  }
}
