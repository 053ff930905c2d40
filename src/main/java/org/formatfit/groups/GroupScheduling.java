package org.formatfit.groups;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Spring's scheduler, for the nightly deletion of groups past their retention period. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class GroupScheduling {

}
