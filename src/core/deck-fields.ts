/**
 * The field rules of deck format v1 that both the zod schema (deck-schema.ts) and the plain
 * check (plain-check.ts) need. Kept free of zod so the plain check can load without it.
 */

export const ID_PATTERN = /^[a-z0-9][a-z0-9._/-]*$/;
export const ID_MAX = 120;
export const TASK_PATTERN = /^[1-4]\.\d+$/;
export const SKILL_PATTERN = /^[1-4]\.\d+\.\d+$/;
export const LETTER_PATTERN = /^[A-Z]$/;
export const DOMAIN_MIN = 1;
export const DOMAIN_MAX = 4;
export const OPTIONS_MIN = 2;
export const OPTIONS_MAX = 26;
