package org.formatfit.groups.web;

import org.formatfit.groups.GroupSettings;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * How many groups one client address may make, how many results it may share, and how
 * many join codes that open no group it may try, in an hour, so that a script cannot fill
 * the database nor find groups by guessing their codes. Bucket4j counts; the buckets live
 * in memory only, in a bounded Caffeine cache that forgets an address an hour after its
 * last request. Addresses are never stored nor logged. An IPv6 address counts by its /64
 * network ({@link #client}). Behind a load balancer each instance counts for itself.
 */
@Component
class GroupRateLimits {

	private static final Duration WINDOW = Duration.ofHours(1);

	/** Addresses remembered at once; beyond, the least recently seen are forgotten. */
	private static final int ADDRESSES = 100_000;

	private final Limit creates;

	private final Limit shares;

	private final Limit codeMisses;

	GroupRateLimits(GroupSettings settings) {
		this.creates = new Limit(settings.createsPerHour());
		this.shares = new Limit(settings.sharesPerHour());
		this.codeMisses = new Limit(settings.codeMissesPerHour());
	}

	/**
	 * Whether this client may look a join code up now: not once it has tried too many
	 * codes that open no group in the last hour. Looking up costs nothing; a miss does
	 * ({@link #missedCode}).
	 */
	boolean mayLookUpCode(HttpServletRequest request) {
		return this.codeMisses.hasLeft(client(request.getRemoteAddr()));
	}

	/** Counts a join code that opened no group. */
	void missedCode(HttpServletRequest request) {
		this.codeMisses.tryTake(client(request.getRemoteAddr()));
	}

	/** Whether this client may make another group now; counts it if so. */
	boolean mayCreate(HttpServletRequest request) {
		return this.creates.tryTake(client(request.getRemoteAddr()));
	}

	/** Whether this client may share another result now; counts it if so. */
	boolean mayShare(HttpServletRequest request) {
		return this.shares.tryTake(client(request.getRemoteAddr()));
	}

	/**
	 * What every value that is no address counts as: one count for all of them, so that a
	 * forwarded header naming something else ({@code X-Forwarded-For: foo}) never opens a
	 * new count.
	 */
	static final String NO_ADDRESS = "no-address";

	/** Four numbers from 0 to 255, the only form of IPv4 address Tomcat reports. */
	private static final Pattern IPV4 = Pattern
		.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

	/** What an IPv6 literal is written with, a zone after {@code %} included. */
	private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%\\w+)?");

	/**
	 * Who is counted: an IPv4 address, or an IPv6 address's /64 network, since one home
	 * or phone is given a whole /64 and could otherwise take a new address, and a new
	 * count, for every request; anything else as {@link #NO_ADDRESS}.
	 */
	static String client(String address) {
		if (address == null) {
			return NO_ADDRESS;
		}
		if (IPV4.matcher(address).matches()) {
			return address;
		}
		if (!IPV6_CHARACTERS.matcher(address).matches()) {
			return NO_ADDRESS;
		}
		try {
			// Only what may be an IPv6 literal gets here (a colon, hex digits, dots):
			// Java parses it as one, and never looks a name up.
			if (InetAddress.getByName(address) instanceof Inet6Address ipv6) {
				return HexFormat.of().formatHex(ipv6.getAddress(), 0, 8) + "::/64";
			}
		}
		catch (UnknownHostException notAnAddress) {
			// Counted with everything else that is no address.
		}
		return NO_ADDRESS;
	}

	/** One limit: so many an hour per address, refilled steadily. */
	private static final class Limit {

		private final int perHour;

		private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
			.maximumSize(ADDRESSES)
			.expireAfterAccess(WINDOW)
			.build();

		Limit(int perHour) {
			this.perHour = perHour;
		}

		boolean tryTake(String address) {
			return this.buckets.get(address, (unused) -> newBucket()).tryConsume(1);
		}

		boolean hasLeft(String address) {
			Bucket bucket = this.buckets.getIfPresent(address);
			return bucket == null || bucket.getAvailableTokens() > 0;
		}

		private Bucket newBucket() {
			return Bucket.builder()
				.addLimit((limit) -> limit.capacity(this.perHour).refillGreedy(this.perHour, WINDOW))
				.build();
		}

	}

}
