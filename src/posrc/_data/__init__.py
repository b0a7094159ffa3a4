"""Code tables as Python literals: one module per scheme, checked by mypy."""
