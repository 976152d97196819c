import { SKILL_TITLES } from './skill-titles.js';

/**
 * The DEA-C01 exam guide v1.1 (December 2025): domains, task statements and skills, plus the
 * exam format. Every domain/task/skill id in a deck, the blueprint and the coverage report rests
 * on this one table (source: shared/reference/exam-guide.md).
 */

export type DomainId = 1 | 2 | 3 | 4;

export interface DomainInfo {
  id: DomainId;
  title: string;
  /** Share of the exam's scored content, in percent. */
  weight: number;
  /** Items of this domain on the 65-item form. */
  blueprintItems: number;
  /** Task statements, each with its title and number of skills. */
  tasks: ReadonlyArray<{ id: string; title: string; skills: number }>;
}

export const DOMAINS: readonly DomainInfo[] = [
  {
    id: 1, title: 'Data Ingestion and Transformation', weight: 34, blueprintItems: 22,
    tasks: [
      { id: '1.1', title: 'Perform data ingestion', skills: 12 },
      { id: '1.2', title: 'Transform and process data', skills: 10 },
      { id: '1.3', title: 'Orchestrate data pipelines', skills: 4 },
      { id: '1.4', title: 'Apply programming concepts', skills: 11 },
    ],
  },
  {
    id: 2, title: 'Data Store Management', weight: 26, blueprintItems: 17,
    tasks: [
      { id: '2.1', title: 'Choose a data store', skills: 8 },
      { id: '2.2', title: 'Understand data cataloging systems', skills: 6 },
      { id: '2.3', title: 'Manage the lifecycle of data', skills: 6 },
      { id: '2.4', title: 'Design data models and schema evolution', skills: 6 },
    ],
  },
  {
    id: 3, title: 'Data Operations and Support', weight: 22, blueprintItems: 14,
    tasks: [
      { id: '3.1', title: 'Automate data processing by using AWS services', skills: 9 },
      { id: '3.2', title: 'Analyze data by using AWS services', skills: 6 },
      { id: '3.3', title: 'Maintain and monitor data pipelines', skills: 8 },
      { id: '3.4', title: 'Ensure data quality', skills: 5 },
    ],
  },
  {
    id: 4, title: 'Data Security and Governance', weight: 18, blueprintItems: 12,
    tasks: [
      { id: '4.1', title: 'Apply authentication mechanisms', skills: 7 },
      { id: '4.2', title: 'Apply authorization mechanisms', skills: 6 },
      { id: '4.3', title: 'Ensure data encryption and masking', skills: 4 },
      { id: '4.4', title: 'Prepare logs for audit', skills: 5 },
      { id: '4.5', title: 'Understand data privacy and governance', skills: 7 },
    ],
  },
];

export const EXAM_FORMAT = {
  items: 65,
  minutes: 130,
  passingScore: 720,
  minScore: 100,
  maxScore: 1000,
} as const;

export const TASK_IDS: readonly string[] = DOMAINS.flatMap((d) => d.tasks.map((t) => t.id));

export const SKILL_IDS: readonly string[] = DOMAINS.flatMap((d) =>
  d.tasks.flatMap((t) => Array.from({ length: t.skills }, (_, i) => `${t.id}.${i + 1}`)),
);

const taskSet = new Set(TASK_IDS);
const skillSet = new Set(SKILL_IDS);

export const isTask = (id: string): boolean => taskSet.has(id);
export const isSkill = (id: string): boolean => skillSet.has(id);

/** "1.2.6" → "1.2"; "1.2" → "1". */
export const parentOf = (id: string): string => id.slice(0, id.lastIndexOf('.'));

export const skillTitle = (skillId: string): string | undefined => SKILL_TITLES[skillId];

export function taskTitle(taskId: string): string | undefined {
  for (const d of DOMAINS) for (const t of d.tasks) if (t.id === taskId) return t.title;
  return undefined;
}

export function domainInfo(id: number): DomainInfo | undefined {
  return DOMAINS.find((d) => d.id === id);
}
