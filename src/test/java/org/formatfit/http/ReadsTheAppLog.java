package org.formatfit.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A test class that reads what the app logs ({@link CapturedOutput}), to check that no
 * secret reaches the log or, with {@link ProvokedLogLines}, that it provokes no warning
 * it does not name. Test classes run two at a time, and the log is one stream for the
 * whole JVM: such a class runs alone, so that it reads only the lines of its own
 * requests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(OutputCaptureExtension.class)
@Isolated
public @interface ReadsTheAppLog {

}
