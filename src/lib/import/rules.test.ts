import { describe, expect, it } from 'vitest';
import { getLanguageRules } from './rules.ts';

const people = [{ id: 'dmitry-peskov', name: 'Dmitry Peskov', aliases: ['Dmitri Peskov'], nativeNames: ['Дмитрий Песков'] }];

describe('the importer’s rules per language', () => {
  it('gives Russian text the Russian chrome, date and quote rules', () => {
    const rules = getLanguageRules('ru-RU');
    expect(rules.classifyChromeLine('Читайте также: Путин провел совещание')).toBe('related');
    expect(rules.parseDateLine('16 декабря 2023 г., 14:35')?.date).toEqual({ year: 2023, month: 12, day: 16 });
    expect(rules.parseDateLine('Updated: 17.12.2023 08:00')?.role).toBe('updated');
    expect(rules.extractQuoteCandidates(['«Мы открыты к диалогу», — заявил Песков.'], people)[0]?.speaker).toBe('dmitry-peskov');
  });

  it('gives English, and a language without rules of its own, the general rules only', () => {
    for (const language of ['en', 'de']) {
      const rules = getLanguageRules(language);
      expect(rules.classifyChromeLine('Читайте также: Путин провел совещание')).toBeUndefined();
      expect(rules.parseDateLine('16 December 2023')?.date).toEqual({ year: 2023, month: 12, day: 16 });
      expect(rules.extractQuoteCandidates(['“We are open to dialogue,” Peskov said.'], people)[0]).toMatchObject({ speaker: 'dmitry-peskov', attributed: true });
    }
  });
});
