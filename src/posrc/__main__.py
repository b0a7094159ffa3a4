import sys

from posrc._cli import main

if __name__ == "__main__":  # not when a worker process of ``scan --jobs`` imports it
    sys.exit(main())
