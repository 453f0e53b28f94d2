"""The first-start assistant: database, branch, first administrator, import from the core system."""
