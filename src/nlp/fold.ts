/**
 * wink-nlp's tokenizer cuts a word at any letter past Latin-1 ("Erdo|ğ|an", "Š|ef|č|ovi|č",
 * "Micha|ł"), and its tagger then reads the pieces as symbols and nouns: a name with such a letter is
 * no name to the speaker and quote finders. The tagger is handed the text with each of those letters
 * folded to a plain one of the same case (one UTF-16 unit for one, so every offset holds), and the
 * token layer takes each token's text back from the article (src/nlp/tokens.ts).
 */
const PAST_LATIN1 = /[\u0100-\u02AF\u1E00-\u1EFF]/g

/** Letters whose canonical decomposition has no plain base letter. */
const NO_BASE: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŧ: 't', Ŧ: 'T', ə: 'e', Ə: 'E', ŋ: 'n', Ŋ: 'N', ƒ: 'f', œ: 'o', Œ: 'O', ĸ: 'k', ſ: 's',
}

/** `text` with every letter past Latin-1 folded to a plain letter of the same case; `text` itself when it has none. */
export function foldForTagger(text: string): string {
  PAST_LATIN1.lastIndex = 0
  if (!PAST_LATIN1.test(text)) return text
  return text.replace(PAST_LATIN1, foldLetter)
}

function foldLetter(ch: string): string {
  const base = ch.normalize('NFD').charCodeAt(0)
  if ((base >= 65 && base <= 90) || (base >= 97 && base <= 122)) return String.fromCharCode(base)
  return NO_BASE[ch] ?? (ch === ch.toLowerCase() ? 'x' : 'X')
}
