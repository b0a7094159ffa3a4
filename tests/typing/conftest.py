"""The files here pin posrc's public signatures for mypy and pyright; they never run."""

collect_ignore_glob = ["*.py"]
