package org.formatfit.sharing;

import java.nio.charset.StandardCharsets;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;

/**
 * Turns a text into the modules of a QR code (ISO/IEC 18004): byte mode, error correction
 * level M, mask pattern 2, the smallest version the text fits in.
 * <p>
 * Why our own: ZXing's encoder builds its Reed–Solomon polynomials and bit arrays anew as
 * objects for every code, about 50 KB of garbage and a tenth of a results page's time.
 * This one works on a few arrays. ZXing still supplies the standard's tables (block sizes
 * and alignment pattern positions) and, in the tests, the reader, and the tests hold
 * every code to the one ZXing's encoder draws for the same text.
 */
final class QrEncoder {

	private static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;

	/**
	 * Mask pattern 2 (dark where the column is a multiple of 3). Every mask makes a valid
	 * code; trying all eight for the "best" one cost more than the rest of a page.
	 */
	private static final int MASK = 2;

	/** The format information's level bits: M is 00. */
	private static final int LEVEL_BITS = 0;

	/** The mode indicators: 8-bit bytes, and an ECI designator before non-ASCII text. */
	private static final int MODE_BYTE = 0b0100;

	private static final int MODE_ECI = 0b0111;

	/** The ECI designator for UTF-8. */
	private static final int ECI_UTF8 = 26;

	private static final int MAX_VERSION = 40;

	/** Powers of 2 in GF(256) with the QR polynomial x⁸ + x⁴ + x³ + x² + 1, and logs. */
	private static final int[] EXP = new int[512];

	private static final int[] LOG = new int[256];

	static {
		int value = 1;
		for (int i = 0; i < 255; i++) {
			EXP[i] = value;
			LOG[value] = i;
			value <<= 1;
			if (value > 0xFF) {
				value ^= 0x11D;
			}
		}
		for (int i = 255; i < EXP.length; i++) {
			EXP[i] = EXP[i - 255];
		}
	}

	/**
	 * Reed–Solomon divisors by number of error correction codewords, made when first
	 * needed.
	 */
	private static final int[][] DIVISORS = new int[31][];

	private QrEncoder() {
	}

	/**
	 * The modules, row by row, {@code true} for dark, without the quiet zone.
	 * @throws IllegalArgumentException if the text is too long for any version
	 */
	static Modules encode(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		boolean eci = bytes.length != text.length();
		int headerBits = (eci ? 12 : 0) + 4;
		for (int number = 1; number <= MAX_VERSION; number++) {
			Version version = Version.getVersionForNumber(number);
			int countBits = (number <= 9) ? 8 : 16;
			int dataCodewords = version.getTotalCodewords() - version.getECBlocksForLevel(LEVEL).getTotalECCodewords();
			if (headerBits + countBits + 8 * bytes.length <= 8 * dataCodewords) {
				Bits data = new Bits(dataCodewords);
				if (eci) {
					data.append(MODE_ECI, 4);
					data.append(ECI_UTF8, 8);
				}
				data.append(MODE_BYTE, 4);
				data.append(bytes.length, countBits);
				for (byte b : bytes) {
					data.append(b & 0xFF, 8);
				}
				data.terminate();
				return draw(version, withErrorCorrection(version, data.bytes));
			}
		}
		throw new IllegalArgumentException("Text too long for a QR code: " + bytes.length + " bytes");
	}

	/**
	 * The data split into blocks, each followed by its error correction codewords, then
	 * interleaved: the first codeword of each block, then the second, and so on.
	 */
	private static int[] withErrorCorrection(Version version, int[] data) {
		Version.ECBlocks blocks = version.getECBlocksForLevel(LEVEL);
		int ecLength = blocks.getECCodewordsPerBlock();
		int blockCount = blocks.getNumBlocks();
		int[][] dataBlocks = new int[blockCount][];
		int[][] ecBlocks = new int[blockCount][];
		int block = 0;
		int offset = 0;
		for (Version.ECB group : blocks.getECBlocks()) {
			for (int i = 0; i < group.getCount(); i++) {
				int length = group.getDataCodewords();
				int[] part = new int[length];
				System.arraycopy(data, offset, part, 0, length);
				offset += length;
				dataBlocks[block] = part;
				ecBlocks[block] = remainder(part, divisor(ecLength));
				block++;
			}
		}
		int[] all = new int[version.getTotalCodewords()];
		int at = 0;
		int longest = dataBlocks[blockCount - 1].length;
		for (int i = 0; i < longest; i++) {
			for (int[] part : dataBlocks) {
				if (i < part.length) {
					all[at++] = part[i];
				}
			}
		}
		for (int i = 0; i < ecLength; i++) {
			for (int[] ec : ecBlocks) {
				all[at++] = ec[i];
			}
		}
		return all;
	}

