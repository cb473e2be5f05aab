/** A brief command the operator can correct (`npm run brief` exits with 2 and says why). */
export class UsageError extends Error {}
