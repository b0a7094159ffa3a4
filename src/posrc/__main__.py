import sys

from posrc._cli import main

sys.exit(main())
