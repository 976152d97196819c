import { deckJsonSchema } from '../core/deck-schema.js';
import type { CommandIo } from './io.js';

/** `dea schema`: the JSON Schema of YAML decks, generated from the loader's own definition. */
export async function schema(io: CommandIo): Promise<number> {
  const generated = deckJsonSchema() as Record<string, unknown>;
  io.data(JSON.stringify(generated, null, 2));
  return 0;
}
