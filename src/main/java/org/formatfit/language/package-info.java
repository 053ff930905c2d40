/**
 * The reader's language: English or Spanish, picked by {@code ?lang=}, remembered in a
 * cookie, else read from {@code Accept-Language}; the message files; the language switch
 * on every page.
 */
package org.formatfit.language;
