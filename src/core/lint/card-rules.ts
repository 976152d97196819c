import { ambiguousHints, findDeletions, hasMalformedDeletion } from '../cloze.js';
import { NUMBER_WORDS, optionLetter, type Card, type ChoiceCard } from '../model.js';
import { isSkill, isTask, parentOf } from '../outline.js';
import { hasUnsafeChars } from '../sanitize.js';
import { cardTexts, normalizeText, type Finding } from './context.js';
import { itemCueRules } from './item-rules.js';
import { refRules } from './ref-rules.js';
import { ANY_OLD_FIGURE, STALE_FACTS, TEACHES_CHANGE, mayHaveStaleFact } from './stale-facts.js';
import { ANY_SERVICE_NAME, RENAMED, RENAME_CONTEXT, RETIRED, RETIREMENT_WORDS } from './services.js';

const CHOOSE = /\b(?:choose|select|pick)\s+(two|three|four|five|six|\d+)\b/gi;
const ALL_NONE = /\b(?:all|none|both|neither) of (?:the )?(?:above|below|options|answers|these|those)\b|\bboth [A-F] and [A-F]\b/i;
const LETTER_REF = /\b(?:option|answer|choice)s? [A-F]\b/;

/** The rules that look at one card at a time. */
export function cardRules(card: Card): Finding[] {
  const findings = outlineRules(card);
  findings.push(...textRules(card), ...refRules(card));
  if (card.type === 'cloze') findings.push(...clozeRules(card.text, () => card.at.get('text')));
  if (card.type === 'mcq' || card.type === 'multi') findings.push(...choiceRules(card), ...itemCueRules(card));
  return findings;
}

function outlineRules(card: Card): Finding[] {
  if (!card.domain || !card.task) {
    return [{ rule: 'missing-classification', message: `card "${card.id}" has no ${card.domain ? 'task' : 'domain'}`, expected: 'domain and task on the card or as deck defaults', example: 'domain: 1\ntask: "1.2"' }];
  }
  const out: Finding[] = [];
  if (!isTask(card.task)) out.push({ rule: 'unknown-task', at: card.at.get('task'), message: `task "${card.task}" is not in the v1.1 exam guide`, expected: 'a task statement from 1.1 to 4.5 (see shared exam guide)', example: 'task: "3.4"' });
  else if (parentOf(card.task) !== String(card.domain)) out.push({ rule: 'task-domain', at: card.at.get('task') ?? card.at.get('domain'), message: `task ${card.task} belongs to domain ${parentOf(card.task)}, not domain ${card.domain}`, expected: `domain: ${parentOf(card.task)}, or a task that starts with "${card.domain}."` });
  if (card.skill !== undefined) {
    if (!isSkill(card.skill)) out.push({ rule: 'unknown-skill', at: card.at.get('skill'), message: `skill "${card.skill}" is not in the v1.1 exam guide`, expected: `a skill under task ${card.task}, e.g. "${card.task}.1"` });
    else if (parentOf(card.skill) !== card.task) out.push({ rule: 'skill-task', at: card.at.get('skill'), message: `skill ${card.skill} belongs to task ${parentOf(card.skill)}, not task ${card.task}`, expected: `task: "${parentOf(card.skill)}", or a skill that starts with "${card.task}."` });
  }
  return out;
}

function textRules(card: Card): Finding[] {
  const out: Finding[] = [];
  const texts = cardTexts(card);
  const staleFactsPossible = mayHaveStaleFact(texts);
  for (const { field, text } of texts) {
    // Positions are looked up only for findings: locating can mean re-parsing the file.
    const at = (): Card['pos'] => card.at.get(field) ?? card.pos;
    if (hasUnsafeChars(text)) out.push({ rule: 'control-chars', at: at(), message: `${field} contains control characters or ANSI escapes`, expected: 'plain text; they are shown neutralised' });
    if (ANY_SERVICE_NAME.test(text)) out.push(...serviceNameFindings(text, texts, at));
    if (staleFactsPossible && ANY_OLD_FIGURE.test(text)) out.push(...staleFacts(text, texts, at));
    if (LETTER_REF.test(text)) out.push({ rule: 'letter-reference', at: at(), message: `${field} refers to an option by letter, but options are shuffled when shown`, expected: 'refer to the option by what it says' });
  }
  return out;
}

function serviceNameFindings(text: string, texts: Array<{ text: string }>, at: () => Card['pos']): Finding[] {
  const out: Finding[] = [];
  for (const { pattern, current } of RENAMED) {
    const m = pattern.exec(text);
    if (m && !RENAME_CONTEXT.test(text.slice(0, m.index))) out.push({ rule: 'renamed-service', at: at(), message: `"${m[0]}" is an old name: use "${current}"`, expected: current });
  }
  for (const { pattern, instead } of RETIRED) {
    const m = pattern.exec(text);
    if (m && !texts.some((t) => RETIREMENT_WORDS.test(t.text))) out.push({ rule: 'retired-service', at: at(), message: `"${m[0]}" is ${instead}; say so, or leave it out` });
  }
  return out;
}

function staleFacts(text: string, texts: Array<{ text: string }>, at: () => Card['pos']): Finding[] {
  return STALE_FACTS.flatMap(({ about, old, unless, now, source }) => {
    const m = old.exec(text);
    if (!m || !about.every((a) => texts.some((t) => a.test(t.text)))) return [];
    if (texts.some((t) => TEACHES_CHANGE.test(t.text) || (unless?.test(t.text) ?? false))) return [];
    return [{ rule: 'stale-fact' as const, at: at(), message: `"${m[0]}" is out of date: ${now}`, expected: `the current figure (${source}), or say how it changed` }];
  });
}

