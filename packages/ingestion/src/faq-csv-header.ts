/** Where the FAQ fields sit in a CSV, found from its header row. */
export interface FaqColumns {
  delimiter: string;
  question: number;
  answer: number;
  category: number | undefined;
}

/** Header names we accept (compared lower case, without accents or punctuation). */
export const QUESTION_NAMES = ['question', 'questions', 'q', 'pregunta', 'preguntas', 'frage', 'fragen', 'faq question'];
export const ANSWER_NAMES = ['answer', 'answers', 'a', 'respuesta', 'respuestas', 'antwort', 'antworten', 'reponse', 'reponses'];
const CATEGORY_NAMES = [
  'category', 'categories', 'section', 'topic', 'group',
  'categoria', 'seccion', 'tema',
  'kategorie', 'bereich', 'thema',
  'categorie', 'rubrique', 'sujet', 'theme',
];

const DELIMITERS = [',', ';', '\t', '|'];

/** The first line's cells and, when it names a question and an answer column, their positions. */
export function readFaqHeader(text: string): { cells: string[]; columns: FaqColumns | undefined } {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = guessDelimiter(firstLine);
  const cells = splitLine(firstLine, delimiter);
  const keys = cells.map(headerKey);
  const question = keys.findIndex((key) => QUESTION_NAMES.includes(key));
  const answer = keys.findIndex((key) => ANSWER_NAMES.includes(key));
  if (cells.length < 2 || question < 0 || answer < 0) return { cells, columns: undefined };
  const category = keys.findIndex((key) => CATEGORY_NAMES.includes(key));
  return { cells, columns: { delimiter, question, answer, category: category < 0 ? undefined : category } };
}

function headerKey(cell: string): string {
  return cell
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The candidate delimiter that occurs most often outside quotes. */
function guessDelimiter(line: string): string {
  let best = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = splitLine(line, delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** Splits one CSV line, honouring double quotes (enough for a header row). */
function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += char;
    }
  }
  cells.push(cell.trim());
  return cells;
}
