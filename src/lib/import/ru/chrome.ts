/**
 * Site chrome on Russian pages, by general rules as for English (import/chrome.ts): the lines a
 * copied or saved page carries that are not the article — «Читайте также», «Поделиться»,
 * «Реклама», «Подписывайтесь на наш канал», «Комментарии», «Фото:», «Источник:», «© … Все права
 * защищены», menus, time stamps. Each rule matches what such lines have in common and judges one
 * line on its own; like the English rules it errs towards keeping a line, and a sentence of the
 * article (ending as a sentence does, long enough to say something) is never chrome.
 */
import { countWords, type ChromeKind } from '../chrome.ts';
import { isRelativeTimeLine, parseRussianDateLine } from './dates.ts';

const endsSentence = (line: string): boolean => /[.!?…]["”’»)\]]*$/.test(line.trim());

/** The line lower-cased, «ё» as «е», without the arrows, colons and dashes menus end with. */
function normalizeLine(line: string): string {
  return line.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').replace(/[\s:›»>→|–—-]+$/, '').trim();
}

const phrases = (...list: string[]): RegExp => new RegExp(`^(?:${list.join('|')})$`, 'u');

const RELATED = /^(?:читайте (?:также|еще)|читать (?:также|далее|полностью)|смотрите (?:также|видео)|см\. также|по теме|материалы по теме|(?:еще|другие|похожие|последние) (?:новости|материалы) ?(?:по теме)?|новости по теме|еще по теме|самое (?:читаемое|популярное|важное)|популярное|главное(?: за день| сегодня)?|рекомендуем|вам (?:может быть|будет) интересно|подробнее|выбор редакции)(?![\p{L}])/u;

const SHARE_EXACT = phrases('поделиться(?: в соцсетях| новостью| ссылкой| статьей)?', 'поделитесь(?: новостью| статьей)?', 'отправить', 'распечатать',
  'версия для печати', 'скопировать ссылку', 'ссылка скопирована', 'копировать ссылку', 'сохранить', 'в закладки');
const SOCIAL_WORDS = new Set(('поделиться вконтакте вк одноклассники ок телеграм telegram whatsapp viber twitter x facebook мой мир дзен ' +
  'яндекс email e-mail почта скопировать ссылку ссылка в и').split(' '));

const ADVERTISEMENT = /^(?:реклама|на правах рекламы|партнерский материал|спецпроект|промо|erid(?![\p{L}]).*|реклама\s*[.:|].{0,200}|материал подготовлен при поддержке .*|продолжение после рекламы|реклама ?\d*\+?)$/u;

const NEWSLETTER = [
  /^(?:подписывайтесь|подпишитесь|подписаться|присоединяйтесь|следите за (?:нами|новостями))(?![\p{L}])/u,
  /^(?:читайте|смотрите) (?:нас|наши новости|новости) в /u, /^(?:наш|официальный) (?:канал|telegram-канал|телеграм-канал)(?![\p{L}])/u,
  /^(?:оформить|оформите) подписку(?![\p{L}])/u, /^(?:скачайте|установите) (?:наше )?приложение(?![\p{L}])/u, /^(?:поддержите|поддержать) (?:нас|редакцию|независимую журналистику)(?![\p{L}])/u,
  /^(?:узнавайте|получайте) (?:новости|главное) первыми(?![\p{L}])/u,
];

const COMMENT = [
  phrases('комментарии(?: \\(\\d+\\))?', '\\d+ комментари(?:й|я|ев)', 'комментировать', 'ответить', 'обсуждение', 'показать комментарии', 'нет комментариев'),
  /^(?:оставьте|оставить|написать|добавить) комментари/u, /^(?:войдите|авторизуйтесь),? чтобы (?:оставить комментарий|комментировать)/u,
  /^(?:станьте|будьте) первым,? кто (?:оставит комментарий|прокомментирует)/u,
];

// «Фото: …», «Источник: …», «Видео: …», «© Сергей Бобылев/ТАСС», «Кадр: YouTube».
const CAPTION = /^(?:фото(?:графия)?|видео|иллюстрация|изображение|кадр|коллаж|инфографика|источник(?: фото)?|автор фото|фото и видео)\s*[:©|]/u;
const AGENCY_CREDIT = /\/\s*(?:тасс|риа новости|интерфакс|ap|afp|reuters|epa|getty images|global look press|коммерсантъ|известия)\s*\)?\s*$/u;

const COPYRIGHT = [/все права защищены/u, /^при (?:полном или частичном )?(?:использовании|перепечатке|цитировании)(?![\p{L}])/u, /^использование материалов(?![\p{L}]).*(?:разрешено|запрещено)/u,
  /^(?:сетевое издание|свидетельство о регистрации сми|регистрационный номер)(?![\p{L}])/u, /^18\+$/u];

const BYLINE = /^([\p{L} ]{4,20}?)\s*:\s*(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})$/u;
const BYLINE_LABELS = new Set(['автор', 'авторы', 'текст', 'корреспондент', 'редактор', 'фото и текст', 'подготовил', 'подготовила', 'подготовили']);

