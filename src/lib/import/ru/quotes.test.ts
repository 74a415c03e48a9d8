import { describe, expect, it } from 'vitest';
import { extractRussianQuoteCandidates, findRussianMentions, stemRussianName } from './quotes.ts';

const people = [
  { id: 'dmitry-peskov', name: 'Dmitry Peskov', aliases: [], nativeNames: ['Дмитрий Песков'] },
  { id: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: [], nativeNames: ['Сергей Лавров'] },
  { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', aliases: [], nativeNames: ['Володимир Зеленський', 'Владимир Зеленский'] },
];
const quotes = (paragraph: string) => extractRussianQuoteCandidates([paragraph], people);

describe('Russian names in any case', () => {
  it('reduces the cases of a surname to one stem', () => {
    expect(['Песков', 'Пескова', 'Пескову', 'Песковым', 'Пескове'].map(stemRussianName)).toEqual(Array(5).fill('песков'));
    expect(['Зеленский', 'Зеленского', 'Зеленскому', 'Зеленским'].map(stemRussianName)).toEqual(Array(4).fill('зеленск'));
  });

  it('finds a person by a declined surname, and not by a word that merely begins like it', () => {
    expect(findRussianMentions('По словам Пескова, Лаврову звонили.', people).map((m) => m.id)).toEqual(['dmitry-peskov', 'sergey-lavrov']);
    expect(findRussianMentions('Песковская улица', people)).toEqual([]);
  });
});

describe('Russian quote candidates', () => {
  it('takes words in «ёлочки» with the speaker of «— заявил Песков»', () => {
    expect(quotes('«Мы открыты к диалогу с Вашингтоном», — заявил Песков журналистам.')).toEqual([
      { text: 'Мы открыты к диалогу с Вашингтоном', speaker: 'dmitry-peskov', attributed: true },
    ]);
  });

  it('takes the speaker of «— сказал пресс-секретарь Дмитрий Песков» and of «— Песков сказал»', () => {
    expect(quotes('«Это вопрос будущего», — сказал пресс-секретарь президента Дмитрий Песков.')[0]).toMatchObject({ speaker: 'dmitry-peskov', attributed: true });
    expect(quotes('«Это вопрос будущего», — Лавров сказал в интервью.')[0]).toMatchObject({ speaker: 'sergey-lavrov', attributed: true });
  });

  it('takes the speaker of «по словам Пескова», after the quote or before it', () => {
    expect(quotes('«Контакты продолжаются на рабочем уровне», по словам Пескова.')[0]).toMatchObject({ speaker: 'dmitry-peskov', attributed: true });
    expect(quotes('По словам Пескова, «контакты продолжаются на рабочем уровне».')[0]).toMatchObject({ speaker: 'dmitry-peskov', attributed: true });
  });

  it('takes the speaker named before a colon: «Песков заявил: „…“»', () => {
    expect(quotes('Песков заявил: „Никаких решений пока не принято“.')).toEqual([
      { text: 'Никаких решений пока не принято', speaker: 'dmitry-peskov', attributed: true },
    ]);
  });

  it('keeps „лапки“ inside «ёлочки» as part of one quote', () => {
    expect(quotes('«Мы называем это „специальной операцией“ и никак иначе», — заявил Лавров.')[0]?.text).toBe('Мы называем это „специальной операцией“ и никак иначе');
  });

  it('does not attribute a quote whose clause names two people', () => {
    expect(quotes('«Переговоры зашли в тупик», — заявил Песков, комментируя слова Зеленского.')[0]?.attributed).toBe(false);
  });

  it('leaves a name in «ёлочки» (a company, a newspaper) alone', () => {
    expect(quotes('Газета «Известия» сообщила об этом, сказал Песков.')).toEqual([]);
  });

  it('suggests, unattributed, the person named in the nominative before «— сказал он»', () => {
    expect(quotes('Песков ответил на вопрос о заявлениях Зеленского. «Мы не будем комментировать каждое его слово», — сказал он.')[0]).toEqual({
      text: 'Мы не будем комментировать каждое его слово', speaker: 'dmitry-peskov', attributed: false,
    });
  });

  it('suggests the nearest person, unattributed, when no clause names the speaker', () => {
    expect(quotes('Песков был краток. «Комментариев у нас пока нет никаких».')[0]).toEqual({
      text: 'Комментариев у нас пока нет никаких', speaker: 'dmitry-peskov', attributed: false,
    });
  });
});
