import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildFtsMatch, queryLanguages, queryTerms } from './fts-query';

describe('FTS query building', () => {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(body); INSERT INTO t (body) VALUES ('refund polici return'), ('ship abroad');");
  const search = (query: string) => {
    const match = buildFtsMatch(queryTerms(query, ['en']), 4);
    return match ? db.prepare('SELECT body FROM t WHERE t MATCH ?').pluck().all(match) : [];
  };

  it('never raises a syntax error on hostile or odd user text', () => {
    for (const query of ['"unbalanced', 'refund AND (', 'NEAR(a b)', 'col:refund', '*', '^start', 'a OR', "l'homme \" ' -- ;DROP", '😀 refund?']) {
      expect(() => search(query)).not.toThrow();
    }
    expect(search('refund AND (')).toEqual(['refund polici return']);
  });

  it('matches stemmed terms as an OR, and prefixes of longer terms', () => {
    expect(search('What are your refund policies?')).toEqual(['refund polici return']);
    expect(search('shipping or returns')).toHaveLength(2);
    expect(search('refu')).toEqual(['refund polici return']);
  });

  it('yields nothing to search for stop words and punctuation only', () => {
    expect(buildFtsMatch(queryTerms('what is the ?!', ['en']))).toBeUndefined();
  });

  it('analyses a query in the language its stop words reveal, else in every store language', () => {
    expect(queryLanguages('la demande de garantie', ['en', 'fr', 'de'])).toEqual(['fr']);
    expect(queryLanguages('What is the refund period?', ['en', 'es'])).toEqual(['en']);
    expect(queryLanguages('Garantie Rückerstattung', ['en', 'de'])).toEqual(['en', 'de']);
  });
});
