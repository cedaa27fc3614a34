"""``python -m paatosdata``."""

from paatosdata.cli import main

main()
