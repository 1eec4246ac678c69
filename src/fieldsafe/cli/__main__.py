"""``python -m fieldsafe.cli``: the same as ``fieldsafe-cli``."""

from fieldsafe.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
