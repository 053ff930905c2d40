/**
 * What every request and answer goes through, whatever the feature: security and privacy
 * headers, private-by-default caching, size limits, request ids, answers sent whole, the
 * public address used in links, framing by a school's site, and the embed script a
 * school's page loads. Bounds on connections and slow clients are Tomcat's settings and
 * the reverse proxy's.
 */
@ApplicationModule(allowedDependencies = {})
package org.formatfit.http;

import org.springframework.modulith.ApplicationModule;
