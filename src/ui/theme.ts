import chalk, { Chalk, type ChalkInstance } from 'chalk';

/**
 * The only chalk importer. Colour follows the terminal (chalk honours NO_COLOR and FORCE_COLOR);
 * tests pass `plain` to get text without escapes.
 */
export type Theme = ChalkInstance;
export const terminalTheme: Theme = chalk;
export const plain: Theme = new Chalk({ level: 0 });
export const themeFor = (stream: NodeJS.WriteStream): Theme => (stream.isTTY ? chalk : plain);
