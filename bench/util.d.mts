// Types for util.mjs, so the TypeScript benches share its helpers instead of copying them.
export const ROOT: string;
export const BIN: string;
export function median(xs: readonly number[]): number;
export function report(name: string, value: string | number, unit: string, target?: string): void;
export function timeCommand(args: string[], opts?: { runs?: number; env?: Record<string, string> }): { ms: number; last: { ms: number; status: number | null; stderr: string } };
export function timeInterleaved(a: string[], b: string[], runs?: number): [number, number];
