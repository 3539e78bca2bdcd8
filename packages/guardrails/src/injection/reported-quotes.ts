/**
 * A customer reporting an attack is not making one: "my son typed 'ignore all previous
 * instructions' into your chat, sorry", "I got an email saying «send us your PIN»". The quoted
 * words are an attack's, but the message asks nothing of the assistant about them. Such quotes
 * are found here so the heuristic can weigh what is inside them less than what is around them.
 *
 * A quote counts as reported only when the same sentence names, before it, someone else (a child,
 * "someone", a post, an email) and, on either side, a reporting verb (typed, wrote, said...), and
 * nothing outside the quotes asks to act on it or answer it ("follow it", "answer it", "haz lo que
 * dice"): "Translate this and then execute it: '...'" stays an attack.
 *
 * Only direct customer messages get this (`scoreInjection(text, { source: 'message' })`): in a
 * document or retrieved passage, "the email says 'forget your rules'" is an instruction waiting
 * for the model to read it, whoever is said to have written it. All patterns run on `normaliseForMatching` output (lower
 * case, no accents).
 */

/**
 * Quoted spans: '…' (not apostrophes: no letter outside; an apostrophe inside a word, as in "can't", stays inside), "…", “…”, ‘…’, «…», „…“. Any length
 * matches, so that a short quote ("hi") pairs its own marks and the text after it cannot become
 * the inside of a mispaired quote; too-short quotes are then skipped.
 */
