"""``python -m newsclaims`` runs the command line."""

import sys

try:
    from newsclaims.cli import main
except KeyboardInterrupt:  # Ctrl-C while loading: the shell's status, no traceback
    sys.exit(130)

sys.exit(main())
