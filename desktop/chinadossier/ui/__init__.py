"""The desktop application (PySide6): the only layer that imports Qt."""

import ctypes
import sys

# PySide6 6.12 (shiboken6 6.12.0) on CPython 3.11 drops references it does not own: one to None
# each time C++ calls a Python override that returns None (every void override such as paint,
# fetchMore or showEvent, every data()/headerData() without a value), and one to True or False
# each time a signal with a bool argument is emitted (Operations.busy_changed, its _finished).
# When such a count reaches zero the interpreter aborts ("none_dealloc: deallocating None",
# "bool_dealloc"), seen while scrolling 10,000 contact moments and at the end of a benchmark.
# None, True and False are never freed anyway, so they get a large reserve of references here,
# before any Qt object exists. Python 3.12 made them immortal: nothing to do there.
if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
    del _singleton
