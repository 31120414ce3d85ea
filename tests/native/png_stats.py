#!/usr/bin/env python3
"""Asserts a PNG is a real picture: decodes it (stdlib only) and checks pixel variance.

usage: png_stats.py FILE [--min-stddev N] [--colour RRGGBB --min-count N]
  exit 1 (with the reason) if blank or unreadable, or (with --colour) if fewer than N
  pixels have that colour (within a small tolerance): e.g. the exercise figure's navy.
"""
import struct
import sys
import zlib


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            if depth != 8 or colour not in (2, 6):
                raise ValueError("expected 8-bit RGB or RGBA")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return width, height, channels, rows


def main():
    path = sys.argv[1]
    min_stddev = float(sys.argv[sys.argv.index("--min-stddev") + 1]) if "--min-stddev" in sys.argv else 5
    width, height, channels, rows = read_png(path)
    # Luma of every 4th pixel is plenty to tell a blank frame from a drawn one.
    values = []
    for row in rows[::4]:
        for x in range(0, width * channels, channels * 4):
            values.append(0.299 * row[x] + 0.587 * row[x + 1] + 0.114 * row[x + 2])
    mean = sum(values) / len(values)
    stddev = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5
    print(f"{path}: {width}x{height}, luma mean {mean:.1f}, stddev {stddev:.1f}")
    if stddev < min_stddev:
        print(f"FAIL: {path} looks blank (stddev {stddev:.1f} < {min_stddev})")
        sys.exit(1)
    if "--colour" in sys.argv:
        want = bytes.fromhex(sys.argv[sys.argv.index("--colour") + 1])
        min_count = int(sys.argv[sys.argv.index("--min-count") + 1]) if "--min-count" in sys.argv else 1
        count = 0
        for row in rows:
            for x in range(0, width * channels, channels):
                if all(abs(row[x + i] - want[i]) <= 6 for i in range(3)):
                    count += 1
        print(f"{path}: {count} pixels of #{want.hex()}")
        if count < min_count:
            print(f"FAIL: {path} has {count} pixels of #{want.hex()}, fewer than {min_count}")
            sys.exit(1)


if __name__ == "__main__":
    main()
