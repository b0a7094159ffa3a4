"""Code tables as Python literals: one module per scheme, checked by mypy.

Importing the package names posrc's own codes on :class:`posrc.ReturnCode`
(``ReturnCode.INSUFFICIENT_BALANCE``), here and only here. The scheme tables
are loaded when the default registry is built.
"""

from posrc._data import native
from posrc._model import name_members

name_members(native.BY_NAME)