function clozeRules(text: string, where: () => Card['pos'] | undefined): Finding[] {
  const deletions = findDeletions(text);
  const example = 'text: The default retention of a Kinesis data stream is {{c1::24 hours}}.';
  const at = (deletions.length === 0 || deletions.some((d) => d.answer.trim() === '') || hasMalformedDeletion(text)) ? where() : undefined;
  const oneColon = singleColonDeletion(text);
  if (oneColon) return [{ rule: 'cloze-deletions', at: where(), message: `malformed deletion "${oneColon.written}": one colon after c${oneColon.number}`, expected: `two colons: ${oneColon.meant}`, example }];
  if (deletions.length === 0) return [{ rule: 'cloze-deletions', at, message: 'cloze card without a deletion', expected: '{{c1::answer}} around the term to recall', example }];
  if (deletions.some((d) => d.answer.trim() === '')) return [{ rule: 'cloze-deletions', at, message: 'a deletion is empty', expected: 'text between "::" and "}}"', example }];
  if (hasMalformedDeletion(text)) return [{ rule: 'cloze-deletions', at, message: 'a "{{" that is not a well-formed deletion', expected: '{{c1::answer}} or {{c1::answer::hint}}', example }];
  return ambiguousHints(text).map((d) => ({
    rule: 'cloze-hint' as const, at: where(),
    message: `in {{c${d.number}::${d.answer}::${d.hint}}} the part after "::" is shown as a hint, not as part of the answer`,
    expected: `"\\::" inside an answer: {{c${d.number}::${d.answer}\\::${d.hint}}}`,
  }));
}

/** The first `{{c1:answer}}` (one colon), the commonest cloze typo, scanned by hand (no backtracking). */
function singleColonDeletion(text: string): { written: string; meant: string; number: string } | undefined {
  for (let from = text.indexOf('{{c'); from >= 0; from = text.indexOf('{{c', from + 3)) {
    let i = from + 3;
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
    if (i === from + 3 || text[i] !== ':' || text[i + 1] === ':') continue;
    const close = text.indexOf('}}', i);
    if (close < 0 || close - i > 200) continue;
    const number = text.slice(from + 3, i);
    const answer = text.slice(i + 1, close);
    return { written: `{{c${number}:${answer}}}`, meant: `{{c${number}::${answer}}}`, number };
  }
  return undefined;
}

function choiceRules(card: ChoiceCard): Finding[] {
  const out: Finding[] = [];
  const n = card.options.length;
  const correct = card.options.filter((o) => o.correct).length;
  const bad = card.answerKey.filter((i) => i >= n);
  if (bad.length > 0) out.push({ rule: 'answer-key', at: card.at.get('answer'), message: `answer ${bad.map(optionLetter).join(', ')} refers to no option: there are ${n} (A–${optionLetter(n - 1)})`, expected: `letters from A to ${optionLetter(n - 1)}` });
  if (card.type === 'mcq') {
    if (correct !== 1 && bad.length === 0) out.push({ rule: 'mcq-one-correct', at: card.at.get('answer'), message: `mcq needs exactly one correct option, found ${correct}`, expected: 'one letter; for several correct options use type: multi', example: 'answer: C' });
    if (n !== 4) out.push({ rule: 'mcq-options', at: card.at.get('answer') ?? card.pos, message: `mcq has ${n} options; exam items have 4`, expected: '4 options' });
  } else {
    if (n < 5) out.push({ rule: 'multi-options', message: `multi has ${n} options; it needs 5 or more`, expected: '5 or more options' });
    if (card.select < 2 || card.select !== correct) out.push({ rule: 'multi-select-count', at: card.at.get('select') ?? card.at.get('answer'), message: `select is ${card.select} but ${correct} option${correct === 1 ? ' is' : 's are'} correct`, expected: 'select equal to the number of correct options, 2 or more' });
    const said = [...card.stem.matchAll(CHOOSE)].pop()?.[1]?.toLowerCase();
    const saidNumber = said === undefined ? undefined : /^\d+$/.test(said) ? Number(said) : NUMBER_WORDS.indexOf(said);
    if (saidNumber !== card.select) out.push({ rule: 'multi-stem-count', at: card.at.get('stem'), message: said === undefined ? 'the stem does not say how many options to choose' : `the stem says "choose ${said}" but select is ${card.select}`, example: `… (Choose ${NUMBER_WORDS[card.select] ?? card.select}.)` });
  }
  if (!card.explanation) out.push({ rule: 'missing-explanation', message: 'exam item without an explanation', expected: 'explanation: the teaching point in 1–3 sentences' });
  const seen = new Map<string, number>();
  card.options.forEach((o, i) => {
    const at = (): Card['pos'] | undefined => card.at.get(`options.${i}`);
    const key = normalizeText(o.text);
    const first = seen.get(key);
    if (first !== undefined) out.push({ rule: 'duplicate-option', at: at(), message: `option ${optionLetter(i)} repeats option ${optionLetter(first)}: "${o.text}"` });
    else seen.set(key, i);
    if (!o.why) out.push({ rule: 'missing-rationale', at: at(), message: `option ${optionLetter(i)} ("${o.text.slice(0, 40)}") has no rationale`, expected: 'why: the reason this option is right or wrong' });
    if (ALL_NONE.test(o.text)) out.push({ rule: 'all-none-above', at: at(), message: `option ${optionLetter(i)} ("${o.text.slice(0, 40)}") refers to other options`, expected: 'an option that stands on its own' });
  });
  return out;
}
