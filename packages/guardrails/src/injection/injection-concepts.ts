/**
 * A small cross-language lexicon for the classifier: words of en/es/de/fr that carry the same
 * idea in injection attempts map to one concept token, so what the model learns from English
 * rows also applies to "olvida tus reglas" or "vergiss deine Regeln". Matched on normalised
 * (lower-case, accent-free) words: exact words first, then the longest listed prefix.
 */
const CONCEPTS: Record<string, readonly string[]> = {
  IGNORE: ['ignor', 'disregard', 'omit', 'omite', 'skip', 'saltar', 'salta', 'uberspring', 'bypass', 'umgeh', 'contourn', 'override', 'overrid', 'anul', 'outre'],
  FORGET: ['forget', 'forgot', 'olvid', 'vergiss', 'vergess', 'oubli'],
  INSTRUCTION: ['instruct', 'instrucc', 'anweis', 'consign', 'directiv', 'direktiv', 'guideline', 'pauta', 'richtlin', 'vorgab', 'befehl', 'orden', 'order', 'command', 'commande'],
  RULE: ['rule', 'rules', 'regla', 'regel', 'regle', 'norma', 'polic', 'politi', 'restrict', 'restric', 'einschrank', 'filter', 'filtr', 'censur', 'zensur', 'limit'],
  PROMPT: ['prompt', 'systemprompt', 'preambl', 'setup', 'configur', 'konfigur'],
  SYSTEM: ['system', 'sistem', 'systeme'],
  SECRET: ['secret', 'hidden', 'confiden', 'ocult', 'geheim', 'versteck', 'cache', 'vertraul', 'privat', 'intern'],
  REVEAL: ['reveal', 'revel', 'show', 'muestr', 'mostr', 'zeig', 'montr', 'print', 'display', 'paste', 'copy', 'copi', 'kopier', 'recopi', 'repeat', 'repit', 'wiederhol', 'repet', 'quote', 'verrat', 'divulg', 'affich', 'ausgeb', 'output'],
  NOW: ['now', 'ahora', 'jetzt', 'maintenant', 'henceforth', 'desormais', 'sofort', 'partir'],
  NEW: ['new', 'nuev', 'neu', 'nouve'],
  AI: ['ai', 'ia', 'ki', 'llm', 'gpt', 'assistant', 'asistent', 'assistent', 'bot', 'chatbot', 'model', 'modelo', 'modell', 'modele', 'sprachmodell', 'automat', 'summaris', 'summariz'],
  PRETEND: ['pretend', 'imagin', 'roleplay', 'rollenspiel', 'hypothet', 'simul', 'personaj', 'personnag', 'persona', 'spiel', 'juego', 'jeu', 'game', 'dan', 'jailbreak', 'finge', 'semblant'],
  AUTHORITY: ['admin', 'develop', 'desarroll', 'entwickl', 'operator', 'betreiber', 'creator', 'creador', 'createur', 'schopf', 'supervis', 'vorgesetz', 'manager', 'gerente', 'directeur', 'leiter', 'owner'],
  WITHOUT: ['without', 'sin', 'ohne', 'sans', 'unrestrict', 'unfilter', 'uncensor', 'unzensiert', 'unlimit'],
  OBEY: ['obey', 'obedec', 'gehorch', 'obei', 'comply', 'cumpl', 'befolg', 'follow', 'sigue', 'suis'],
  CUSTOMER: ['customer', 'client', 'kund', 'user', 'usuari', 'nutzer', 'utilisat', 'buyer'],
  CREDENTIAL: ['password', 'contrasen', 'passwort', 'passe', 'token', 'credential', 'apikey', 'key', 'clave', 'schlussel', 'cle'],
  OTHER: ['other', 'otro', 'otra', 'andere', 'anderen', 'autre', 'everyone', 'todos', 'tous'],
  ALL: ['all', 'every', 'everything', 'todo', 'todas', 'alle', 'alles', 'tout', 'toute', 'toutes', 'entire', 'entera', 'complet', 'komplett', 'full', 'wortlich', 'verbatim', 'palabra'],
  PREVIOUS: ['previous', 'prior', 'earlier', 'above', 'anterior', 'vorherig', 'bisherig', 'vorig', 'precedent', 'before', 'antes', 'vorher', 'avant', 'initial', 'first', 'original'],
  ANSWER: ['respond', 'answer', 'reply', 'responde', 'antwort', 'repond', 'say', 'tell', 'sag', 'dime', 'dis', 'decir', 'dire', 'write', 'escrib', 'schreib', 'ecri', 'redact', 'generat', 'genera', 'erstell', 'compose'],
  ONLY: ['only', 'solo', 'nur', 'uniquement', 'seulement', 'exclusiv'],
  MODE: ['mode', 'modo', 'modus', 'debug', 'maintenance', 'wartung'],
  ROLE: ['role', 'rol', 'rolle', 'purpose', 'proposito', 'zweck', 'but', 'job', 'tarea', 'aufgabe', 'tache', 'task', 'personal', 'roles', 'tasks'],
  NOTE: ['note', 'notes', 'nota', 'hinweis', 'remarque', 'attention', 'aviso', 'notiz'],
  YOU: ['you', 'your', 'yourself', 'tu', 'tus', 'te', 'ti', 'du', 'dein', 'deine', 'deinen', 'dich', 'dir', 'ton', 'tes', 'toi', 'ta'],
  FREE: ['free', 'libre', 'frei', 'gratis', 'gratuit', 'kostenlos'],
  REFUND: ['refund', 'reembols', 'erstatt', 'rembours', 'voucher', 'vale', 'gutschein', 'discount', 'descuent', 'rabatt', 'remise', 'reduc'],
  SEND: ['send', 'envia', 'envie', 'enviar', 'sende', 'senden', 'schick', 'envoi', 'envoy', 'forward', 'reenvi', 'weiterleit', 'append', 'anhang', 'ajout', 'ajoute', 'inserta', 'insert', 'einfug', 'http', 'https', 'link', 'enlace', 'lien', 'markdown'],
  TOOL: ['tool', 'tools', 'herramient', 'outil', 'werkzeug', 'function', 'funcion', 'fonction', 'funktion', 'api'],
  DECODE: ['decod', 'dekodi', 'base64', 'rot13', 'encod', 'codific', 'kodier', 'decif', 'entschlussel'],
  DATA: ['data', 'datos', 'daten', 'donnee', 'address', 'direcc', 'adress', 'adresse', 'email', 'correo', 'phone', 'telefon', 'database', 'history', 'historial'],
};

const EXACT = new Map<string, string>();
const PREFIX = new Map<string, string>();
for (const [concept, stems] of Object.entries(CONCEPTS)) {
  for (const stem of stems) {
    // Short stems (tu, ki, ai, dis...) only match whole words; longer ones also match inflections.
    if (stem.length <= 4) EXACT.set(stem, concept);
    else PREFIX.set(stem, concept);
  }
}

/** The concept of one normalised word, or undefined. */
export function conceptOf(word: string): string | undefined {
  const exact = EXACT.get(word);
  if (exact) return exact;
  for (let k = Math.min(word.length, 12); k >= 5; k--) {
    const concept = PREFIX.get(word.slice(0, k));
    if (concept) return concept;
  }
  return undefined;
}
