/**
 * What a reader sees when something goes wrong: the friendly error pages (404, 405, 413,
 * 500) in the reader's language, problem details for the API, and Tomcat's own refusals
 * written with every security and privacy header.
 */
@ApplicationModule(allowedDependencies = { "http", "language" })
package org.formatfit.errors;

import org.springframework.modulith.ApplicationModule;
