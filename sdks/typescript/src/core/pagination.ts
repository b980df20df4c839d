/**
 * Cursor pages: `{object: 'list', data, has_more}` answers to `limit` / `starting_after` / `ending_before`. A page
 * knows the query that produced it, so it can fetch the next one; iterating a page (or the promise of one) with
 * `for await` walks every item from there to the end of the list.
 */
import type { QueryValue } from '../internal/url.js';
import { APIPromise } from './api-promise.js';
import { ParleyError } from './errors.js';

export interface ListResponse<Item> {
  object?: 'list';
  data: Item[];
  has_more: boolean;
}

type Query = Record<string, QueryValue>;

export class Page<Item> implements AsyncIterable<Item> {
  readonly data: Item[];
  readonly hasMore: boolean;

  constructor(
    body: ListResponse<Item>,
    private readonly query: Query,
    private readonly fetchPage: (query: Query) => PagePromise<Item>,
  ) {
    this.data = body.data;
    this.hasMore = body.has_more;
  }

  hasNextPage(): boolean {
    return this.nextPageQuery() !== null;
  }

  /**
   * The query of the following page: after the last item, or, for a list read backwards with `ending_before`,
   * before the first one.
   */
  nextPageQuery(): Query | null {
    if (!this.hasMore || this.data.length === 0) return null;
    const backwards = this.#backwards();
    const edge = idOf(backwards ? this.data[0] : this.data[this.data.length - 1]);
    if (edge === undefined) return null;
    // The new cursor replaces every other one (a deprecated `after` too): Parley refuses two at once.
    const { starting_after: _startingAfter, ending_before: _endingBefore, after: _after, ...rest } = this.query;
    return backwards ? { ...rest, ending_before: edge } : { ...rest, starting_after: edge };
  }

  #backwards(): boolean {
    return this.query.ending_before != null && this.query.starting_after == null;
  }

  async getNextPage(): Promise<Page<Item>> {
    const query = this.nextPageQuery();
    if (!query) throw new ParleyError('This is the last page: check hasNextPage() before calling getNextPage()');
    return this.fetchPage(query);
  }

  /** This page and every page after it. */
  async *iterPages(): AsyncGenerator<Page<Item>> {
    yield this;
    for (let page = await this.#next(); page; page = await page.#next()) yield page;
  }

  async #next(): Promise<Page<Item> | undefined> {
    return this.hasNextPage() ? this.getNextPage() : undefined;
  }

  /**
   * Every item from here to the end of the list, in the order the list is walked: read backwards from
   * `ending_before`, each page is yielded last item first, so the items keep moving away from the cursor.
   */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    for await (const page of this.iterPages()) yield* page.#backwards() ? [...page.data].reverse() : page.data;
  }
}

/** The promise of a page, which can itself be walked item by item: `for await (const m of parley.messages.list())`. */
export class PagePromise<Item> extends APIPromise<Page<Item>> implements AsyncIterable<Item> {
  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    yield* await this;
  }
}

function idOf(item: unknown): string | undefined {
  const id = (item as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}
