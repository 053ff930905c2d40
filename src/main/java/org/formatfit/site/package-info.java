/**
 * The pages that are the same for everyone: home, the advisors' guide, privacy and "How
 * FormatFit decides".
 */
package org.formatfit.site;
