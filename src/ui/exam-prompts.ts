import { createPrompt, isBackspaceKey, isDownKey, isEnterKey, isUpKey, useEffect, useKeypress, useRef, useState } from '@inquirer/core';
import { clockWarning } from '../core/exam-state.js';
import { optionIndexForKey } from '../core/option-keys.js';
import { isExitCommand, type ExamItemScreen, type ExamReviewScreen, type ExitCommand, type ItemCommand, type ReviewCommand } from './prompter.js';
import { gridColumns, visibleItems, type ReviewFilter, type ScreenText } from './exam-render.js';

// The clock is redrawn twice a second so its seconds never lag a whole second behind.
const TICK_MS = 500;

/** Keeps the header and the key lines; the body scrolls (↑/↓) when the screen is too short. */
export function fitToRows(screen: ScreenText, rows: number, scroll: number): { text: string; maxScroll: number } {
  const room = Math.max(3, rows - 1 - screen.head.length - screen.foot.length);
  if (screen.body.length <= room) return { text: [...screen.head, ...screen.body, ...screen.foot].join('\n'), maxScroll: 0 };
  const maxScroll = screen.body.length - (room - 1);
  const from = Math.min(Math.max(0, scroll), maxScroll);
  const window = screen.body.slice(from, from + room - 1);
  const more = `${from > 0 ? '↑ more above' : ''}${from > 0 && from < maxScroll ? ' · ' : ''}${from < maxScroll ? '↓ more below' : ''} (↑/↓ scroll)`;
  return { text: [...screen.head, ...window, more, ...screen.foot].join('\n'), maxScroll };
}

/** A clock that fires `onTick` every TICK_MS and `onZero` once when the time is gone. */
function useExamClock(leftMs: () => number, onZero: () => void): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => {
      if (leftMs() <= 0) onZero();
      else setTick(Date.now());
    }, TICK_MS);
    return () => clearInterval(timer);
  }, []);
}

// `m` marks for review (the real exam's "Mark for review"): `f` cannot flag, because on a
// six-option item it is option F, and a flag key that sometimes picks an answer is a trap.
const ITEM_KEYS: Record<string, ItemCommand['kind']> = { n: 'next', right: 'next', p: 'prev', left: 'prev', m: 'flag', r: 'review', s: 'submit' };

function itemCommand(name: string, armed: boolean, optionCount: number): ItemCommand | 'arm' | 'f-hint' | undefined {
  const shown = optionIndexForKey(name, optionCount);
  if (armed) return shown !== undefined ? { kind: 'strike', shown } : undefined;
  if (name === 'x') return 'arm';
  if (shown !== undefined) return { kind: 'choose', shown };
  if (name === 'f') return 'f-hint';
  const kind = ITEM_KEYS[name];
  return kind ? ({ kind } as ItemCommand) : undefined;
}

/**
 * The exam item screen. Keys are queued and handled one at a time: an in-place key is applied
 * and saved (the screen shows it only then), and a key typed meanwhile waits its turn.
 */
