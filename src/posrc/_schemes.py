"""The shape of a vendor code: an acquirer's or a terminal vendor's own codes.

A vendor code is one to six ASCII letters or digits (``E1``, ``T0042``),
read case-insensitively and stored upper-case.
"""

from __future__ import annotations

import re

from posrc._patterns import compiled

VENDOR_CODE_SHAPE = "one to six ASCII letters or digits"


vendor_code = compiled("[0-9A-Z]{1,6}", re.ASCII)
"""The shape of a vendor code, once upper-cased."""
