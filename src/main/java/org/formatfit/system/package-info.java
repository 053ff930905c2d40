/**
 * What every page and answer shares: the reader's language, error pages and, later,
 * headers and limits. Depends on no other FormatFit module.
 */
package org.formatfit.system;
