package org.formatfit.groups.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who the limits count: one IPv4 address, or one IPv6 /64 network, which a single home or
 * phone is given whole.
 */
class GroupRateLimitsTest {

	@Test
	void countsAnIpv6AddressByItsSlash64Network() {
		assertThat(GroupRateLimits.client("2001:db8:1:2:aaaa::1"))
			.isEqualTo(GroupRateLimits.client("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
			.isEqualTo(GroupRateLimits.client("2001:0db8:0001:0002:0:0:0:9"))
			.isEqualTo("20010db800010002::/64");
		assertThat(GroupRateLimits.client("2001:db8:1:3::1")).isNotEqualTo(GroupRateLimits.client("2001:db8:1:2::1"));
	}

	@Test
	void countsAnIpv4AddressAsItIs() {
		assertThat(GroupRateLimits.client("192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(GroupRateLimits.client("192.0.2.8")).isNotEqualTo(GroupRateLimits.client("192.0.2.7"));
	}

	/**
	 * A forwarded header from a trusted proxy may name anything; each new name must not
	 * be a new count.
	 */
	@Test
	void countsEverythingThatIsNoAddressAsOne() {
		for (String notAnAddress : new String[] { "foo", "bar", "not:an:address::x", "unknown", "999.1.1.1", "1.2.3",
				"1.2.3.4.5", "", "01.2.3.4", "::zz", null }) {
			assertThat(GroupRateLimits.client(notAnAddress)).as(notAnAddress).isEqualTo(GroupRateLimits.NO_ADDRESS);
		}
	}

}