const NAVIGATION = phrases(
  'главная(?: страница)?', 'на главную', 'вернуться на главную', 'меню', 'поиск', 'найти', 'войти', 'вход', 'выйти', 'регистрация', 'личный кабинет',
  'наверх', 'показать (?:еще|больше)', 'загрузить еще', 'еще', 'далее', 'назад', 'вперед', 'следующая(?: статья| новость)?',
  'предыдущая(?: статья| новость)?', 'разделы', 'рубрики', 'темы', 'теги', 'контакты', 'о (?:нас|проекте)', 'реклама на сайте',
  'политика конфиденциальности', 'пользовательское соглашение', 'вакансии', 'карта сайта', 'rss', 'прямой эфир', 'онлайн', 'эфир', 'лента новостей', 'все новости',
);
const SECTION_WORDS = new Set(('новости политика экономика общество происшествия спорт культура наука технологии мир в мире россия ' +
  'москва регионы бизнес финансы авто недвижимость здоровье туризм видео фото мнения аналитика интервью спецоперация армия ' +
  'и главное лента эфир подкасты').split(' '));
const LABEL_PREFIX = /^(?:теги|темы|рубрики?|метки|раздел)\s*:/u;

function isNavigation(normalized: string): boolean {
  if (NAVIGATION.test(normalized) || LABEL_PREFIX.test(normalized)) return true;
  const words = normalized.split(' ');
  return words.length >= 2 && words.length <= 6 && words.every((word) => SECTION_WORDS.has(word));
}

function isShare(line: string, normalized: string): boolean {
  if (SHARE_EXACT.test(normalized)) return true;
  const words = normalized.replace(/[^\p{L}\s-]/gu, ' ').split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 12 && words.every((word) => SOCIAL_WORDS.has(word)) && !endsSentence(line);
}

function isMetadata(line: string, normalized: string): boolean {
  return (
    parseRussianDateLine(line) !== undefined ||
    isRelativeTimeLine(line) ||
    /^(?:время чтения\s*:?\s*)?\d+\s*мин(?:ут[аы]?|\.)?(?: чтения)?$/u.test(normalized) ||
    /^(?:просмотров|просмотры)\s*:?\s*[\d\s]+$|^[\d\s]+(?:просмотр(?:ов|а)?)$/u.test(normalized)
  );
}

/**
 * The author a Russian byline line names («Автор: Иван Петров»), or undefined.
 * @example getRussianBylineName('Автор: Анна Ковалева') // "Анна Ковалева"
 */
export function getRussianBylineName(line: string): string | undefined {
  for (const part of splitMetaBar(line)) {
    const match = BYLINE.exec(part);
    if (match && BYLINE_LABELS.has((match[1] ?? '').toLowerCase())) return match[2];
  }
  return undefined;
}

/** The parts of a line joined by the dots and bars of a page's meta bar: «15 декабря 2023 · Автор: …». */
const splitMetaBar = (line: string): string[] => line.trim().split(/\s+[·•|]\s+/).map((part) => part.trim()).filter(Boolean);

/** Whether a line is a meta bar whose every part is a date, a time stamp or a byline. */
function isMetaBar(line: string, normalized: string): boolean {
  const parts = splitMetaBar(line);
  return parts.every((part) => BYLINE.test(part) || isMetadata(part, normalizeLine(part))) && normalized.length > 0;
}

/**
 * What kind of Russian site chrome a line is, judged on the line alone; undefined for text.
 * @example classifyRussianChromeLine('Читайте также: Путин провел совещание') // "related"
 * @example classifyRussianChromeLine('Песков заявил журналистам, что переговоры продолжатся.') // undefined
 */
export function classifyRussianChromeLine(line: string): ChromeKind | undefined {
  const text = line.trim();
  if (text === '') return undefined;
  const normalized = normalizeLine(text);
  const words = countWords(text);
  if (COMMENT.some((rule) => rule.test(normalized))) return 'comment';
  if (words <= 40 && COPYRIGHT.some((rule) => rule.test(normalized))) return 'copyright';
  if (words <= 40 && ADVERTISEMENT.test(normalized)) return 'advertisement';
  if (words <= 40 && (CAPTION.test(normalized) || (AGENCY_CREDIT.test(normalized) && !endsSentence(text)))) return 'caption';
  if (getRussianBylineName(text) !== undefined && isMetaBar(text, normalized)) return 'byline';
  if (words <= 30 && RELATED.test(normalized)) return 'related';
  if (isShare(text, normalized)) return 'share';
  if (words <= 30 && NEWSLETTER.some((rule) => rule.test(normalized))) return 'newsletter';
  if (words <= 80 && /cookie|куки/u.test(normalized) && /(?:использ|соглас|продолжая|принять|политик)/u.test(normalized)) return 'cookie';
  if (isNavigation(normalized)) return 'navigation';
  if (isMetadata(text, normalized) || (splitMetaBar(text).length > 1 && isMetaBar(text, normalized))) return 'metadata';
  return undefined;
}
