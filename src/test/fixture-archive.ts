/**
 * The fixture archive: a small invented archive (src/test/fixtures/archive/) in the shape of the
 * real one, with English and Russian reports, an event that three reports cover with shared and
 * exclusive quotes, people with other spellings, and reports with no known outlet, day or month.
 * Tests that assert on particular entries read it rather than content/, so that maintainers can
 * edit the real archive without breaking the suite. The global setup builds it once per run,
 * beside the real one, and serves it (`fixtureUrl()` in browser.ts).
 */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURE_CONTENT = 'src/test/fixtures/archive';

/**
 * Where its build goes: outside the project, so the real dist/ and Astro's caches never mix with
 * it; one folder per checkout, so KR_REUSE_BUILD=1 can reuse it and two checkouts never share it.
 */
export const FIXTURE_DIST = join(tmpdir(), `kr-fixture-archive-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12)}`);

// The fixture's ids, named for what each entry is there to show.
export const FIXTURE = {
  /** English, day precision, Peskov, reports the December briefing. */
  enPeskov: '2023-12-14-harbor-times-kremlin-says-it-is-open-to-dialogue',
  /** Russian, prints only "Песков", reports the December briefing. */
  ruPeskov: '2023-12-15-vostochnaya-lenta-peskov-zayavil-ob-otkrytosti-k-dialogu',
  enZelensky: '2024-01-10-harbor-times-zelensky-visits-the-front',
  /** Russian, names Zelensky and Peskov. */
  ruZelensky: '2024-02-20-vostochnaya-lenta-v-kremle-prokommentirovali-slova-zelenskogo',
  /** Reports the press conference: the shared quote only; has a byline and an original link. */
  conferenceFirst: '2024-03-12-harbor-times-aide-says-nobody-is-closing-the-door',
  /** Reports the press conference a day later: the shared quote and one no other report carries. */
  conferenceExclusive: '2024-03-13-lantern-wire-lebedinsky-answer-in-our-own-time',
  /** Reports the press conference; no outlet, month precision, prints the misspelling "Lebedinksy". */
  conferenceMonth: '2024-03-unidentified-aide-comments-on-talks',
  /** No outlet, year precision, inferred date, prints "Lebedinskiy"; in no event. */
  undatedYear: '2023-unidentified-aide-visits-the-southern-front',
} as const;
