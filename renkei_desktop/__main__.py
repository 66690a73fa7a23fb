"""``python -m renkei_desktop``."""

import sys

from renkei_desktop.app.main import main

sys.exit(main())
