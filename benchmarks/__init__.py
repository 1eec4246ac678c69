"""FieldSafe's benchmark suite: every figure beside a floor measured in the
same run, reported as ``value``, ``floor`` and ``ratio``. Run
``.venv/bin/python -m benchmarks`` (see README)."""
