package io.github.flymachines.model;

import io.github.flymachines.internal.util.Models;
import java.util.List;
import java.util.Optional;

/**
 * One page of a cursor-paginated list. A page may be empty and still have a next cursor; the
 * list ends when {@link #nextCursor()} is empty.
 *
 * @param items the items of this page
 * @param nextCursor the cursor of the next page, or null at the end
 * @param totalCount the total number of items when the API says (certificates), else null
 * @param errorRegions regions the API could not read for this page (organization lists): the
 *        page is then incomplete, not wrong
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String nextCursor, Integer totalCount, List<String> errorRegions) implements PageBuilder.With<T> {

    /**
     * {@return an empty builder}
     *
     * @param <T> the item type
     */
    public static <T> PageBuilder<T> builder() {
        return new PageBuilder<>();
    }

    /**
     * Creates a page. Copies the lists; a blank cursor becomes null.
     *
     * @param items the items of this page
     * @param nextCursor the cursor of the next page, or null at the end
     * @param totalCount the total number of items when the API says, else null
     * @param errorRegions regions the API could not read for this page
     */
    public Page {
        items = Models.list(items);
        errorRegions = Models.list(errorRegions);
        nextCursor = nextCursor == null || nextCursor.isBlank() ? null : nextCursor;
    }

    /** @return whether another page follows */
    public boolean hasNext() {
        return nextCursor != null;
    }

    /** @return the next cursor, if any */
    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }

    @Override
    public String toString() {
        return PageBuilder.render(this);
    }
}
