import { describe, expect, it } from 'vitest';
import { searchGrams } from './search-grams';

describe('name search grams', () => {
  it('a single character searches for itself', () => {
    expect(searchGrams('焦')).toEqual(['焦']);
  });
  it('longer words search for each pair of neighbouring characters once', () => {
    expect(searchGrams('焦作焦作')).toEqual(['焦作', '作焦']);
    expect(searchGrams('AB科技')).toEqual(['AB', 'B科', '科技']);
  });
  it('characters outside the basic plane stay whole', () => {
    expect(searchGrams('𠀀企')).toEqual(['𠀀企']);
  });
});
