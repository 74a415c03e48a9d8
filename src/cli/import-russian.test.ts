import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEntrySource } from '../lib/frontmatter/read.ts';

// Two Russian sources from an invented outlet: a wire story pasted with its site's chrome, and a
// saved page. Each is imported as a maintainer would, then checked as CI would.
const repoRoot = resolve(import.meta.dirname, '../..');
const fixtures = join(repoRoot, 'src/cli/fixtures/import-ru');

const run = (script: string, args: readonly string[]) =>
  spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', join(repoRoot, script), ...args], { cwd: repoRoot, encoding: 'utf8' });

const SOURCES = {
  'wire-paste.txt': {
    flags: ['--outlet', 'severny-vestnik', '--published', '2023-12-16', '--title', 'Песков заявил, что Кремль открыт к диалогу с Вашингтоном', '--topics', 'us-russia-dialogue'],
    id: '2023-12-16-severny-vestnik-peskov-zayavil-chto-kreml-otkryt-k-dialogu-s',
    paragraphs: [
      'МОСКВА, 16 декабря. /Северный вестник/. Кремль по-прежнему открыт к диалогу с Вашингтоном, однако пока не видит встречных шагов. Об этом заявил журналистам пресс-секретарь президента России Дмитрий Песков.',
      '«Мы открыты к диалогу, но для диалога нужны двое», — заявил Песков.',
      'По словам Пескова, «контакты на рабочем уровне продолжаются, хотя и без особых результатов».',
      'Пресс-секретарь добавил, что вопрос о возможной встрече лидеров пока не обсуждается. Вчера он уже говорил журналистам, что график президента на декабрь сформирован.',
      'Песков также ответил на вопрос о заявлениях Зеленского. «Мы не будем комментировать каждое его слово», — сказал он.',
    ],
    chrome: ['Главная', 'ЛЕНТА НОВОСТЕЙ', 'Поделиться', '14:35', 'Автор: Анна Ковалева', 'Фото:', 'Читайте также', 'Реклама', 'Подписывайтесь', 'ВКонтакте', 'Комментарии', 'Оставьте комментарий', 'Все права защищены'],
    quotes: [
      { text: 'Мы открыты к диалогу, но для диалога нужны двое', speaker: 'dmitry-peskov' },
      { text: 'контакты на рабочем уровне продолжаются, хотя и без особых результатов', speaker: 'dmitry-peskov' },
    ],
  },
  'saved-page.html': {
    flags: ['--title', 'Лавров: в Анкаре обсудили зерновую сделку', '--topics', 'ukraine-war'],
    id: '2023-12-15-severny-vestnik-lavrov-v-ankare-obsudili-zernovuyu-sdelku',
    paragraphs: [
      'Министр иностранных дел России Сергей Лавров провел в Анкаре переговоры со своим турецким коллегой. Стороны обсудили возможное возобновление зерновой сделки и ситуацию на Ближнем Востоке.',
      '«Мы готовы вернуться к обсуждению зерновой инициативы, если будут выполнены все обязательства перед Россией», — заявил Лавров на пресс-конференции по итогам встречи.',
      'Он добавил, что Москва не получала от Киева никаких предложений. По словам Лаврова, „без учета российских интересов никакие договоренности невозможны“.',
      'Министр также напомнил, что следующий раунд консультаций запланирован на январь 2024 года. Источник в МИД уточнил, что точная дата пока не определена.',
    ],
    chrome: ['Главная', 'Поиск', 'Автор: Олег Смирнов', 'Поделиться', 'Фото:', 'Читайте также', 'Реклама', 'Подписывайтесь', 'Комментарии', 'Все права защищены', 'dataLayer'],
    quotes: [
      { text: 'Мы готовы вернуться к обсуждению зерновой инициативы, если будут выполнены все обязательства перед Россией', speaker: 'sergey-lavrov' },
      { text: 'без учета российских интересов никакие договоренности невозможны', speaker: 'sergey-lavrov' },
    ],
  },
} as const;

let root: string;
const imported = new Map<string, { status: number | null; stdout: string; stderr: string }>();

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kremlin-import-ru-'));
  cpSync(join(fixtures, 'content'), root, { recursive: true });
  for (const [file, source] of Object.entries(SOURCES)) imported.set(file, run('src/cli/import.ts', [join(fixtures, file), '--root', root, ...source.flags]));
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const readEntry = (id: string) => readEntrySource(readFileSync(join(root, 'articles', id.slice(0, 4), `${id}.mdx`), 'utf8'));

describe.each(Object.entries(SOURCES))('npm run import on the Russian %s', (file, source) => {
  it('writes the entry under a transliterated id and prints its path', () => {
    const result = imported.get(file)!;
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(join(root, 'articles', source.id.slice(0, 4), `${source.id}.mdx`));
  });

  it('detects the language and records it', () => {
    expect(readEntry(source.id).data['language']).toBe('ru');
  });

  it('keeps every paragraph of the text, word for word', () => {
    const { body } = readEntry(source.id);
    for (const paragraph of source.paragraphs) expect(body).toContain(paragraph);
  });

  it('removes the site chrome', () => {
    const { body } = readEntry(source.id);
    for (const chrome of source.chrome) expect(body, chrome).not.toContain(chrome);
    expect(readFileSync(join(fixtures, file), 'utf8')).toContain(source.chrome[0]);
  });

  it('writes the quotes in «ёлочки» and „лапки“ whose speaker the text names', () => {
    expect(readEntry(source.id).data['quotes']).toEqual(source.quotes);
  });
});

describe('the imported Russian entries', () => {
  it('pass npm run check as written', { timeout: 60_000 }, () => {
    const result = run('src/cli/check.ts', ['--root', root, '--content-only']);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });

  it('are named for the check by the id it expects when a file is misnamed', { timeout: 60_000 }, () => {
    const id = SOURCES['wire-paste.txt'].id;
    const misnamed = join(root, 'articles/2023/2023-12-16-severny-vestnik-песков.mdx');
    cpSync(join(root, 'articles/2023', `${id}.mdx`), misnamed);
    const result = run('src/cli/check.ts', ['--root', root, '--content-only']);
    rmSync(misnamed);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(`from its title it would be "${id}"`);
  });
});