	/**
	 * The generator polynomial (x − 2⁰)(x − 2¹)…(x − 2ⁿ⁻¹), highest power first, without
	 * its leading 1.
	 */
	private static int[] divisor(int degree) {
		int[] divisor = DIVISORS[degree];
		if (divisor == null) {
			divisor = new int[degree];
			divisor[degree - 1] = 1;
			int root = 1;
			for (int i = 0; i < degree; i++) {
				for (int j = 0; j < degree; j++) {
					divisor[j] = multiply(divisor[j], root);
					if (j + 1 < degree) {
						divisor[j] ^= divisor[j + 1];
					}
				}
				root = multiply(root, 2);
			}
			// A race makes the same array twice, which is harmless.
			DIVISORS[degree] = divisor;
		}
		return divisor;
	}

	/** The error correction codewords: the data times xⁿ, modulo the divisor. */
	private static int[] remainder(int[] data, int[] divisor) {
		int[] remainder = new int[divisor.length];
		int last = remainder.length - 1;
		for (int codeword : data) {
			int factor = codeword ^ remainder[0];
			System.arraycopy(remainder, 1, remainder, 0, last);
			remainder[last] = 0;
			if (factor != 0) {
				int logFactor = LOG[factor];
				for (int i = 0; i < remainder.length; i++) {
					if (divisor[i] != 0) {
						remainder[i] ^= EXP[LOG[divisor[i]] + logFactor];
					}
				}
			}
		}
		return remainder;
	}

	private static int multiply(int a, int b) {
		return (a == 0 || b == 0) ? 0 : EXP[LOG[a] + LOG[b]];
	}

	private static Modules draw(Version version, int[] codewords) {
		Modules modules = new Modules(version.getDimensionForVersion());
		int size = modules.size;
		for (int i = 0; i < size; i++) {
			modules.setFunction(6, i, i % 2 == 0);
			modules.setFunction(i, 6, i % 2 == 0);
		}
		drawFinder(modules, 3, 3);
		drawFinder(modules, size - 4, 3);
		drawFinder(modules, 3, size - 4);
		int[] centres = version.getAlignmentPatternCenters();
		int last = centres.length - 1;
		for (int i = 0; i < centres.length; i++) {
			for (int j = 0; j < centres.length; j++) {
				boolean besideAFinder = (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0);
				if (!besideAFinder) {
					drawAlignment(modules, centres[i], centres[j]);
				}
			}
		}
		drawFormat(modules);
		drawVersion(modules, version.getVersionNumber());
		drawData(modules, codewords);
		return modules;
	}

	/** A finder pattern with its light separator, clipped at the edges. */
	private static void drawFinder(Modules modules, int x, int y) {
		for (int dy = -4; dy <= 4; dy++) {
			for (int dx = -4; dx <= 4; dx++) {
				int distance = Math.max(Math.abs(dx), Math.abs(dy));
				int column = x + dx;
				int row = y + dy;
				if (column >= 0 && column < modules.size && row >= 0 && row < modules.size) {
					modules.setFunction(column, row, distance != 2 && distance != 4);
				}
			}
		}
	}

	private static void drawAlignment(Modules modules, int x, int y) {
		for (int dy = -2; dy <= 2; dy++) {
			for (int dx = -2; dx <= 2; dx++) {
				modules.setFunction(x + dx, y + dy, Math.max(Math.abs(dx), Math.abs(dy)) != 1);
			}
		}
	}

