/** A problem found in a deck: where, what, what was expected and an example of the fix. */
export type Severity = 'error' | 'warning';

export interface Issue {
  rule: string;
  severity: Severity;
  file: string;
  line: number;
  col: number;
  message: string;
  expected?: string;
  example?: string;
  /** The card the issue is about, when it is about one: cards with errors are not studied. */
  cardId?: string;
}

export type IssueDraft = Omit<Issue, 'file'>;

export const countBySeverity = (issues: readonly Issue[]) => ({
  errors: issues.filter((i) => i.severity === 'error').length,
  warnings: issues.filter((i) => i.severity === 'warning').length,
});

export function sortIssues(issues: Issue[]): Issue[] {
  return issues.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.rule.localeCompare(b.rule),
  );
}
