#!/usr/bin/env python3
"""Types keys into the X display ($DISPLAY) through the XTEST extension, like a person would.

usage: xkeys.py STEP...   e.g.  xkeys.py ctrl+6 Down Down space  text:~/backup.json  click:400,300
Each STEP is one of:
  KEY            an X keysym name ("Down", "space", "6"), optionally with ctrl+/shift+/alt+
  text:STRING    types STRING character by character (letters, digits, ~ / . _ - and space)
  click:X,Y      moves the pointer to X,Y (root window pixels) and clicks the left button
  shot:FILE      saves the whole screen as a PNG (what a person sees)
Uses only the X11 and XTest runtime libraries (ctypes), so tests need no extra package.
"""
import ctypes
import struct
import sys
import time
import zlib

MODIFIERS = {"ctrl": "Control_L", "shift": "Shift_L", "alt": "Alt_L"}
# Characters whose keysym name is not the character itself.
CHAR_KEYSYMS = {"/": "slash", ".": "period", "_": "underscore", "-": "minus", "~": "asciitilde",
                " ": "space", ":": "colon"}


class XImage(ctypes.Structure):  # the leading fields of Xlib's XImage, as far as data
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.POINTER(ctypes.c_ubyte)),
                ("byte_order", ctypes.c_int), ("bitmap_unit", ctypes.c_int),
                ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int),
                ("bits_per_pixel", ctypes.c_int)]


def write_png(path, width, height, rows):
    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body +
                struct.pack(">I", zlib.crc32(kind + body) & 0xffffffff))
    raw = b"".join(b"\0" + row for row in rows)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
                chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def main():
    x11 = ctypes.CDLL("libX11.so.6")
    xtst = ctypes.CDLL("libXtst.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XStringToKeysym.restype = ctypes.c_ulong
    x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
    x11.XKeysymToKeycode.restype = ctypes.c_ubyte
    x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XKeycodeToKeysym.restype = ctypes.c_ulong
    x11.XKeycodeToKeysym.argtypes = [ctypes.c_void_p, ctypes.c_ubyte, ctypes.c_int]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XGetImage.restype = ctypes.POINTER(XImage)
    x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                              ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
    xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
    xtst.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                                          ctypes.c_ulong]
    xtst.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
    display = x11.XOpenDisplay(None)
    if not display:
        sys.exit("xkeys.py: cannot open the display")

    def keycode(name):
        code = x11.XKeysymToKeycode(display, x11.XStringToKeysym(name.encode()))
        if not code:
            sys.exit(f"xkeys.py: no key for {name!r}")
        return code

    def press(codes, hold):
        for c in codes:
            xtst.XTestFakeKeyEvent(display, c, True, 0)
        x11.XFlush(display)
        time.sleep(hold)
        for c in reversed(codes):
            xtst.XTestFakeKeyEvent(display, c, False, 0)
        x11.XFlush(display)
        time.sleep(hold)

    def type_char(ch):
        name = CHAR_KEYSYMS.get(ch, ch)
        sym = x11.XStringToKeysym(name.encode())
        code = keycode(name)
        # Shifted characters (capitals, _ ~ :) need Shift held, as on a real keyboard.
        shifted = x11.XKeycodeToKeysym(display, code, 0) != sym
        # Characters are queued by ImGui, so typing may be quicker than key presses.
        press(([keycode("Shift_L")] if shifted else []) + [code], 0.03)

    def screenshot(path):
        root = x11.XDefaultRootWindow(display)
        w, h = x11.XDisplayWidth(display, 0), x11.XDisplayHeight(display, 0)
        image = x11.XGetImage(display, root, 0, 0, w, h, 0xffffffff, 2)  # ZPixmap
        if not image:
            sys.exit("xkeys.py: cannot read the screen")
        im = image.contents
        if im.bits_per_pixel != 32:
            sys.exit(f"xkeys.py: {im.bits_per_pixel}-bit screens are not supported")
        data = ctypes.string_at(im.data, im.bytes_per_line * h)
        rows = []
        for y in range(h):
            line = data[y * im.bytes_per_line:y * im.bytes_per_line + 4 * w]
            rgb = bytearray(3 * w)  # BGRX (little-endian TrueColor) to RGB
            rgb[0::3], rgb[1::3], rgb[2::3] = line[2::4], line[1::4], line[0::4]
            rows.append(bytes(rgb))
        write_png(path, w, h, rows)

    # With no window manager, keys go to the window under the pointer: put it there.
    xtst.XTestFakeMotionEvent(display, -1, 200, 200, 0)
    for step in sys.argv[1:]:
        if step.startswith("text:"):
            for ch in step[5:]:
                type_char(ch)
            time.sleep(0.1)
        elif step.startswith("click:"):
            x, y = (int(v) for v in step[6:].split(","))
            xtst.XTestFakeMotionEvent(display, -1, x, y, 0)
            x11.XFlush(display)
            time.sleep(0.1)  # hover first: ImGui sees the pointer over the button
            xtst.XTestFakeButtonEvent(display, 1, True, 0)
            x11.XFlush(display)
            time.sleep(0.1)
            xtst.XTestFakeButtonEvent(display, 1, False, 0)
            x11.XFlush(display)
            time.sleep(0.1)
        elif step.startswith("shot:"):
            x11.XSync(display, 0)
            screenshot(step[5:])
        else:
            *mods, key = step.split("+")
            # Held for a moment, as fingers do: Dear ImGui 1.86 has no input queue, so a
            # press and release landing in the same frame would never be seen (the app
            # now queues keys, key_queue.h; other ImGui apps may not).
            press([keycode(MODIFIERS[m]) for m in mods] + [keycode(key)], 0.1)
    x11.XCloseDisplay(display)


if __name__ == "__main__":
    main()
