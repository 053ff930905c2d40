package org.formatfit.sharing;

/**
 * The text given is not a share token FormatFit ever made: wrong length or characters, an
 * unknown version, a failed checksum, or a second spelling of a valid token. The message
 * never repeats the token, so that it cannot end up in a log.
 */
public class ShareTokenCorrupt extends RuntimeException {

	ShareTokenCorrupt(String why) {
		super("Not a valid share link: " + why, null, false, false);
	}

}
