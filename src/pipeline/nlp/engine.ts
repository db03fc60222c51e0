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
   * Each token's number in the engine's vocabulary (the same number for the same string, in every
   * text the engine reads), asked when a stage first needs it.
   */
  ids(): ArrayLike<number>;
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
  return {
    analyse(text) {
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens();
      return {
        values: tokens.out(its.value) as string[],
        pos: tokens.out(its.pos) as PartOfSpeech[],
        // The typings ask for the model's add-ons as an argument; wink-nlp passes them itself.
        lemma: (k) => tokens.itemAt(k).out(its.lemma as unknown as ItsFunction<string>) as string,
        negated: (k) => tokens.itemAt(k).out(its.negationFlag) as unknown as boolean,
        sentences: doc.sentences().out(its.span) as unknown as number[][],
        ids: () => tokens.out(its.uniqueId) as unknown as number[],
      };
    },
  };
}
