package org.formatfit.groups.web;

/**
 * A group's own addresses, for the pages that link to them. Public, for the templates'
 * compiled Spring EL.
 *
 * @param key the group's key
 * @param joinCode the group's join code
 */
public record GroupLinks(String key, String joinCode) {

	/** The group's private page. */
	public String group() {
		return GroupPaths.path(GroupPaths.GROUP, this.key);
	}

	/** The printable group sheet. */
	public String sheet() {
		return GroupPaths.path(GroupPaths.SHEET, this.key);
	}

	/** The results as a spreadsheet. */
	public String csv() {
		return GroupPaths.path(GroupPaths.CSV, this.key);
	}

	/** Where the group is deleted, after a question. */
	public String delete() {
		return GroupPaths.path(GroupPaths.DELETE, this.key);
	}

	/** Where the group is closed to new shares, or opened again. */
	public String closeOrOpen(boolean closed) {
		return GroupPaths.path(closed ? GroupPaths.OPEN : GroupPaths.CLOSE, this.key);
	}

	/** The join link's QR code as a PNG. */
	public String joinQr() {
		return GroupPaths.path(GroupPaths.JOIN_QR, this.joinCode);
	}

	/** Where the advisor view of a result, with its name and day, is. */
	public String result(long id) {
		return GroupPaths.path(GroupPaths.RESULT, this.key, id);
	}

	/** Where a result is removed from the group. */
	public String remove(long id) {
		return GroupPaths.path(GroupPaths.REMOVE, this.key, id);
	}

}
