import { describe, expect, it } from 'vitest';
import { BOARD_COLUMN_MAX, BOARD_PAGE_SIZE, boardHref, cardsShown, firstCardOfPageId, parseBoardShown, showMoreHref } from './board-columns';

describe('parseBoardShown', () => {
  it('reads stage.cards pairs, rounded up to whole pages and capped', () => {
    const shown = parseBoardShown('12.20,13.15,14.100000,15.9999');
    expect([...shown]).toEqual([
      [12, 20],
      [13, 20],
      [15, BOARD_COLUMN_MAX],
    ]);
  });

  it('ignores anything else, and the first page needs no entry', () => {
    expect([...parseBoardShown('x,12.0,0.20,-1.20,12.10,99999999999.20,12.2e3')]).toEqual([]);
    expect([...parseBoardShown(undefined)]).toEqual([]);
    expect([...parseBoardShown(['7.30', '8.30'])]).toEqual([[7, 30]]);
    expect(parseBoardShown('1.20,'.repeat(1000)).size).toBe(0);
  });
});

describe('board links', () => {
  it('add a page to one column and land on its first new card', () => {
    const shown = new Map([[9, 30]]);
    expect(showMoreHref(4, shown, 2, 500)).toBe(`/dashboard/jobs/4/board?shown=2.20,9.30#${firstCardOfPageId(2, BOARD_PAGE_SIZE)}`);
    expect(showMoreHref(4, shown, 9, 31)).toBe('/dashboard/jobs/4/board?shown=9.40#stage-9-card-31');
  });

  it('offer no more once a column shows all its applicants, or the most a column shows', () => {
    expect(showMoreHref(4, new Map(), 2, BOARD_PAGE_SIZE)).toBeNull();
    expect(showMoreHref(4, new Map(), 2, 0)).toBeNull();
    expect(showMoreHref(4, new Map([[9, 30]]), 9, 30)).toBeNull();
    expect(showMoreHref(4, new Map([[9, BOARD_COLUMN_MAX - BOARD_PAGE_SIZE]]), 9, 100_000)).toBe(`/dashboard/jobs/4/board?shown=9.${BOARD_COLUMN_MAX}#stage-9-card-${BOARD_COLUMN_MAX - BOARD_PAGE_SIZE + 1}`);
    expect(showMoreHref(4, new Map([[9, BOARD_COLUMN_MAX]]), 9, 100_000)).toBeNull();
  });

  it('leave the URL bare when every column shows its first page', () => {
    expect(boardHref(4)).toBe('/dashboard/jobs/4/board');
    expect(boardHref(4, new Map([[3, BOARD_PAGE_SIZE]]))).toBe('/dashboard/jobs/4/board');
    expect(cardsShown(new Map(), 3)).toBe(BOARD_PAGE_SIZE);
  });
});
