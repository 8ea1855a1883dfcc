// The kanban's columns load in pages: each shows its newest cards, and "Show more" adds a page.
// How many each column shows lives in the URL (`?shown=<stageId>.<cards>,…`), so a reload, a
// shared link, Back and the no-JavaScript page all keep it. Pure: the page, the links and the
// board's query read it alike.

/** Cards a column shows at first, and how many "Show more" adds. */
export const BOARD_PAGE_SIZE = 10;
/** A column never shows more than this; "Show all in table" holds the rest. */
export const BOARD_COLUMN_MAX = 200;

/** Cards shown per stage id; a stage not in it shows the first page. */
export type BoardShown = ReadonlyMap<number, number>;

const ENTRY = /^([1-9]\d{0,9})\.([1-9]\d{0,3})$/;

/** Reads `?shown=`: a bad entry falls back to the first page for its column, never an error page. */
export function parseBoardShown(raw: string | string[] | undefined): Map<number, number> {
  const shown = new Map<number, number>();
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || value.length > 2000) return shown;
  for (const entry of value.split(',')) {
    const match = ENTRY.exec(entry);
    if (!match) continue;
    const stageId = Number(match[1]);
    if (stageId > 2_147_483_647) continue;
    const cards = roundToPage(Number(match[2]));
    if (cards > BOARD_PAGE_SIZE) shown.set(stageId, cards);
  }
  return shown;
}

function roundToPage(cards: number): number {
  return Math.min(BOARD_COLUMN_MAX, Math.max(BOARD_PAGE_SIZE, Math.ceil(cards / BOARD_PAGE_SIZE) * BOARD_PAGE_SIZE));
}

export function cardsShown(shown: BoardShown, stageId: number): number {
  return shown.get(stageId) ?? BOARD_PAGE_SIZE;
}

/**
 * The board with one more page in a column of `count` applicants, the fragment on that page's
 * first card; null once the column shows them all or BOARD_COLUMN_MAX.
 */
export function showMoreHref(jobId: number, shown: BoardShown, stageId: number, count: number): string | null {
  const now = cardsShown(shown, stageId);
  if (now >= Math.min(count, BOARD_COLUMN_MAX)) return null;
  const next = new Map(shown).set(stageId, roundToPage(now + BOARD_PAGE_SIZE));
  return `${boardHref(jobId, next)}#${firstCardOfPageId(stageId, now)}`;
}

export function boardHref(jobId: number, shown: BoardShown = new Map()): string {
  const entries = [...shown].filter(([, cards]) => cards > BOARD_PAGE_SIZE).sort(([a], [b]) => a - b);
  const query = entries.length ? `?shown=${entries.map(([stage, cards]) => `${stage}.${cards}`).join(',')}` : '';
  return `/dashboard/jobs/${jobId}/board${query}`;
}

/** The id of the card that starts a page (`index` a multiple of the page size), for the link's fragment. */
export function firstCardOfPageId(stageId: number, index: number): string {
  return `stage-${stageId}-card-${index + 1}`;
}
