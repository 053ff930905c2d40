package org.formatfit.sharing;

import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Turns a path variable into a {@link ShareToken}; Spring Boot adds converter beans to
 * MVC's conversion service. A corrupt token fails the conversion with
 * {@link ShareTokenCorrupt} as its cause, which the handlers' own
 * {@code @ExceptionHandler(ShareTokenCorrupt.class)} find through the cause chain.
 */
@Component
class ShareTokenConverter implements Converter<String, ShareToken> {

	private static final TypeDescriptor TEXT = TypeDescriptor.valueOf(String.class);

	private static final TypeDescriptor TOKEN = TypeDescriptor.valueOf(ShareToken.class);

	@Override
	public ShareToken convert(String source) {
		try {
			return ShareToken.parse(source);
		}
		catch (ShareTokenCorrupt corrupt) {
			// Thrown as it is, Spring would wrap it in a ConversionFailedException whose
			// message quotes the value, and that message reaches the logs of any
			// exception resolver that logs it: the value is left out instead.
			throw new ConversionFailedException(TEXT, TOKEN, null, corrupt);
		}
	}

}
