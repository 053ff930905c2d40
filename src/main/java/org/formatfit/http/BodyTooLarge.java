package org.formatfit.http;

import java.io.IOException;

/** A request body went past the limit while it was being read. */
public class BodyTooLarge extends IOException {

	BodyTooLarge(long limit) {
		super("Request body larger than " + limit + " bytes");
	}

}
