import { counted } from '../ui/format.js';
import type { CardType } from '../core/model.js';
import { neutralizeLine, safeJson } from '../core/sanitize.js';
import type { DeckSourceOptions } from '../io/deck-sources.js';
import type { CommandIo } from './io.js';
import { loadForStudy } from './load.js';

export interface DeckRow {
  id: string;
  title: string;
  file: string;
  cards: number;
  types: Record<CardType, number>;
  domains: Record<string, number>;
}

/** `dea decks`: what is loaded, deck by deck. */
export async function decks(opts: DeckSourceOptions & { json: boolean }, io: CommandIo): Promise<number> {
  const loaded = await loadForStudy(opts, io);
  const rows: DeckRow[] = loaded.decks.map((d) => {
    const types: Record<CardType, number> = { basic: 0, cloze: 0, mcq: 0, multi: 0 };
    const domains: Record<string, number> = {};
    for (const c of d.cards) {
      types[c.type]++;
      domains[c.domain] = (domains[c.domain] ?? 0) + 1;
    }
    return { id: d.id, title: d.title, file: d.file, cards: d.cards.length, types, domains };
  });
  if (opts.json) {
    io.data(safeJson(rows, 2));
    return 0;
  }
  const t = io.theme;
  for (const r of rows) {
    const types = (Object.entries(r.types) as Array<[CardType, number]>).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ');
    const domains = Object.entries(r.domains).map(([d, n]) => `D${d} ${n}`).join(', ');
    io.out(`${t.bold(neutralizeLine(r.id))}  ${neutralizeLine(r.title)}\n  ${t.dim(neutralizeLine(r.file))}\n  ${r.cards} cards: ${types} · ${domains}`);
  }
  const total = rows.reduce((n, r) => n + r.cards, 0);
  io.out(`\n${counted(rows.length, 'deck')}, ${counted(total, 'card')}`);
  return 0;
}
