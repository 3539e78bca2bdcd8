import { foldText } from '../detect-language';

// Function words of en/es/de/fr (accents removed): they say nothing about support.
const STOP = new Set(
  (
    'a an the and or but if then than so of to in on at by for with from into about as is are was were be been being ' +
    'it its this that these those there here i you he she we they me my your our their us them do does did can could ' +
    'will would should may might must have has had not no yes please thanks thank just also only very more most ' +
    'all any some each such what which who whom when where why how up out over again further once here via per ' +
    'el la los las un una unos unas y o pero si de del al en por para con sin sobre es son fue ser estar esta estan ' +
    'este esto ese eso que como cuando donde quien se su sus mi mis tu tus lo le les nos muy mas tambien ya no puede puedes ' +
    'der die das den dem des ein eine einer einem einen und oder aber wenn dann als von zu im in am an auf fur mit ' +
    'bei aus ist sind war waren sein wird werden kann konnen es sie er wir ihr ich du ihr ihre sein seine nicht kein ' +
    'auch nur noch schon sehr mehr wie was wer wo wann warum dass dies diese dieser bitte danke uns euch ihnen man ' +
    'le la les un une des et ou mais si de du au aux en par pour avec sans sur est sont etait etre a ont avoir ce cet ' +
    'cette ces qui que quoi quand ou comme il elle ils elles nous vous je tu se sa son ses leur leurs mon ma mes ne pas ' +
    'plus tres aussi deja peut pouvez merci'
  ).split(' '),
);

/** Crude cross-language stemming: a shared prefix is what most inflections keep. */
const stem = (word: string): string => (word.length > 5 ? word.slice(0, 5) : word);

/** Content-word stems of `text` (numbers are kept whole). */
export function contentWords(text: string): string[] {
  const tokens = foldText(text).match(/\p{L}+|\p{N}+(?:[.,]\p{N}+)*/gu) ?? [];
  return tokens.filter((t) => !STOP.has(t) && (t.length > 1 || /\d/.test(t))).map((t) => (/\d/.test(t) ? t : stem(t)));
}

/** Numbers in `text`, normalised ("1,000" and "1000" compare equal). */
export function numbersIn(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.'));
}
