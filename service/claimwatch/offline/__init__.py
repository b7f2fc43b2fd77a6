"""The offline driver: the core over files, in-process and deterministic."""
