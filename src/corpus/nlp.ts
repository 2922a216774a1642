import { createRequire } from 'node:module';
import type nlpType from 'compromise';

export type Nlp = typeof nlpType;
export type NlpDocument = ReturnType<Nlp>;

const require = createRequire(import.meta.url);
let nlp: Nlp | undefined;

/**
 * compromise, loaded on first use: importing it costs about half a second, which commands that never
 * need it (strip, figures on plain numbers) should not pay.
 */
export function loadCompromise(): Nlp {
  return (nlp ??= require('compromise') as Nlp);
}
