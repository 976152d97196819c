import chalk, { Chalk, type ChalkInstance } from 'chalk';

/** The only chalk importer. Tests pass `plain` to get text without escapes. */
export type Theme = ChalkInstance;
export const plain: Theme = new Chalk({ level: 0 });

type ColorLevel = 0 | 1 | 2 | 3;

/**
 * The colour conventions, in order: `--no-color` wins; `FORCE_COLOR` turns colour on (its value
 * the level; 0 or false turns it off), as in Node; `NO_COLOR` with any value turns it off (chalk
 * alone does not honour it); otherwise colour only on a terminal that is not TERM=dumb, at the
 * depth chalk detects.
 */
export function colorLevel(isTTY: boolean, env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv): ColorLevel {
  if (argv.includes('--no-color')) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const n = Number.parseInt(force, 10);
    return (Number.isNaN(n) ? 1 : Math.min(Math.max(n, 1), 3)) as ColorLevel;
  }
  if (env.NO_COLOR !== undefined) return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return (chalk.level || 1) as ColorLevel;
}

export const themeFor = (stream: { isTTY?: boolean }, env?: NodeJS.ProcessEnv, argv?: readonly string[]): Theme => {
  const level = colorLevel(stream.isTTY === true, env, argv);
  return level === 0 ? plain : new Chalk({ level });
};
