import { describe, expect, it } from 'vitest';
import { nearest, unknownFilterIds, whyNothingMatches } from '../../src/core/filter-check.js';
import type { Card } from '../../src/core/model.js';

const card = (domain: number, task: string, deckId: string) => ({ id: `${deckId}/${task}`, type: 'mcq', domain, task, deckId, tags: [] }) as unknown as Card;
const pool = [card(1, '1.2', 'glue'), card(3, '3.1', 'athena')];

describe('filters that cannot match', () => {
  it('names an unknown task, skill or deck with what exists', () => {
    expect(unknownFilterIds({ tasks: ['1.9'] }, [])?.hint).toBe('tasks are 1.1–1.4, 2.1–2.4, 3.1–3.4, 4.1–4.5');
    expect(unknownFilterIds({ skills: ['1.2.99'] }, [])).toEqual({ message: 'there is no skill 1.2.99 in the exam guide', hint: 'task 1.2 has skills 1.2.1–1.2.10' });
    expect(unknownFilterIds({ skills: ['1.2.6'], tasks: ['4.5'] }, [])).toBeUndefined();
    expect(unknownFilterIds({ deckIds: ['s3-storage'] }, ['s3-storage-classes', 'glue-etl'])?.hint).toBe('did you mean s3-storage-classes? "dea decks" lists the loaded decks');
    expect(unknownFilterIds({ deckIds: ['zzz'] }, ['glue-etl'])?.hint).toBe('"dea decks" lists the loaded decks');
  });

  it('suggests the nearest ids by edit distance', () => {
    expect(nearest('glue-etll', ['glue-etl', 'msk', 'emr-spark'])).toEqual(['glue-etl']);
  });

  it('tells "no content there" from "filters that exclude each other"', () => {
    expect(whyNothingMatches(pool, { domains: [2] }, 'exam items').message).toBe('the loaded decks have no exam items for domain 2');
    expect(whyNothingMatches(pool, { domains: [3], tasks: ['1.2'] }, 'exam items').message).toBe('no exam items match domain 3 and task 1.2 together');
    expect(whyNothingMatches([], { domains: [3] }, 'exam items').message).toBe('the loaded decks have no exam items');
  });
});
