"""Domain rules with no storage and no Qt: record kinds and validation, the
interchange format, sample data, time."""
