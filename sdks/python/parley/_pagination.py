"""Cursor pages: `{object: "list", data, has_more}` answers to `limit` / `starting_after` / `ending_before`.

A page knows the query that produced it, so it can fetch the next one; iterating a page walks every item from
there to the end of the list, fetching pages as it goes.
"""

from typing import Any, Callable, Dict, Generic, Iterator, List, Optional, TypeVar

from ._errors import ParleyError

T = TypeVar("T")


class Page(Generic[T]):
    def __init__(self, data: List[T], has_more: bool, query: Dict[str, Any], fetch: "Callable[[Dict[str, Any]], Page[T]]") -> None:
        #: The items of this page.
        self.data = data
        #: Whether the list goes on after this page.
        self.has_more = has_more
        self._query = query
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return self.next_page_query() is not None

    def next_page_query(self) -> Optional[Dict[str, Any]]:
        """The query of the following page: after the last item or, read backwards with `ending_before`, before the first."""
        if not self.has_more or not self.data:
            return None
        backwards = self._backwards()
        edge = _id_of(self.data[0] if backwards else self.data[-1])
        if edge is None:
            return None
        # The new cursor replaces every other one (a deprecated `after` too): Parley refuses two at once.
        rest = {k: v for k, v in self._query.items() if k not in ("starting_after", "ending_before", "after")}
        return {**rest, ("ending_before" if backwards else "starting_after"): edge}

    def _backwards(self) -> bool:
        return self._query.get("ending_before") is not None and self._query.get("starting_after") is None

    def get_next_page(self) -> "Page[T]":
        query = self.next_page_query()
        if query is None:
            raise ParleyError("This is the last page: check has_next_page() before calling get_next_page()")
        return self._fetch(query)

    def iter_pages(self) -> "Iterator[Page[T]]":
        """This page and every page after it."""
        page: Optional[Page[T]] = self
        while page is not None:
            yield page
            page = page.get_next_page() if page.has_next_page() else None

    def auto_paging_iter(self) -> Iterator[T]:
        """Every item from this page to the end of the list, in the order it is walked.

        Read backwards from `ending_before`, each page is yielded last item first, so the items keep moving away
        from the cursor.
        """
        for page in self.iter_pages():
            yield from (reversed(page.data) if page._backwards() else page.data)

    def __iter__(self) -> Iterator[T]:
        return self.auto_paging_iter()

    def __repr__(self) -> str:
        return f"<Page of {len(self.data)} items has_more={self.has_more}>"


def _id_of(item: Any) -> Optional[str]:
    value = item.get("id") if isinstance(item, dict) else None
    return value if isinstance(value, str) else None
