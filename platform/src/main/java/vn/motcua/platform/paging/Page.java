package vn.motcua.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list (một trang danh sách): its items and the cursor of the next page, {@code null} on the last.
 * Pages are keyset pages: the cursor holds the sort key of the last item, so page 3,000 of a million costs what page
 * 1 does and an item added meanwhile neither shifts nor repeats the rest.
 */
public record Page<T>(
        List<T> items,
        @Schema(description = "Pass as `cursor` to get the next page; null on the last page", nullable = true) String next) {

    /**
     * The page from rows fetched with {@code limit + 1}: the extra row only tells that a next page exists.
     *
     * @param key the cursor of a row (its sort key), for the last row kept
     */
    public static <R, T> Page<T> of(List<R> fetched, int limit, Function<R, String> key, Function<R, T> view) {
        boolean more = fetched.size() > limit;
        List<R> kept = more ? fetched.subList(0, limit) : fetched;
        return new Page<>(kept.stream().map(view).toList(), more ? key.apply(kept.get(limit - 1)) : null);
    }
}
