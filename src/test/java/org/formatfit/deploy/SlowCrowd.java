package org.formatfit.deploy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A crowd of slow senders against one address: connections that send the start of a
 * request head and then one byte every {@code headEvery} (never finishing the head), and
 * connections that send a whole head for a 16,000-byte JSON body and then one body byte
 * every {@code bodyEvery}. The crowd comes from 127.0.0.2 to 127.0.0.50, one source
 * address after the other, not from 127.0.0.1. One scheduler thread keeps all of them
 * trickling over non-blocking channels; a connection the server closes is counted and
 * opened again, so that the crowd stays as large as it was until {@link #close()}.
 */
final class SlowCrowd implements AutoCloseable {

	/** The crowd's source addresses: 127.0.0.2 to 127.0.0.50. */
	static final int FIRST_SOURCE = 2;

	static final int SOURCES = 49;

	/** The slow bodies' declared length: under nginx's and the app's 16 KB limit. */
	static final int BODY_LENGTH = 16_000;

	private static final byte[] HEAD_START = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow-head\r\nX-Slow: "
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] BODY_START = ("POST /api/v1/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
			+ "User-Agent: slow-body\r\nContent-Type: application/json\r\nContent-Length: " + BODY_LENGTH + "\r\n\r\n{")
		.getBytes(StandardCharsets.US_ASCII);

	private final InetSocketAddress target;

	private final List<Slow> heads = new ArrayList<>();

	private final List<Slow> bodies = new ArrayList<>();

	private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "slow-crowd");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicInteger connections = new AtomicInteger();

	private final AtomicInteger headsDropped = new AtomicInteger();

	private final AtomicInteger bodiesDropped = new AtomicInteger();

	/** What the server answered before it closed, by status line. */
	private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

	private int nextSource;

	private SlowCrowd(InetSocketAddress target) {
		this.target = target;
	}

	/**
	 * Opens {@code heads} slow heads and {@code bodies} slow bodies, then keeps them
	 * trickling. Opening is bounded by {@code deadline}.
	 */
	static SlowCrowd open(InetSocketAddress target, int heads, int bodies, Duration headEvery, Duration bodyEvery,
			Duration deadline) throws IOException {
		SlowCrowd crowd = new SlowCrowd(target);
		long end = System.nanoTime() + deadline.toNanos();
		try {
			for (int i = 0; i < Math.max(heads, bodies); i++) {
				if (i < heads) {
					crowd.heads.add(crowd.connect(HEAD_START));
				}
				if (i < bodies) {
					crowd.bodies.add(crowd.connect(BODY_START));
				}
				if (System.nanoTime() > end) {
					throw new IllegalStateException(
							"Opened only " + crowd.connections.get() + " slow connections in " + deadline);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			crowd.close();
			throw ex;
		}
		crowd.trickle.scheduleAtFixedRate(() -> crowd.sendOneByte(crowd.heads, (byte) 'a', crowd.headsDropped),
				headEvery.toMillis(), headEvery.toMillis(), TimeUnit.MILLISECONDS);
		crowd.trickle.scheduleAtFixedRate(() -> crowd.sendOneByte(crowd.bodies, (byte) ' ', crowd.bodiesDropped),
				bodyEvery.toMillis(), bodyEvery.toMillis(), TimeUnit.MILLISECONDS);
		return crowd;
	}

	private Slow connect(byte[] start) throws IOException {
		InetAddress source = InetAddress.getByName("127.0.0." + (FIRST_SOURCE + (this.nextSource++ % SOURCES)));
		SocketChannel channel = SocketChannel.open();
		try {
			channel.bind(new InetSocketAddress(source, 0));
			channel.connect(this.target);
			channel.write(ByteBuffer.wrap(start));
			channel.configureBlocking(false);
		}
		catch (IOException ex) {
			channel.close();
			throw ex;
		}
		this.connections.incrementAndGet();
		return new Slow(channel, start);
	}

	/**
	 * One byte more on every connection of the list; a connection the server has closed
	 * (or answered) is counted and replaced by a new one.
	 */
	private void sendOneByte(List<Slow> crowd, byte next, AtomicInteger dropped) {
		ByteBuffer answer = ByteBuffer.allocate(64);
		for (int i = 0; i < crowd.size(); i++) {
			Slow slow = crowd.get(i);
			try {
				answer.clear();
				int read = slow.channel().read(answer);
				if (read > 0) {
					String text = new String(answer.array(), 0, answer.position(), StandardCharsets.ISO_8859_1);
					String status = text.lines().findFirst().orElse(text);
					this.answers.computeIfAbsent(status, (unused) -> new AtomicInteger()).incrementAndGet();
				}
				if (read != 0) {
					throw new IOException("closed by the server");
				}
				slow.channel().write(ByteBuffer.wrap(new byte[] { next }));
			}
			catch (IOException closed) {
				dropped.incrementAndGet();
				close(slow);
				try {
					crowd.set(i, connect(slow.start()));
				}
				catch (IOException ex) {
					// Not replaced this round; the list keeps the closed one, which the
					// next round counts again and tries to replace.
				}
			}
		}
	}

	private void close(Slow slow) {
		try {
			if (slow.channel().isOpen()) {
				slow.channel().close();
				this.connections.decrementAndGet();
			}
		}
		catch (IOException ex) {
			// Closed either way.
		}
	}

	/** Connections open now. */
	int connections() {
		return this.connections.get();
	}

	/** Slow heads the server closed (each replaced by a new one). */
	int headsDropped() {
		return this.headsDropped.get();
	}

	/** Slow bodies the server closed (each replaced by a new one). */
	int bodiesDropped() {
		return this.bodiesDropped.get();
	}

	/** The server's answers to slow connections before it closed them, by status line. */
	Map<String, Integer> answers() {
		Map<String, Integer> counts = new ConcurrentHashMap<>();
		this.answers.forEach((status, count) -> counts.put(status, count.get()));
		return counts;
	}

	/** Stops the trickle and closes every connection. */
	@Override
	public void close() {
		this.trickle.shutdownNow();
		try {
			this.trickle.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.heads.forEach(this::close);
		this.bodies.forEach(this::close);
	}

	private record Slow(SocketChannel channel, byte[] start) {
	}

}
