/** Small Unicode charts for the terminal; colour is added by the caller's theme. */

const LEVELS = ' ▁▂▃▄▅▆▇█';

/** Vertical bars, `height` rows tall, each value `cell` columns wide; rows top first. */
export function columnChart(values: readonly number[], height: number, cell: number): string[] {
  const max = Math.max(1, ...values);
  const rows: string[] = [];
  for (let row = height - 1; row >= 0; row--) {
    rows.push(values.map((v) => {
      const eighths = Math.round((v / max) * height * 8) - row * 8;
      const ch = eighths >= 8 ? '█' : eighths <= 0 ? ' ' : LEVELS[eighths]!;
      return ch.repeat(cell - 1).padEnd(cell);
    }).join('').trimEnd());
  }
  return rows;
}

const SHADES = ['·', '░', '▒', '▓', '█'];

/** A calendar heatmap: one row per weekday, one column per week, shaded by count (0 is ·). */
export function heatmap(perDay: readonly number[], lastDay: Date, rowLabels: readonly string[]): string[] {
  const max = Math.max(1, ...perDay);
  const weeks = Math.ceil(perDay.length / 7);
  // The last column ends on `lastDay`; rows are Monday..Sunday.
  const lastRow = (lastDay.getDay() + 6) % 7;
  const grid = Array.from({ length: 7 }, () => new Array<string>(weeks).fill(' '));
  perDay.forEach((n, i) => {
    const back = perDay.length - 1 - i;
    const slot = lastRow - back + (weeks - 1) * 7;
    if (slot < 0) return;
    const shade = n === 0 ? SHADES[0]! : SHADES[Math.min(4, Math.ceil((n / max) * 4))]!;
    grid[slot % 7]![Math.floor(slot / 7)] = shade;
  });
  return grid.map((cells, r) => `${rowLabels[r]!.padEnd(4)}${cells.join(' ')}`);
}

/** One horizontal bar from `min` to `max` over `width` columns, with a mark at `line`. */
export function barWithLine(value: number, min: number, max: number, line: number, width: number): string {
  const pos = (v: number) => Math.round(((Math.min(max, Math.max(min, v)) - min) / (max - min)) * width);
  const filled = pos(value);
  const mark = pos(line);
  return Array.from({ length: width + 1 }, (_, i) => (i === mark ? '│' : i < filled ? '█' : '·')).join('');
}