	/** The level and mask, twice, with their BCH check bits; and the one dark module. */
	private static void drawFormat(Modules modules) {
		int data = LEVEL_BITS << 3 | MASK;
		int check = data;
		for (int i = 0; i < 10; i++) {
			check = (check << 1) ^ ((check >>> 9) * 0x537);
		}
		int bits = (data << 10 | check) ^ 0x5412;
		int size = modules.size;
		for (int i = 0; i <= 5; i++) {
			modules.setFunction(8, i, bit(bits, i));
		}
		modules.setFunction(8, 7, bit(bits, 6));
		modules.setFunction(8, 8, bit(bits, 7));
		modules.setFunction(7, 8, bit(bits, 8));
		for (int i = 9; i < 15; i++) {
			modules.setFunction(14 - i, 8, bit(bits, i));
		}
		for (int i = 0; i < 8; i++) {
			modules.setFunction(size - 1 - i, 8, bit(bits, i));
		}
		for (int i = 8; i < 15; i++) {
			modules.setFunction(8, size - 15 + i, bit(bits, i));
		}
		modules.setFunction(8, size - 8, true);
	}

	/** From version 7 on: the version number with its BCH check bits, twice. */
	private static void drawVersion(Modules modules, int version) {
		if (version < 7) {
			return;
		}
		int check = version;
		for (int i = 0; i < 12; i++) {
			check = (check << 1) ^ ((check >>> 11) * 0x1F25);
		}
		int bits = version << 12 | check;
		for (int i = 0; i < 18; i++) {
			int a = modules.size - 11 + i % 3;
			int b = i / 3;
			modules.setFunction(a, b, bit(bits, i));
			modules.setFunction(b, a, bit(bits, i));
		}
	}

	/**
	 * The codewords in two-module columns from the bottom right, up and down in turn,
	 * around the function patterns; masked, remainder bits included.
	 */
	private static void drawData(Modules modules, int[] codewords) {
		int size = modules.size;
		int bitCount = codewords.length * 8;
		int i = 0;
		for (int right = size - 1; right >= 1; right -= 2) {
			if (right == 6) {
				// The vertical timing pattern takes the whole of column 6.
				right = 5;
			}
			boolean upward = ((right + 1) & 2) == 0;
			for (int step = 0; step < size; step++) {
				int y = upward ? size - 1 - step : step;
				for (int j = 0; j < 2; j++) {
					int x = right - j;
					if (!modules.function[y * size + x]) {
						boolean dark = i < bitCount && bit(codewords[i >>> 3], 7 - (i & 7));
						i++;
						modules.dark[y * size + x] = dark ^ (x % 3 == 0);
					}
				}
			}
		}
	}

	private static boolean bit(int value, int index) {
		return ((value >>> index) & 1) != 0;
	}

	/** A QR code's modules: a square, row by row. */
	static final class Modules {

		final int size;

		final boolean[] dark;

		/** Finder, alignment, timing, format and version modules: no data goes there. */
		private final boolean[] function;

		private Modules(int size) {
			this.size = size;
			this.dark = new boolean[size * size];
			this.function = new boolean[size * size];
		}

		boolean dark(int x, int y) {
			return this.dark[y * this.size + x];
		}

		private void setFunction(int x, int y, boolean dark) {
			this.dark[y * this.size + x] = dark;
			this.function[y * this.size + x] = true;
		}

	}

	/** Data codewords being filled bit by bit, most significant bit first. */
	private static final class Bits {

		private final int[] bytes;

		private int length;

		Bits(int capacity) {
			this.bytes = new int[capacity];
		}

		void append(int value, int count) {
			for (int i = count - 1; i >= 0; i--) {
				if (((value >>> i) & 1) != 0) {
					this.bytes[this.length >>> 3] |= 0x80 >>> (this.length & 7);
				}
				this.length++;
			}
		}

		/**
		 * Up to four zero bits to end the data, zeros to the next whole byte, then the
		 * pad bytes 11101100 and 00010001 in turn to fill the capacity.
		 */
		void terminate() {
			int capacity = this.bytes.length * 8;
			this.length = Math.min(capacity, this.length + 4);
			this.length = (this.length + 7) & ~7;
			for (int at = this.length >>> 3, pad = 0; at < this.bytes.length; at++, pad++) {
				this.bytes[at] = (pad % 2 == 0) ? 0xEC : 0x11;
			}
			this.length = capacity;
		}

	}

}
