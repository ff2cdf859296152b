# Helper package for the import tests (not a test itself).
