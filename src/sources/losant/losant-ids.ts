/** Losant's ids (entries, users, resources) are MongoDB ObjectIds: 24 hex digits. */
export const LOSANT_ID_PATTERN = /^[A-Fa-f\d]{24}$/
