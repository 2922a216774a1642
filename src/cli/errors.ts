/** A usage problem (bad option value, unknown format, invalid config): exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
