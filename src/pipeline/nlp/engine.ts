import winkNLP, { type ItsFunction, type ItsHelpers, type PartOfSpeech } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { widened } from './tokens.js';

/** What wink-nlp tells about one stretch of text, token by token (arrays of equal length). */
export interface Analysis {
  values: string[];
  pos: PartOfSpeech[];
  /** The lemma of token k, computed when asked: most tokens' lemmas are never needed. */
  lemma(k: number): string;
  /** Whether token k is in the scope of a negation ("did not *sign*"), asked lazily like lemmas. */
  negated(k: number): boolean;
  /** Sentences as inclusive token index pairs, as wink-nlp gives them. */
  sentences: number[][];
  /**
   * Each token's number in the engine's vocabulary: the same number for the same string, in every
   * text the engine reads.
   */
  ids: number[];
}

export interface NlpEngine {
  analyse(text: string): Analysis;
}

/** The wink-nlp pipes communique needs: sentence boundaries, negation and part of speech. */
export const WINK_PIPE = ['sbd', 'negation', 'pos'];

/** Loads wink-nlp's English model once per engine; engines share nothing, so two can run side by side. */
export function createNlpEngine(): NlpEngine {
  const nlp = winkNLP(model, WINK_PIPE);
  const its: ItsHelpers = nlp.its;
  // Words are numbered in the order this engine first meets them, not by wink-nlp's numbers, which
  // run through its whole vocabulary in no useful order: the words of a corpus then take the low
  // numbers, and stages' tables by number (see TokenTable.ids) stay small and in the processor's cache.
  // `dense` maps wink-nlp's number to ours plus one (0: not met yet); `strings` holds each word's
  // string by our number, asked of wink-nlp only the first time its word is met.
  let dense = new Int32Array(1 << 17);
  const strings: string[] = [];
  return {
    analyse(text) {
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens();
      // (wink-nlp's numbers, replaced by ours in place)
      const ids = tokens.out(its.uniqueId) as unknown as number[];
      const values = new Array<string>(ids.length);
      for (let k = 0; k < ids.length; k++) {
        const w = ids[k]!;
        if (w >= dense.length) dense = widened(dense, w + 1);
        let id = dense[w]! - 1;
        if (id < 0) {
          id = strings.length;
          strings.push(tokens.itemAt(k).out(its.value) as string);
          dense[w] = id + 1;
        }
        ids[k] = id;
        values[k] = strings[id]!;
      }
      return {
        ids,
        values,
        pos: tokens.out(its.pos) as PartOfSpeech[],
        // The typings ask for the model's add-ons as an argument; wink-nlp passes them itself.
        lemma: (k) => tokens.itemAt(k).out(its.lemma as unknown as ItsFunction<string>) as string,
        negated: (k) => tokens.itemAt(k).out(its.negationFlag) as unknown as boolean,
        sentences: doc.sentences().out(its.span) as unknown as number[][],
      };
    },
  };
}