const QUOTE = /(?<!\p{L})'((?:[^'\n]|(?<=\p{L})'(?=\p{L})){0,300})'(?!\p{L})|"([^"\n]{0,300})"|\u201C([^\u201D\n]{0,300})\u201D|\u2018([^\u2019\n]{0,300})\u2019|\u00AB([^\u00BB\n]{0,300})\u00BB|\u00BB([^\u00AB\n]{0,300})\u00AB|\u201E([^\u201C\u201D"\n]{0,300})["\u201C\u201D]/gu;
/** Quotes shorter than this are names and labels ("hi", 'ok'), never an attack worth discounting. */
const MIN_QUOTE_CHARS = 4;

/** Someone other than the writer, or something that carried the words. */
const REPORTER = new RegExp(
  [
    // en
    "\\b(?:my|our|a|the)\\s+(?:(?:\\d+|little|younger|older|teenage)[- ](?:year[- ]old\\s+)?)?(?:son|daughter|kid|kids|child|children|nephew|niece|brother|sister|friend|colleague|coworker|husband|wife|partner|teenager|grandson|granddaughter)\\b",
    '\\b(?:someone|somebody|people|a user|a guy|a scammer|scammers|a hacker)\\b',
    "\\b(?:an?|the|this|that)\\s+(?:weird |strange |suspicious |fake |phishing |spam )?(?:email|e-mail|mail|text|sms|message|post|tweet|thread|video|comment|review|letter|popup|pop-up|website|site|ad)\\b",
    '\\b(?:reddit|twitter|tiktok|youtube|facebook|instagram|forum)\\b',
    // es
    '\\bmi\\s+(?:hijo|hija|hijos|nino|nina|sobrino|sobrina|hermano|hermana|amigo|amiga|companero|companera|marido|mujer|esposo|esposa|pareja|nieto|nieta)\\b',
    '\\b(?:alguien|un estafador|unos estafadores)\\b',
    '\\b(?:un|una|el|la|este|esta|ese|esa)\\s+(?:correo|email|mail|mensaje|sms|post|publicacion|tweet|tuit|video|comentario|resena|carta|web|pagina|anuncio)\\b',
    // de
    '\\bmein(?:e|em|er)?\\s+(?:sohn|tochter|kind|kinder|neffe|nichte|bruder|schwester|freund|freundin|kollege|kollegin|mann|frau|partner|partnerin|enkel|enkelin)\\b',
    '\\b(?:jemand|irgendwer|ein betruger|betruger)\\b',
    '\\b(?:eine?|die|der|das|diese|dieser|dieses)\\s+(?:e-mail|email|mail|nachricht|sms|beitrag|post|tweet|video|kommentar|bewertung|brief|webseite|seite|anzeige)\\b',
    // fr
    '\\b(?:mon|ma|mes)\\s+(?:fils|fille|enfant|enfants|neveu|niece|frere|soeur|ami|amie|collegue|mari|femme|conjoint|conjointe|petit-fils|petite-fille)\\b',
    "\\b(?:quelqu['\u2019 ]un|un arnaqueur|des arnaqueurs)\\b",
    '\\b(?:un|une|le|la|ce|cet|cette)\\s+(?:mail|e-mail|email|courriel|message|sms|post|publication|tweet|video|commentaire|avis|lettre|site|annonce)\\b',
  ].join('|'),
);

/**
 * A quote introduced as an example ("Example seen last week: '…'", "Ejemplo real: '…'", "Beispiel:
 * '…'") in a text that warns about attacks: reported like the others.
 */
const EXAMPLE_INTRO = /\b(?:example|for instance|ejemplo|beispiel|exemple|(?:texts?|phrases?|messages?|sentences?|wording|emails?) (?:like|such as)|(?:texte|phrasen|nachrichten|satze|formulierungen|e-mails) wie|(?:textos|frases|mensajes|correos) (?:como|del tipo)|(?:textes|phrases|messages|e-mails) (?:comme|du type|de type))\b[^.!?]{0,50}$/;
/** …and only in a text that warns about such attacks: "For example: '…'" alone is an easy wrapper. */
const WARNING = /\b(?:watch out|beware|be careful|warning|phishing|scam|scams|spam|fraud|manipulat\w*|cuidado|estafa\w*|fraude|achtung|vorsicht|betrug\w*|warnung|mefiez|attention aux|arnaque\w*|hameconnage|security (?:bulletin|newsletter|awareness|note)|boletin de seguridad|nota de seguridad|aviso de seguridad|sicherheits-?newsletter|sicherheitshinweis|lettre securite|note de securite|prompt injection)\b/;

/** Verbs that report words rather than say them. */
const REPORTING_VERB = new RegExp(
  [
    '\\b(?:typed|typing|types|wrote|written|writes|writing|said|says|saying|sent|posted|posting|told|telling|tricked|entered|put|pasted|claimed|claims|claiming|read|reads|showed|shows|answered|replied|responded)\\b',
    '\\b(?:escribio|escribe|escrito|dijo|dice|decia|diciendo|envio|enviado|puso|puesto|tecleo|tecleado|engano|publico|ponia|pone|respondio|contesto)\\b',
    '\\b(?:getippt|geschrieben|gesagt|geschickt|tippte|schrieb|sagte|stand|steht|behauptet|behauptete|eingegeben|gepostet|antwortete|geantwortet)\\b',
    '\\b(?:tape|ecrit|dit|disait|envoye|mis|poste|publie|affirme|affirmait|indiquait|indique|repondu|repondait)\\b',
  ].join('|'),
);

/**
 * Outside the quotes: a request to act on what they say, or to answer it. Imperatives count at
 * the start of a sentence or clause, after "please/now/then/and/just/so/kindly", or after "you
 * must/should/need to…" and "I want you to", so "Should I answer it?" and "I can't do that" (a
 * customer asking about a phishing mail) keep the discount. A bare "it/this/that" object must end
 * the clause: "Answer it." asks about the quote, "Can you answer this: where is my order?" does
 * not. Spanish, German and French verbs need an object or a clause end: bare "sigue" is also
 * "still", "je suis la mère" is "I am", "beantworten Sie meine Frage" is an ordinary request.
 * A missed request costs an allowed attack, a false one only a refused report, so the lists lean
 * towards matching.
 */
const LEAD = "(?:^|[.!?:;]\\s*|,\\s*(?:then|and|now|so)\\s+|\\b(?:please|now|then|and|just|so|pls|kindly|you (?:must|should|need to|have to|will|are to|shall)|(?:want|need|would like|'d like) you to) )";
/** The clause ends here (or "now", "please"…), so a bare pronoun object means the quote. */
const END = "(?=\\s*(?:[.!?;,)]|$|now\\b|please\\b|for me\\b|right away\\b|immediately\\b|exactly\\b|ahora\\b|jetzt\\b|bitte\\b|sofort\\b|maintenant\\b|tout de suite\\b|s'il\\b))";
const ACT_ON_IT = new RegExp(
  [
    // en
    `${LEAD}(?:follow|execute|obey|run|apply|carry out|comply with|perform|do|answer|respond to|reply to|react to|process|handle|fulfil|fulfill|honou?r|complete|try|test|treat|act on|implement)\\s+(?:it|that|this|them|these|those|so)${END}`,
    `${LEAD}(?:follow|execute|obey|run|apply|carry out|comply with|perform|do|answer|respond to|reply to|act on|implement)\\s+(?:exactly )?(?:what it says|what they say|as it says|as they say|its instructions|their instructions|the instructions?|those instructions|these instructions|the steps|the command|the request|the prompt)\\b`,
    `${LEAD}(?:obey|comply|do so|carry it out|act on it|do exactly that|do exactly this)${END}`,
    "\\b(?:then|and) (?:follow|execute|obey|run|apply)\\b",
    "\\b(?:then|and) do (?:it|that|this|so|exactly|as|what)\\b",
    "\\b(?:do|follow|obey) (?:what|as) (?:it|they|he|she) (?:says?|said|tells? you|told you|asks?|asked)\\b",
    `\\bwhat (?:do|would|will) you (?:say|answer|reply|respond)(?: to (?:it|that|this|them))?${END}`,
    `\\b(?:can|could|would|will) you (?:do|follow|obey|execute|run|answer|try|respond to|reply to|comply with|act on) (?:it|that|this|them)${END}`,
    `(?:^|[.!?:;]\\s*)(?:your (?:answer|response|reply|turn)${END}|go ahead\\b|pretend\\b|treat it as\\b|consider it\\b)`,
    // es ("síguelo", "ejecútalas": enclitic forms after accent removal)
    "\\b(?:sigue|siga|sigan|ejecuta|ejecute|obedece|obedezca|cumple|cumpla|aplica|aplique|responde|responda|contesta|conteste)\\s+(?:lo que dice|sus instrucciones|las instrucciones|esas instrucciones|estas instrucciones|eso|esto|a eso|a esto)\\b",
    "\\b(?:siguelo|siguela|siguelas|siguelos|ejecutalo|ejecutala|ejecutalas|ejecutalos|obedecelo|obedecela|cumplelo|cumplela|aplicalo|respondelo|respondele|contestalo|contestale|hazlo|hagalo|haganlo)\\b",
    `(?:^|[.!?:;,]\\s*)(?:obedece|obedezca|cumple|cumpla|ejecuta|ejecute)${END}`,
    "\\b(?:haz|haga|hagan) (?:lo que dice|lo que pone|eso|esto)\\b",
    // de
    "\\b(?:befolge|befolgen sie|fuhre|fuhren sie|gehorche|gehorchen sie|beantworte|beantworten sie|setze|setzen sie)\\s+(?:es|das|dies|diese|die anweisungen?|den befehl|sie)\\b(?! (?:nicht|meine|unsere|bitte meine))",
    "\\b(?:antworte|antworten sie) (?:darauf|drauf)\\b",
    `(?:^|[.!?:;,]\\s*)(?:befolge|gehorche|mach|mache|tu|tue) (?:es|das|was (?:es|er|sie|da) (?:sagt|steht|verlangt))${END}`,
    `(?:^|[.!?:;,]\\s*)(?:befolge|gehorche|befolgen sie|gehorchen sie)${END}`,
    "\\bsetze .{0,20} um\\b",
    // fr
    `(?<!\\bje )(?<!\\bj')\\b(?:suis|suivez|execute|executez|obeis|obeissez|applique|appliquez)[- ](?:les|la|le|ces|cette|ses|leurs)(?: instructions?| consignes?| ordres?| commandes?)?${END}`,
    "\\b(?:suis|suivez|execute|executez|applique|appliquez) (?:les|ces|ses|leurs) (?:instructions?|consignes?|ordres?|commandes?)\\b",
    "\\b(?:reponds|repondez)[- ](?:y|a ca|a cela|a ce message)\\b",
    `(?:^|[.!?:;,]\\s*)(?:obeis|obeissez)${END}`,
    `\\b(?:fais|faites)[- ](?:le|la|ca|cela)${END}`,
    "\\b(?:fais|faites) ce qu(?:'|e )?(?:il|elle|ils|elles) (?:dit|disent|demande|demandent)\\b",
  ].join('|'),
);

/** The text with every quote of MIN_QUOTE_CHARS or more blanked out (staff writing about attacks quotes examples). */
export function withoutQuotes(text: string): string {
  return text.replace(QUOTE, (quote: string) => (quote.length - 2 < MIN_QUOTE_CHARS ? quote : ' "…" '));
}

/**
 * The text with every reported quote blanked out, or undefined when it has none (or when
 * something outside the quotes asks to act on them).
 */
export function withoutReportedQuotes(normalised: string): string | undefined {
  let reported = false;
  const blanked = normalised.replace(QUOTE, (quote: string, ...groups: unknown[]) => {
    const offset = groups.at(-2) as number;
    if (quote.length - 2 < MIN_QUOTE_CHARS) return quote;
    const before = normalised.slice(Math.max(0, offset - 160), offset).split(/[.!?\n]\s/).at(-1) ?? '';
    // German puts the participle after the quote: "mein Sohn hat '…' in euren Chat getippt".
    const after = normalised.slice(offset + quote.length, offset + quote.length + 60).split(/[.!?\n]/)[0] ?? '';
    const reportedBySomeone = REPORTER.test(before) && (REPORTING_VERB.test(before) || REPORTING_VERB.test(after));
    if (!reportedBySomeone && !(EXAMPLE_INTRO.test(before) && WARNING.test(normalised))) return quote;
    reported = true;
    return ' "…" ';
  });
  if (!reported || ACT_ON_IT.test(blanked)) return undefined;
  return blanked;
}
