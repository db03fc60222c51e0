import winkNLP, { type ItsFunction, type ItsHelpers, type PartOfSpeech } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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
  // The strings of the vocabulary's words by number, as wink-nlp gives them: a token's value is read
  // from here by its number, and asked of wink-nlp only the first time its word is met.
  const vocabulary: (string | undefined)[] = [];
  return {
    analyse(text) {
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens();
      const ids = tokens.out(its.uniqueId) as unknown as number[];
      const values = new Array<string>(ids.length);
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        // (grown a step at a time, the list stays an array: an index far past its end would make it a dictionary)
        while (vocabulary.length <= id) vocabulary.push(undefined);
        values[k] = vocabulary[id] ??= tokens.itemAt(k).out(its.value) as string;
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
