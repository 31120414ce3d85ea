#!/usr/bin/env python3
"""Types keys into the X display ($DISPLAY) through the XTEST extension, like a person would.

usage: xkeys.py KEY...   e.g.  xkeys.py ctrl+6 Down Down space
Each KEY is an X keysym name ("Down", "space", "6"), optionally with ctrl+/shift+/alt+.
Uses only the X11 and XTest runtime libraries (ctypes), so tests need no extra package.
"""
import ctypes
import sys
import time

MODIFIERS = {"ctrl": "Control_L", "shift": "Shift_L", "alt": "Alt_L"}


def main():
    x11 = ctypes.CDLL("libX11.so.6")
    xtst = ctypes.CDLL("libXtst.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XStringToKeysym.restype = ctypes.c_ulong
    x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
    x11.XKeysymToKeycode.restype = ctypes.c_ubyte
    x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
    xtst.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                                          ctypes.c_ulong]
    display = x11.XOpenDisplay(None)
    if not display:
        sys.exit("xkeys.py: cannot open the display")

    def keycode(name):
        code = x11.XKeysymToKeycode(display, x11.XStringToKeysym(name.encode()))
        if not code:
            sys.exit(f"xkeys.py: no key for {name!r}")
        return code

    # With no window manager, keys go to the window under the pointer: put it there.
    xtst.XTestFakeMotionEvent(display, -1, 200, 200, 0)
    for combo in sys.argv[1:]:
        *mods, key = combo.split("+")
        codes = [keycode(MODIFIERS[m]) for m in mods] + [keycode(key)]
        for c in codes:
            xtst.XTestFakeKeyEvent(display, c, True, 0)
        x11.XFlush(display)
        # Held for a moment, as fingers do: Dear ImGui 1.86 has no input queue, so a press
        # and release landing in the same frame would never be seen.
        time.sleep(0.1)
        for c in reversed(codes):
            xtst.XTestFakeKeyEvent(display, c, False, 0)
        x11.XFlush(display)
        time.sleep(0.1)
    x11.XCloseDisplay(display)


if __name__ == "__main__":
    main()
