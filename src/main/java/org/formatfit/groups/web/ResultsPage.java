package org.formatfit.groups.web;

import java.util.List;

import org.formatfit.groups.GroupSummary;
import org.formatfit.groups.GroupSummary.Row;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a group's list of results: a full group holds 5,000, more than any page
 * should carry. The summary above the list counts them all. Public, for the template's
 * compiled Spring EL.
 *
 * @param rows the results on this page, in the order they arrived
 * @param number this page's number, from 1
 * @param pages how many pages the list has, at least 1
 * @param total how many results the group has
 * @param previousPath the previous page's address, or {@code null} on the first
 * @param nextPath the next page's address, or {@code null} on the last
 */
public record ResultsPage(List<Row> rows, int number, int pages, int total, String previousPath, String nextPath) {

	/** Results on one page of the list. */
	static final int SIZE = 50;

	/**
	 * The page of this number (as the address gives it), or {@code null} when there is no
	 * such page.
	 */
	static ResultsPage of(GroupSummary summary, String number, String groupPath) {
		if (number.isEmpty() || number.length() > 6 || !number.chars().allMatch(Character::isDigit)) {
			return null;
		}
		int page = Integer.parseInt(number);
		int total = summary.total();
		int pages = Math.max(1, (total + SIZE - 1) / SIZE);
		if (page < 1 || page > pages) {
			return null;
		}
		List<Row> rows = summary.results().subList((page - 1) * SIZE, Math.min(total, page * SIZE));
		return new ResultsPage(rows, page, pages, total, (page > 1) ? path(groupPath, page - 1) : null,
				(page < pages) ? path(groupPath, page + 1) : null);
	}

	private static String path(String groupPath, int page) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath(groupPath);
		if (page > 1) {
			address.queryParam(GroupController.PAGE, page);
		}
		return address.build().toString() + "#" + GroupController.LIST_SECTION;
	}

	/** The number of the first result on this page. */
	public int first() {
		return this.rows.isEmpty() ? 0 : this.rows.get(0).number();
	}

	/** The number of the last result on this page. */
	public int last() {
		return this.rows.isEmpty() ? 0 : this.rows.get(this.rows.size() - 1).number();
	}

}
