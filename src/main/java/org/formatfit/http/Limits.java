package org.formatfit.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much a request may send.
 *
 * @param maxBodySize the largest request body accepted; a form or JSON answer set is a
 * few hundred bytes
 */
@ConfigurationProperties("formatfit.limits")
record Limits(@DefaultValue("16KB") DataSize maxBodySize) {

}
