import { UnreadableDocumentError, UnsupportedFormatError } from '@grounded/shared';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('FAQ CSV', () => {
  it('makes exactly one chunk per entry, "question\\nanswer", with [category, question] paths', async () => {
    const longAnswer = 'Yes. ' + 'We ship to every country in the European Union and to Switzerland. '.repeat(40);
    const csv = [
      'Category,Question,Answer',
      'Shipping,Do you ship abroad?,"' + longAnswer.trim() + '"',
      'Returns,How long do I have to return an item?,"You have 30 days, counted from delivery."',
      'Returns,"Can I return a ""final sale"" item?",No.',
      ',Is there a phone line?,"Yes, on weekdays."',
    ].join('\n');
    const doc = await parseDocument({ bytes: bytes(csv), fileName: 'faq.csv' }, { chunkSize: 200, chunkOverlap: 20 });
    expect(doc.format).toBe('faq-csv');
    expect(doc.title).toBe('faq');
    expect(doc.chunks).toHaveLength(4);
    expect(doc.chunks[0]!.text).toBe(`Do you ship abroad?\n${longAnswer.trim()}`); // longer than chunkSize, never split
    expect(doc.chunks[2]).toMatchObject({
      text: 'Can I return a "final sale" item?\nNo.',
      sectionPath: ['Returns', 'Can I return a "final sale" item?'],
    });
    expect(doc.chunks[3]!.sectionPath).toEqual(['Is there a phone line?']);
    expect(doc.language).toBe('en');
  });

  it.each([
    ['Spanish, semicolons and BOM', '\uFEFFPregunta;Respuesta\n¿Puedo devolver un producto usado?;No, debe estar sin usar y en su embalaje original.\n', 'es'],
    ['German', 'Frage,Antwort\nWie lange dauert der Versand?,"Der Versand dauert in Deutschland zwei bis drei Werktage."\n', 'de'],
    ['French with accents', 'question;réponse\nPuis-je changer mon adresse de livraison ?;Oui, tant que la commande n’est pas encore expédiée.\n', 'fr'],
    ['Q/A short names', 'Q,A\nWhat is the warranty on laptops and tablets?,Two years from the date of purchase for every device.\n', 'en'],
  ])('accepts %s headers', async (_name, csv, language) => {
    const doc = await parseDocument({ bytes: bytes(csv), fileName: 'faq.csv' });
    expect(doc.format).toBe('faq-csv');
    expect(doc.chunks).toHaveLength(1);
    expect(doc.chunks[0]!.text.split('\n')).toHaveLength(2);
    expect(doc.chunks[0]!.language).toBe(language);
  });

  it('is detected from content even when named .txt', async () => {
    const doc = await parseDocument({ bytes: bytes('question,answer\nWhere are you?,In Madrid.\n'), fileName: 'faq.txt' });
    expect(doc.format).toBe('faq-csv');
  });

  it('rejects a CSV without question/answer columns, naming the columns found', async () => {
    const error = await parseDocument({ bytes: bytes('sku,price,stock\nA1,10,3\n'), fileName: 'inventory.csv' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedFormatError);
    expect((error as UnsupportedFormatError).message).toContain('"sku", "price", "stock"');
    expect((error as UnsupportedFormatError).hint).toContain('"question" and "answer"');
  });

  it('rejects a malformed CSV and a header with no complete rows', async () => {
    await expect(parseDocument({ bytes: bytes('question,answer\n"unclosed,quote\n'), fileName: 'bad.csv' })).rejects.toThrow(UnreadableDocumentError);
    await expect(parseDocument({ bytes: bytes('question,answer\nonly a question,\n'), fileName: 'bad.csv' })).rejects.toThrow(/no complete FAQ rows/);
  });
});
