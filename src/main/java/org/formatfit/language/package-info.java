/**
 * The reader's language: English or Spanish, picked by {@code ?lang=}, remembered in a
 * cookie, else read from {@code Accept-Language} (Spring's locale resolvers and
 * interceptor); the message files; the language switch on every page.
 */
@ApplicationModule(allowedDependencies = { "http" })
package org.formatfit.language;

import org.springframework.modulith.ApplicationModule;
