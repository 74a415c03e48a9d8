import { describe, expect, it } from 'vitest';
import { classifyRussianChromeLine, getRussianBylineName } from './chrome.ts';

describe('Russian site chrome', () => {
  it.each([
    ['Читайте также: Путин провел совещание с членами Совбеза', 'related'],
    ['ЧИТАЙТЕ ТАКЖЕ', 'related'],
    ['Материалы по теме', 'related'],
    ['Поделиться', 'share'],
    ['ВКонтакте Одноклассники Telegram', 'share'],
    ['Реклама', 'advertisement'],
    ['Реклама. ООО «Ромашка», ИНН 7700000000, erid: 2SDnjc', 'advertisement'],
    ['Подписывайтесь на наш канал в Telegram', 'newsletter'],
    ['Читайте нас в Дзене', 'newsletter'],
    ['Комментарии', 'comment'],
    ['Комментарии (12)', 'comment'],
    ['Оставьте комментарий', 'comment'],
    ['Фото: Сергей Бобылев/ТАСС', 'caption'],
    ['Источник: пресс-служба Кремля', 'caption'],
    ['Дмитрий Песков в Кремле © Михаил Метцель/ТАСС', 'caption'],
    ['© ТАСС. Все права защищены', 'copyright'],
    ['© 2023 Медиагруппа. Все права защищены.', 'copyright'],
    ['При полном или частичном использовании материалов ссылка обязательна', 'copyright'],
    ['Автор: Анна Ковалева', 'byline'],
    ['Главная', 'navigation'],
    ['Политика Экономика Общество', 'navigation'],
    ['Теги: Кремль, Песков', 'navigation'],
    ['16 декабря 2023, 14:35', 'metadata'],
    ['Вчера, 18:40', 'metadata'],
    ['3 мин чтения', 'metadata'],
    ['Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим', 'cookie'],
  ])('takes «%s» for %s', (line, kind) => {
    expect(classifyRussianChromeLine(line)).toBe(kind);
  });

  it.each([
    'Пресс-секретарь президента России Дмитрий Песков заявил журналистам, что переговоры продолжатся.',
    '«Мы открыты к диалогу», — сказал Песков.',
    'По словам Пескова, реклама здесь ни при чем.',
    'Комментарии Кремля последовали через час после заявления Белого дома.',
    'Фотографии с места событий журналисты не публиковали.',
    'Вчера Песков заявил журналистам, что переговоры продолжатся.',
    'Источники в администрации не подтвердили эти сведения.',
  ])('keeps the sentence «%s»', (line) => {
    expect(classifyRussianChromeLine(line)).toBeUndefined();
  });

  it('reads the name in a Russian byline', () => {
    expect(getRussianBylineName('Автор: Анна Ковалева')).toBe('Анна Ковалева');
    expect(getRussianBylineName('Автор статьи считает, что это ошибка.')).toBeUndefined();
  });
});
