// Client-safe: the confirmation page validates a ?ref= before it queries anything.
// References are never sequential: they are what a candidate quotes, not a row id.

// 32 symbols without 0/O and 1/I, so a reference read out over the phone is not misheard;
// 32 divides 256, so masking a random byte picks every symbol with the same chance.
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const REFERENCE_PATTERN = /^APP-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}$/;

export function isApplicationReference(value: unknown): value is string {
  return typeof value === 'string' && REFERENCE_PATTERN.test(value);
}

/** "APP-" and 8 symbols: 40 bits from the CSPRNG, so a reference cannot be guessed from another. */
export function generateReference(): string {
  return `APP-${Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => REFERENCE_ALPHABET[byte & 31]).join('')}`;
}
