import type { Tally } from './scoring.js';

/** A finished exam as recorded in the progress file (older records lack the later fields). */
export interface ExamRecord {
  id: string;
  startedAt: string;
  finishedAt: string;
  timedOut?: boolean;
  durationMs: number;
  usedMs: number;
  total: number;
  correct: number;
  scaledEstimate: number;
  passed?: boolean;
  verdict?: 'none';
  byDomain: Record<string, Tally>;
  items: Array<{ cardId: string; order?: number[]; chosen: number[] | null; correct: boolean; flagged?: boolean; ms?: number }>;
}

/** Records come from a file the user may have edited: keep only those with the fields we read. */
export function examRecords(exams: ReadonlyArray<Record<string, unknown>>): ExamRecord[] {
  return exams
    .filter((e) => typeof e.finishedAt === 'string' && typeof e.total === 'number' && typeof e.correct === 'number' && Array.isArray(e.items))
    .map((e) => e as unknown as ExamRecord)
    .sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
}

export type ItemSelection = 'all' | 'missed' | 'flagged';

export function selectRecordItems(record: ExamRecord, which: ItemSelection): Array<{ item: ExamRecord['items'][number]; number: number }> {
  return record.items
    .map((item, i) => ({ item, number: i + 1 }))
    .filter(({ item }) => which === 'all' || (which === 'missed' ? !item.correct : item.flagged === true));
}
