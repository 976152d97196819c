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

/** At most this many issues are shown per file: a broken 1 MiB file can have 100,000. */
export const MAX_ISSUES_PER_FILE = 100;

/**
 * The first MAX_ISSUES_PER_FILE issues of each file (issues sorted by file), then one issue
 * saying how many more there are. The counts of errors and warnings are taken before this.
 */
export function capPerFile(issues: readonly Issue[], max = MAX_ISSUES_PER_FILE): Issue[] {
  const byFile = new Map<string, Issue[]>();
  for (const i of issues) {
    const list = byFile.get(i.file);
    if (list) list.push(i);
    else byFile.set(i.file, [i]);
  }
  return [...byFile.values()].flatMap((list) => (list.length <= max ? list : [...list.slice(0, max), moreIssues(list.slice(max), max)]));
}

function moreIssues(rest: Issue[], shown: number): Issue {
  const { errors, warnings } = countBySeverity(rest);
  const first = rest[0]!;
  return {
    rule: 'too-many-issues', severity: errors > 0 ? 'error' : 'warning', file: first.file, line: first.line, col: first.col,
    message: `… and ${rest.length} more (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) not shown`,
    expected: `fix the first ${shown} and lint again`,
  };
}
