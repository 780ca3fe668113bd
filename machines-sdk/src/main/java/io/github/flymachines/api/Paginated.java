package io.github.flymachines.api;

import io.github.flymachines.errors.FlyException;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.model.Page;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A cursor-paginated list, read lazily: nothing is fetched until iteration starts, and each next
 * page is fetched only when the items of the previous one are used up. Empty pages with a next
 * cursor are skipped; the list ends when a page has no next cursor. A cursor the API hands out a
 * second time ends iteration with a {@link FlyException} instead of looping forever.
 *
 * <p>Each call to {@link #iterator()}, {@link #stream()} or {@link #pages()} starts again from
 * the first page. Page fetches block the iterating thread; for non-blocking use call the
 * client's {@code ...PageAsync} method with {@link Page#nextCursor()} yourself.
 *
 * @param <T> the item type
 */
public final class Paginated<T> implements Iterable<T> {
    private final Function<String, CompletableFuture<Page<T>>> fetch;

    Paginated(Function<String, CompletableFuture<Page<T>>> fetch) {
        this.fetch = fetch;
    }

    /** @return an iterator over the items of every page, fetching pages on demand */
    @Override
    public Iterator<T> iterator() {
        Iterator<Page<T>> pages = pages().iterator();
        return new Iterator<>() {
            private final Deque<T> buffer = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (buffer.isEmpty() && pages.hasNext()) {
                    buffer.addAll(pages.next().items());
                }
                return !buffer.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffer.removeFirst();
            }
        };
    }

    /** @return a sequential stream over the items, fetching pages on demand */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** @return the pages themselves, fetched on demand (empty pages included) */
    public Iterable<Page<T>> pages() {
        return () -> new Iterator<>() {
            private final Set<String> seen = new HashSet<>();
            private boolean started;
            private String cursor;

            @Override
            public boolean hasNext() {
                return !started || cursor != null;
            }

            @Override
            public Page<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Page<T> page = Futures.join(fetch.apply(cursor));
                started = true;
                String next = page.nextCursor();
                if (next != null && !seen.add(next)) {
                    throw new FlyException("the API returned the cursor of an earlier page again; stopping "
                            + "instead of looping");
                }
                cursor = next;
                return page;
            }
        };
    }
}
