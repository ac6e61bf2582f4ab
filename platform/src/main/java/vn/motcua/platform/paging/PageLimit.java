package vn.motcua.platform.paging;

import vn.motcua.platform.problem.ProblemException;

/** The {@code limit} of a list request (số dòng mỗi trang): 50 unless asked, at most 200. */
public final class PageLimit {

    public static final int DEFAULT = 50;
    public static final int MAX = 200;

    private PageLimit() {
    }

    public static int of(Integer limit) {
        if (limit == null) {
            return DEFAULT;
        }
        if (limit < 1 || limit > MAX) {
            throw ProblemException.invalidField("limit", "phải từ 1 đến " + MAX, "must be between 1 and " + MAX);
        }
        return limit;
    }
}