export const examItemPrompt = createPrompt<ExitCommand, ExamItemScreen & { rows: number }>((config, done) => {
  const [armed, setArmed] = useState(false);
  const [scroll, setScroll] = useState(0);
  const [note, setNote] = useState<string | undefined>(undefined);
  const [, setSaved] = useState(0);
  const queue = useRef<Array<{ name: string; up: boolean; down: boolean }>>([]);
  const work = useRef<Promise<void> | undefined>(undefined);
  const finished = useRef(false);
  const state = useRef({ armed: false, scroll: 0, maxScroll: 0 });
  const finish = (cmd: ExitCommand) => {
    if (finished.current) return;
    finished.current = true;
    // A key being saved finishes first: nothing is written after the session has moved on.
    void (work.current ?? Promise.resolve()).then(() => done(cmd));
  };
  const handle = async (key: { name: string; up: boolean; down: boolean }) => {
    if (key.up || key.down) {
      state.current.scroll = Math.min(Math.max(0, state.current.scroll + (key.up ? -1 : 1)), state.current.maxScroll);
      return setScroll(state.current.scroll);
    }
    const cmd = itemCommand(key.name, state.current.armed, config.optionCount());
    if (cmd === 'arm') return setArmed((state.current.armed = true));
    setArmed((state.current.armed = false));
    if (cmd === 'f-hint') return setNote('Flag this item with m (mark for review).');
    if (!cmd) return;
    if (isExitCommand(cmd)) return finish(cmd);
    const moved = cmd.kind === 'next' || cmd.kind === 'prev';
    const why = await config.apply(cmd);
    if (moved && !why) state.current.scroll = 0;
    setScroll(state.current.scroll);
    setNote(why);
    setSaved(Date.now());
  };
  const pump = () => {
    work.current ??= (async () => {
      while (queue.current.length > 0 && !finished.current) await handle(queue.current.shift()!);
      work.current = undefined;
    })();
  };
  useExamClock(config.leftMs, () => finish({ kind: 'time-up' }));
  useKeypress((event) => {
    // Ctrl-C arrives as "c" with ctrl: it pauses (readline's SIGINT), it must not choose option C.
    if (finished.current || event.ctrl) return;
    queue.current.push({ name: (event.name ?? '').toLowerCase(), up: isUpKey(event), down: isDownKey(event) });
    pump();
  });
  const leftMs = config.leftMs();
  const shownNote = clockWarning(leftMs, config.durationMs) ?? note;
  const fitted = fitToRows(config.render({ leftMs, strikeArmed: armed, ...(shownNote ? { note: shownNote } : {}) }), config.rows, scroll);
  state.current.maxScroll = fitted.maxScroll;
  return fitted.text;
});

/** The review grid: filters, a cursor, typed item numbers; resolves with where to go. */
export const examReviewPrompt = createPrompt<ReviewCommand, ExamReviewScreen & { rows: number }>((config, done) => {
  const [filter, setFilter] = useState<ReviewFilter>(config.filter ?? 'all');
  const [cursor, setCursor] = useState(config.state.current);
  const [typed, setTyped] = useState('');
  const [note, setNote] = useState<string | undefined>(undefined);
  const finished = useRef(false);
  const finish = (cmd: ReviewCommand) => {
    if (finished.current) return;
    finished.current = true;
    done(cmd);
  };
  useExamClock(config.leftMs, () => finish({ kind: 'time-up' }));
  const total = config.state.items.length;
  const shown = visibleItems(config.state, filter);
  const goTyped = (digits: string) => {
    const n = Number(digits);
    if (n >= 1 && n <= total) finish({ kind: 'go', index: n - 1 });
    else { setTyped(''); setNote(`There is no item ${digits}: items run from 1 to ${total}.`); }
  };
  useKeypress((event) => {
    if (finished.current || event.ctrl) return;
    const name = (event.name ?? '').toLowerCase();
    setNote(undefined);
    if (/^[0-9]$/.test(name)) {
      const digits = typed + name;
      // Jump at once when no further digit could make a valid item number.
      if (Number(digits) * 10 > total) return goTyped(digits);
      return setTyped(digits);
    }
    if (isBackspaceKey(event)) return setTyped(typed.slice(0, -1));
    if (isEnterKey(event)) return typed ? goTyped(typed) : shown.includes(cursor) ? finish({ kind: 'go', index: cursor }) : undefined;
    const filters: Record<string, ReviewFilter> = { a: 'all', u: 'unanswered', f: 'flagged' };
    if (filters[name]) {
      const next = filters[name]!;
      setFilter(next);
      const list = visibleItems(config.state, next);
      if (!list.includes(cursor) && list.length > 0) setCursor(list[0]!);
      return;
    }
    if (name === 'escape' || name === 'b') return finish({ kind: 'back' });
    if (name === 's') return finish({ kind: 'submit' });
    const pos = shown.indexOf(cursor);
    const perRow = gridColumns(config.width);
    const step: Record<string, number> = { left: -1, right: 1, up: -perRow, down: perRow };
    if (step[name] !== undefined && shown.length > 0) setCursor(shown[Math.min(Math.max(0, (pos < 0 ? 0 : pos) + step[name]!), shown.length - 1)]!);
  });
  return fitToRows(config.render({ filter, cursor, typed, leftMs: config.leftMs(), ...(note ? { note } : {}) }), config.rows, 0).text;
});
