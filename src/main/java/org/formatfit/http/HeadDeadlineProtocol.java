package org.formatfit.http;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.Constants;
import org.apache.coyote.Request;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.juli.logging.Log;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketEvent;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's HTTP/1.1 NIO protocol with a deadline for a request's head: a connection that
 * has started a request but not finished its request line and headers within
 * {@link #setRequestHeadTimeout(long) requestHeadTimeout} (15 s unless set) is closed,
 * however steadily it trickles bytes.
 * <p>
 * Tomcat 11 has no such setting: its {@code connectionTimeout} counts from the last byte
 * read, so a client sending one byte every few seconds keeps a connection, and with it
 * about 40 KB of buffers, for ever. Once a second this class looks at the open
 * connections (on Tomcat's own utility executor); for each one still parsing a head that
 * began before the deadline, it hands Tomcat an {@code ERROR} event for the connection,
 * as Tomcat itself does for async timeouts from the same executor: a worker thread takes
 * the connection's lock, finds a processor in the middle of a head, and closes the
 * connection. No socket is touched from a foreign thread. Requests whose head is
 * complete, idle keep-alive connections (no request started) and responses being written
 * are never affected.
 * <p>
 * An earlier version only shortened the connection's read timeout to a millisecond and
 * left the closing to Tomcat's poller. The poller checks read timeouts right after it has
 * taken the sockets that woke it off its watch list (to hand them to workers), and while
 * busy only once a second: a trickler whose bytes were what woke it was never checked,
 * and stayed open for ever (the first of each burst in {@code RequestHeadDeadlineTests};
 * a lone trickler on an idle server every time).
 */
public class HeadDeadlineProtocol extends Http11NioProtocol {

	private volatile long requestHeadTimeoutNanos = TimeUnit.SECONDS.toNanos(15);

	private ScheduledFuture<?> sweep;

	/** The longest time from a request's first byte to the end of its headers. */
	public void setRequestHeadTimeout(long millis) {
		this.requestHeadTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(millis);
	}

	public long getRequestHeadTimeout() {
		return TimeUnit.NANOSECONDS.toMillis(this.requestHeadTimeoutNanos);
	}

	@Override
	public void start() throws Exception {
		super.start();
		this.sweep = getUtilityExecutor().scheduleWithFixedDelay(this::closeLateHeads, 1, 1, TimeUnit.SECONDS);
	}

	@Override
	public void stop() throws Exception {
		if (this.sweep != null) {
			this.sweep.cancel(false);
			this.sweep = null;
		}
		super.stop();
	}

	/**
	 * Has Tomcat close every connection whose request head is overdue. Should the head be
	 * completed between this look and the worker's turn, the connection is closed once
	 * that request is answered: it was late anyway.
	 */
	void closeLateHeads() {
		try {
			long now = System.nanoTime();
			for (SocketWrapperBase<NioChannel> connection : getEndpoint().getConnections()) {
				if (connection.getCurrentProcessor() instanceof AbstractProcessor processor
						&& headOverdue(processor, now)) {
					connection.processSocket(SocketEvent.ERROR, true);
				}
			}
		}
		catch (RuntimeException ex) {
			// A failed sweep must not end the schedule; the next one tries again.
			Log log = getLog();
			log.warn("Request head deadline sweep failed", ex);
		}
	}

	/**
	 * Whether the processor waits for the rest of a request head that began too long ago.
	 * Between the bytes of an unfinished head, Tomcat's Http11Processor leaves its
	 * service loop in the stage "ended" and stays attached to the connection (state
	 * LONG); an idle keep-alive connection has no processor, and a request being served
	 * is in another stage. Async and upgraded connections also stay attached, so they are
	 * left out by name.
	 */
	private boolean headOverdue(AbstractProcessor processor, long now) {
		Request request = processor.getRequest();
		long started = request.getStartTimeNanos(); // set at the head's first byte, -1
													// before
		return request.getRequestProcessor().getStage() == Constants.STAGE_ENDED && !processor.isAsync()
				&& !processor.isUpgrade() && started != -1 && now - started > this.requestHeadTimeoutNanos;
	}

}
