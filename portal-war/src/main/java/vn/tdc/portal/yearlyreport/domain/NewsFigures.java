package vn.tdc.portal.yearlyreport.domain;

import java.util.List;

/**
 * News a unit published in the year, by category: an article counts in the year it was first published (a later
 * correction or archiving does not move it). Every active category is listed, zeros included.
 */
public record NewsFigures(List<Tally> byCategory) {

    public NewsFigures {
        byCategory = List.copyOf(byCategory);
    }

    public long total() {
        return byCategory.stream().mapToLong(Tally::count).sum();
    }
}
