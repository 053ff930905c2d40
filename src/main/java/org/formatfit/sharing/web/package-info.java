/**
 * The pages of a share link: the results page, the advisor view and the QR code, all
 * private (never cached, never indexed).
 */
package org.formatfit.sharing.web;
