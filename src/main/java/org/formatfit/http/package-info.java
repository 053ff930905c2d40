/**
 * What every request and answer goes through, whatever the feature: security and privacy
 * headers, size limits, request ids, the connection limits and the request-head deadline,
 * the public address used in links, asset links and page output.
 */
@ApplicationModule(allowedDependencies = {})
package org.formatfit.http;

import org.springframework.modulith.ApplicationModule;
